package app.leadkeeper.nurture;

import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadRef;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.ui.Notifier;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The nurture model of the Leads view on the current thread, over a real database with the fixed clock. */
class LeadActivityModelTest {
    @TempDir
    Path dir;

    AppContext app;
    LeadActivityModel model;
    LeadRef ada;
    LeadRef alan;
    final List<String> said = new ArrayList<>();
    final List<Runnable> undo = new ArrayList<>();
    final List<Exception> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        Notifier notifier = new Notifier() {
            @Override
            public void show(String message) {
                said.add(message);
            }

            @Override
            public void show(String message, String actionText, Runnable action) {
                said.add(message);
                undo.add(action);
            }
        };
        model = new LeadActivityModel(
                app.touches(),
                app.tasks(),
                app.cadences(),
                TaskRunner.direct(),
                notifier,
                failures::add,
                TempApp.CLOCK);
        ada = LeadRef.of(
                app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build()));
        alan = LeadRef.of(
                app.leads().create(lead("Alan", "Turing", "alan@example.com").build()));
    }

    @AfterEach
    void close() {
        assertThat(failures).isEmpty();
        app.close();
    }

    @Test
    void aTouchWrittenNowIsLoggedAtTheMomentOfLogging() {
        model.show(ada);
        assertThat(model.touchCountProperty().get()).isZero();
        assertThat(model.history()).extracting(TimelineEntry::title).containsExactly("Lead created");

        model.composeTouch(TouchKind.CALL);
        assertThat(model.dateProperty().get()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(LeadActivityModel.parseTime(model.timeProperty().get())).isEqualTo(LocalTime.of(11, 15));
        assertThat(model.canLogProperty().get()).isTrue();
        model.noteProperty().set("  Asked about pricing  ");
        model.logTouch();

        Touch call = app.touches().forLead(ada.id()).getFirst();
        assertThat(call.at().toInstant()).isEqualTo(TempApp.CLOCK.instant());
        assertThat(call.note()).isEqualTo("Asked about pricing");
        assertThat(model.composingProperty().get()).isNull();
        assertThat(model.touchCountProperty().get()).isEqualTo(1);
        assertThat(model.history()).extracting(TimelineEntry::title).containsExactly("Call", "Lead created");
        assertThat(said).containsExactly("Logged a call for Ada Lovelace");

        undo.getLast().run();
        assertThat(app.touches().count(ada.id())).isZero();
        assertThat(model.touchCountProperty().get()).isZero();
    }

    @Test
    void anEditedTimeIsKeptAndTheFutureIsRefused() {
        model.show(ada);
        model.composeTouch(TouchKind.MEETING);
        model.timeProperty().set("11:16");
        assertThat(model.problemProperty().get()).contains("future");
        assertThat(model.canLogProperty().get()).isFalse();
        model.timeProperty().set("half past");
        assertThat(model.problemProperty().get()).contains("14:30");
        model.dateProperty().set(LocalDate.of(2026, 11, 19));
        model.timeProperty().set("3:45 pm");
        assertThat(model.problemProperty().get()).isEmpty();
        model.logTouch();
        assertThat(app.touches().forLead(ada.id()).getFirst().at())
                .isEqualTo(OffsetDateTime.parse("2026-11-19T15:45+01:00"));

        // Another lead closes the note being written.
        model.composeTouch(TouchKind.NOTE);
        model.show(alan);
        assertThat(model.composingProperty().get()).isNull();
        assertThat(model.touchCountProperty().get()).isZero();
    }

    @Test
    void timesAreReadAsPeopleWriteThem() {
        assertThat(LeadActivityModel.parseTime("9")).isEqualTo(LocalTime.of(9, 0));
        assertThat(LeadActivityModel.parseTime("09.30")).isEqualTo(LocalTime.of(9, 30));
        assertThat(LeadActivityModel.parseTime(" 14:05 ")).isEqualTo(LocalTime.of(14, 5));
        assertThat(LeadActivityModel.parseTime("12:10\u202fAM")).isEqualTo(LocalTime.of(0, 10));
        assertThat(LeadActivityModel.parseTime("12:10 p.m.")).isEqualTo(LocalTime.of(12, 10));
        assertThat(LeadActivityModel.parseTime("24:00")).isNull();
        assertThat(LeadActivityModel.parseTime("13:00 PM")).isNull();
        assertThat(LeadActivityModel.parseTime("")).isNull();
    }

    @Test
    void touchesFromTheTableAndCadencesOnManyLeads() {
        model.logTouches(List.of(ada, alan), TouchKind.EMAIL_SENT);
        assertThat(said.getLast()).isEqualTo("Logged an email sent for 2 leads");
        assertThat(app.touches().count(ada.id()) + app.touches().count(alan.id()))
                .isEqualTo(2);
        undo.getLast().run();
        assertThat(said.getLast()).isEqualTo("Removed the email sent for 2 leads");
        assertThat(app.touches().count(ada.id()) + app.touches().count(alan.id()))
                .isZero();

        Cadence inbound = app.cadences().all().stream()
                .filter(c -> c.name().equals("New inbound lead"))
                .findFirst()
                .orElseThrow();
        boolean[] finished = {false};
        model.startCadence(inbound, List.of(ada), new Progress(), () -> finished[0] = true);
        assertThat(said.getLast()).isEqualTo("Started “New inbound lead” on Ada Lovelace · 5 tasks");
        model.startCadence(inbound, List.of(ada, alan), new Progress(), () -> {});
        assertThat(said.getLast()).isEqualTo("Started “New inbound lead” on 1 lead · 5 tasks (1 already running it)");
        assertThat(finished[0]).isTrue();

        Progress cancelled = new Progress();
        cancelled.cancel();
        LeadRef grace = LeadRef.of(
                app.leads().create(lead("Grace", "Hopper", "g@example.com").build()));
        model.startCadence(inbound, List.of(grace), cancelled, () -> {});
        assertThat(said.getLast()).isEqualTo("Cancelled: “New inbound lead” was not started");
        assertThat(app.tasks().forLead(grace.id())).isEmpty();

        model.show(ada);
        assertThat(model.running()).extracting(CadenceRun::cadenceName).containsExactly("New inbound lead");
        assertThat(model.upcoming()).hasSize(5);
        assertThat(model.upcoming().getFirst().title()).isEqualTo("Thanks for getting in touch, Ada");
        model.completeTask(model.upcoming().getFirst().refId());
        assertThat(said.getLast()).isEqualTo("Done: “Thanks for getting in touch, Ada” · logged an email sent");
        assertThat(model.touchCountProperty().get()).isEqualTo(1);
        model.stopCadence(model.running().getFirst());
        assertThat(model.running()).isEmpty();
        assertThat(model.upcoming()).isEmpty();
        assertThat(model.history()).extracting(TimelineEntry::title).contains("Cadence stopped: New inbound lead");
    }
}
