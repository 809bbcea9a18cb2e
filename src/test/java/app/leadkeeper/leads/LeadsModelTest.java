package app.leadkeeper.leads;

import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.ui.Notifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The table's presentation model with the current-thread runner, over a real database. */
class LeadsModelTest {
    @TempDir
    Path dir;

    AppContext app;
    LeadsModel model;
    final List<String> notes = new ArrayList<>();
    final List<Runnable> actions = new ArrayList<>();
    final List<Exception> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        Notifier notifier = new Notifier() {
            @Override
            public void show(String message) {
                notes.add(message);
            }

            @Override
            public void show(String message, String actionText, Runnable action) {
                notes.add(message + " [" + actionText + "]");
                actions.add(action);
            }
        };
        model = new LeadsModel(app.leads(), app.channels(), app.stages(), TaskRunner.direct(), notifier, errors::add);
    }

    @AfterEach
    void close() {
        app.close();
        assertThat(errors).isEmpty();
    }

    @Test
    void emptyDatabaseShowsNoRowsAndZeroLeads() {
        model.start();
        assertThat(model.rows()).isEmpty();
        assertThat(model.totalLeadsProperty().get()).isZero();
        assertThat(model.pageTextProperty().get()).isEqualTo("No leads");
        assertThat(model.hasNextProperty().get()).isFalse();
    }

    @Test
    void pagesThroughAndTellsWhereItIs() {
        for (int i = 0; i < 250; i++) {
            app.leads()
                    .create(lead("First" + i, "Last", "p" + i + "@example.com").build());
        }
        model.start();
        assertThat(model.rows()).hasSize(LeadsModel.PAGE_SIZE);
        assertThat(model.pageTextProperty().get()).isEqualTo("1–100 of 250");
        model.nextPage();
        assertThat(model.pageTextProperty().get()).isEqualTo("101–200 of 250");
        model.lastPage();
        assertThat(model.pageTextProperty().get()).isEqualTo("151–250 of 250");
        assertThat(model.hasNextProperty().get()).isFalse();
        model.previousPage();
        assertThat(model.pageTextProperty().get()).isEqualTo("51–150 of 250");
        model.firstPage();
        assertThat(model.hasPreviousProperty().get()).isFalse();
    }

    @Test
    void typingASearchAndChoosingFiltersReloadsFromTheFirstPage() {
        Channel ads = app.channels().ensure("Ads");
        app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .channelId(ads.id())
                        .tags(List.of("vip"))
                        .build());
        app.leads().create(lead("Alan", "Turing", "alan@example.com").build());
        model.start();
        assertThat(model.channelChoices())
                .extracting(Channel::name)
                .contains("Ads", "Google Ads")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER)
                .hasSameSizeAs(app.channels().all());
        assertThat(model.tagChoices()).containsExactly("vip");

        model.searchProperty().set("love");
        assertThat(model.rows()).extracting(LeadRow::name).containsExactly("Ada Lovelace");
        assertThat(model.totalProperty().get()).isEqualTo(1);
        assertThat(model.totalLeadsProperty().get()).isEqualTo(2);

        model.searchProperty().set("");
        model.channelProperty().set(ads);
        assertThat(model.rows()).extracting(LeadRow::name).containsExactly("Ada Lovelace");
        model.clearFilters();
        model.tags().setAll("vip");
        assertThat(model.rows()).extracting(LeadRow::name).containsExactly("Ada Lovelace");
        model.clearFilters();
        assertThat(model.rows()).hasSize(2);
    }

    @Test
    void sortingAsksTheDatabase() {
        app.leads().create(lead("Bea", "Zed", "b@example.com").build());
        app.leads().create(lead("Abe", "Young", "a@example.com").build());
        model.start();
        model.sortProperty().set(new LeadSort(LeadSortField.NAME, true));
        assertThat(model.rows()).extracting(LeadRow::name).containsExactly("Abe Young", "Bea Zed");
        model.sortProperty().set(new LeadSort(LeadSortField.EMAIL, false));
        assertThat(model.rows()).extracting(LeadRow::name).containsExactly("Bea Zed", "Abe Young");
    }

    @Test
    void deleteOffersUndoThatRestoresTheLeads() {
        Lead ada = app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        Lead alan =
                app.leads().create(lead("Alan", "Turing", "alan@example.com").build());
        model.start();

        model.delete(List.of(ada.id(), alan.id()));
        assertThat(model.rows()).isEmpty();
        assertThat(model.canUndoProperty().get()).isTrue();
        assertThat(notes).containsExactly("Deleted 2 leads [Undo]");

        actions.getLast().run();
        assertThat(model.rows()).extracting(LeadRow::id).containsExactlyInAnyOrder(ada.id(), alan.id());
        assertThat(model.canUndoProperty().get()).isFalse();
        assertThat(notes.getLast()).isEqualTo("Restored 2 leads");
        assertThat(app.leads().find(ada.id())).contains(ada);
    }
}
