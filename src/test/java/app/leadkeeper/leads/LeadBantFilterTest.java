package app.leadkeeper.leads;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The BANT filter of the leads table, on a real H2 file database. */
class LeadBantFilterTest {
    @TempDir
    Path dir;

    private AppContext app;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        add("All Yes", new Bant(yes(), yes(), yes(), yes()));
        add("Budget Only", new Bant(yes(), no(), unknown(), unknown()));
        add("Need Time", new Bant(no(), unknown(), yes(), yes()));
        add("Not Asked", new Bant(unknown(), unknown(), unknown(), unknown()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void add(String name, Bant bant) {
        app.leads()
                .create(TempApp.lead(name.split(" ")[0], name.split(" ")[1], name.replace(' ', '.') + "@example.com")
                        .bant(bant)
                        .build());
    }

    private static BantItem yes() {
        return new BantItem(Answer.YES, null);
    }

    private static BantItem no() {
        return new BantItem(Answer.NO, "not this year");
    }

    private static BantItem unknown() {
        return new BantItem(Answer.UNKNOWN, null);
    }

    private List<String> names(BantFilter filter) {
        LeadFilter leadFilter = LeadFilter.NONE.withBant(filter);
        List<String> names =
                app
                        .leads()
                        .page(leadFilter, new LeadSort(LeadSortField.NAME, true), PageRequest.first(10))
                        .rows()
                        .stream()
                        .map(LeadRow::name)
                        .toList();
        assertThat(app.leads().count(leadFilter)).isEqualTo(names.size());
        return names;
    }

    @Test
    void eachChoiceKeepsTheLeadsWhoseAnswersFit() {
        assertThat(names(BantFilter.BUDGET_YES)).containsExactlyInAnyOrder("All Yes", "Budget Only");
        assertThat(names(BantFilter.AUTHORITY_YES)).containsExactlyInAnyOrder("All Yes");
        assertThat(names(BantFilter.NEED_YES)).containsExactlyInAnyOrder("All Yes", "Need Time");
        assertThat(names(BantFilter.TIMEFRAME_YES)).containsExactlyInAnyOrder("All Yes", "Need Time");
        assertThat(names(BantFilter.ALL_YES)).containsExactlyInAnyOrder("All Yes");
        assertThat(names(BantFilter.UNANSWERED)).containsExactlyInAnyOrder("Not Asked");
        assertThat(LeadFilter.NONE.withBant(BantFilter.ALL_YES).isEmpty()).isFalse();
    }

    @Test
    void theBantFilterCombinesWithSearch() {
        LeadFilter filter = LeadFilter.NONE.withBant(BantFilter.NEED_YES).withSearch("need");
        assertThat(app.leads().count(filter)).isEqualTo(1);
    }
}
