package app.leadkeeper.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.exporting.LeadExportRow;
import app.leadkeeper.funnel.BoardCard;
import app.leadkeeper.funnel.BoardFilter;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.LeadSortField;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An erased person's placeholder stays in the lead table for the figures, but shows in no list: not in the table in
 * any order or filter (its counts included), not on the board, not in the lead exports.
 */
class ErasedLeadsHiddenTest {
    @TempDir
    Path dir;

    private AppContext app;
    private Channel webinar;
    private Lead ada;
    private Lead bob;
    private Lead cy;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        webinar = app.channels().find("Webinar").orElseThrow();
        ada = lead("Ada", "Lovelace", "ada@example.com");
        bob = lead("Bob", "Builder", "bob@example.com");
        cy = lead("Cy", "Young", "cy@example.com");
        app.privacy().erase(bob.id());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @ParameterizedTest(name = "sorted by {0}")
    @EnumSource(LeadSortField.class)
    void theTableLeavesThePlaceholderOutInEveryOrder(LeadSortField field) {
        for (boolean ascending : new boolean[] {true, false}) {
            LeadSort sort = new LeadSort(field, ascending);
            assertThat(ids(LeadFilter.NONE, sort)).containsExactlyInAnyOrder(ada.id(), cy.id());
            assertThat(ids(LeadFilter.NONE.withScore(-1000, null), sort)).containsExactlyInAnyOrder(ada.id(), cy.id());
            assertThat(ids(new LeadFilter(null, null, null, webinar.id(), List.of()), sort))
                    .containsExactlyInAnyOrder(ada.id(), cy.id());
        }
    }

    @Test
    void countsLeaveThePlaceholderOut() {
        assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(2);
        assertThat(app.leads().count(new LeadFilter(null, null, null, webinar.id(), List.of())))
                .isEqualTo(2);
        // Whatever the rules gave Ada and Cy: a range holding every score, and one holding the placeholder's 0 only.
        assertThat(app.leads().count(LeadFilter.NONE.withScore(-1000, 1000))).isEqualTo(2);
        assertThat(app.leads().count(LeadFilter.NONE.withScore(null, 1000))).isEqualTo(2);
        long zero = java.util.stream.Stream.of(ada, cy)
                .filter(l -> app.leads().find(l.id()).orElseThrow().score() == 0)
                .count();
        assertThat(app.leads().count(LeadFilter.NONE.withScore(0, 0))).isEqualTo(zero);
        Stage first = app.stages().stages().getFirst();
        assertThat(app.leads().count(LeadFilter.NONE.withStage(first.id()))).isEqualTo(2);
    }

    @Test
    void theBoardAndTheExportsLeaveThePlaceholderOut() {
        Stage first = app.stages().stages().getFirst();
        List<BoardCard> cards = app.board().page(first.id(), BoardFilter.NONE, null, 50);
        assertThat(cards).extracting(BoardCard::id).containsExactlyInAnyOrder(ada.id(), cy.id());
        // The column head counts the placeholder, as the funnel does: Bob's share of the figures stays.
        assertThat(app.board().totals(BoardFilter.NONE).of(first.id()).leads()).isEqualTo(3);

        var all = app.exports().allLeads();
        assertThat(all.count()).isEqualTo(2);
        List<Long> exported = new ArrayList<>();
        all.forEach(row -> exported.add(row.id()));
        assertThat(exported).containsExactly(ada.id(), cy.id());
        var view = app.exports().view(LeadFilter.NONE, LeadSort.NEWEST_FIRST);
        List<Long> viewed = new ArrayList<>();
        view.forEach((LeadExportRow row) -> viewed.add(row.id()));
        assertThat(viewed).containsExactlyInAnyOrder(ada.id(), cy.id());
    }

    private List<Long> ids(LeadFilter filter, LeadSort sort) {
        return app.leads().page(filter, sort, PageRequest.first(50)).rows().stream()
                .map(LeadRow::id)
                .toList();
    }

    private Lead lead(String first, String last, String email) {
        return app.leads()
                .create(TempApp.lead(first, last, email).channelId(webinar.id()).build());
    }
}
