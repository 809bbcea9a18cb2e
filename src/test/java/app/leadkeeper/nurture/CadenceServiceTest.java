package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.leads.StageMove;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.MutableClock;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cadences on a real database: applying by hand, starting on stage entry, stopping on leaving, won or lost. */
class CadenceServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-01-30T14:00:00Z"), BERLIN);
    AppContext app;
    CadenceService cadences;
    Map<String, Long> stages;
    Lead ada;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), clock);
        cadences = app.cadences();
        stages = app.stages().stages().stream().collect(Collectors.toMap(Stage::name, Stage::id));
        ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com")
                        .company("Analytical Engines")
                        .createdAt(OffsetDateTime.parse("2026-01-29T09:00:00+01:00"))
                        .build());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Cadence twoSteps(String name, Long trigger) {
        return cadences.save(new Cadence(
                0,
                name,
                "a free trial",
                trigger,
                List.of(
                        new CadenceStep(2, TaskKind.CALL, "Call {first_name} at {company}", null),
                        new CadenceStep(0, TaskKind.EMAIL, "Welcome, {first_name}", "Hi {first_name}, {offer}."))));
    }

    private static OffsetDateTime berlin(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toOffsetDateTime();
    }

    @Test
    void threeCadencesAreShippedWithSteps() {
        assertThat(cadences.all())
                .extracting(Cadence::name)
                .containsExactly("New inbound lead", "Re-engage a past customer", "Webinar follow-up");
        assertThat(cadences.all()).allSatisfy(c -> {
            assertThat(c.steps()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(c.triggerStageId()).isNull();
        });
    }

    @Test
    void applyingByHandTurnsEachStepIntoATaskWithItsTextFilled() {
        Cadence cadence = twoSteps("Trial", null);

        CadenceService.Applied applied = cadences.apply(cadence.id(), List.of(ada.id()), new Progress());

        assertThat(applied).isEqualTo(new CadenceService.Applied(1, 0, 2));
        List<NurtureTask> made = app.tasks().forLead(ada.id());
        assertThat(made)
                .extracting(NurtureTask::title)
                .containsExactly("Welcome, Ada", "Call Ada at Analytical Engines");
        assertThat(made.get(0).message()).isEqualTo("Hi Ada, a free trial.");
        assertThat(made.get(0).dueAt()).isEqualTo(OffsetDateTime.now(clock));
        // Started on 30 January: day 2 is 1 February, across the month end, at nine.
        assertThat(made.get(1).dueAt()).isEqualTo(berlin("2026-02-01T09:00"));
        assertThat(made).allSatisfy(t -> assertThat(t.cadence()).isEqualTo("Trial"));

        CadenceService.Applied again = cadences.apply(cadence.id(), List.of(ada.id()), new Progress());
        assertThat(again).isEqualTo(new CadenceService.Applied(0, 1, 0));
        assertThat(app.tasks().forLead(ada.id())).hasSize(2);
    }

    @Test
    void theLeadsOwnOfferWinsOverTheCadences() {
        Lead grace = app.leads()
                .create(TempApp.lead("Grace", "Hopper", "grace@example.com")
                        .offer("the COBOL workshop")
                        .build());
        Cadence cadence = twoSteps("Trial", null);

        cadences.apply(cadence.id(), List.of(grace.id()), new Progress());

        assertThat(app.tasks().forLead(grace.id()).getFirst().message()).isEqualTo("Hi Grace, the COBOL workshop.");
    }

    @Test
    void enteringTheTriggerStageStartsItAndLeavingStopsIt() {
        twoSteps("Engaged follow-up", stages.get("Engaged"));

        app.leads().moveToStage(ada.id(), stages.get("Engaged"), StageOutcome.OPEN);
        assertThat(app.tasks().forLead(ada.id())).hasSize(2);
        NurtureTask first = app.tasks().forLead(ada.id()).getFirst();
        app.tasks().complete(List.of(first.id()));

        clock.set("2026-01-31T08:00:00Z");
        app.leads().moveToStage(ada.id(), stages.get("Qualified"), StageOutcome.OPEN);

        // The open step went with the run; the done one stays as history.
        assertThat(app.tasks().forLead(ada.id())).extracting(NurtureTask::title).containsExactly("Welcome, Ada");
        assertThat(cadences.runs(ada.id())).singleElement().satisfies(run -> {
            assertThat(run.isRunning()).isFalse();
            assertThat(run.stopReason()).isEqualTo("LEFT_STAGE");
            assertThat(run.stageId()).isEqualTo(stages.get("Engaged"));
        });
    }

    @Test
    void wonOrLostStopsEvenACadenceStartedByHand() {
        Cadence cadence = twoSteps("Trial", null);
        cadences.apply(cadence.id(), List.of(ada.id()), new Progress());

        app.leads().moveToStage(ada.id(), stages.get("Engaged"), StageOutcome.OPEN);
        assertThat(app.tasks().forLead(ada.id())).hasSize(2);

        app.leads().moveToStage(ada.id(), stages.get("Lost"), StageOutcome.lost("No budget"));

        assertThat(app.tasks().forLead(ada.id())).isEmpty();
        assertThat(cadences.runs(ada.id()))
                .singleElement()
                .extracting(CadenceRun::stopReason)
                .isEqualTo("CLOSED");
    }

    @Test
    void aNewLeadCreatedInTheTriggerStageStartsItToo() {
        twoSteps("Welcome", stages.get("New"));

        Lead grace = app.leads()
                .create(TempApp.lead("Grace", "Hopper", "grace@example.com").build());
        long[] bulk = app.leads()
                .addAll(List.of(
                        TempApp.lead("Alan", "Turing", "alan@example.com").build(),
                        TempApp.lead("Won", "Already", "won@example.com")
                                .status(LeadStatus.WON)
                                .build()));

        assertThat(app.tasks().forLead(grace.id())).hasSize(2);
        assertThat(app.tasks().forLead(bulk[0])).hasSize(2);
        assertThat(app.tasks().forLead(bulk[1])).isEmpty();
    }

    @Test
    void undoingTheMoveTakesTheStartedCadenceBack() {
        twoSteps("Engaged follow-up", stages.get("Engaged"));
        twoSteps("Back in new", stages.get("New"));
        Lead grace = app.leads()
                .create(TempApp.lead("Grace", "Hopper", "grace@example.com").build());
        assertThat(app.tasks().forLead(grace.id())).hasSize(2);

        StageMove move = app.leads().moveToStage(grace.id(), stages.get("Engaged"), StageOutcome.OPEN);
        assertThat(app.tasks().forLead(grace.id()))
                .extracting(NurtureTask::cadence)
                .containsExactly("Engaged follow-up", "Engaged follow-up");
        app.leads().undoMove(move);

        // Leaving Engaged stopped its cadence; coming back to New by undo does not start "Back in new" a second time.
        assertThat(app.tasks().forLead(grace.id())).isEmpty();
        assertThat(cadences.runs(grace.id())).hasSize(2).noneMatch(CadenceRun::isRunning);
    }

    @Test
    void deletingTheTriggerStageStopsTheRunsItStarted() {
        twoSteps("Engaged follow-up", stages.get("Engaged"));
        app.leads().moveToStage(ada.id(), stages.get("Engaged"), StageOutcome.OPEN);
        assertThat(app.tasks().forLead(ada.id())).hasSize(2);

        app.stages().delete(stages.get("Engaged"), stages.get("Qualified"));

        assertThat(app.leads().find(ada.id()).orElseThrow().data().stageId()).isEqualTo(stages.get("Qualified"));
        assertThat(app.tasks().forLead(ada.id())).isEmpty();
        assertThat(cadences.runs(ada.id()))
                .singleElement()
                .extracting(CadenceRun::stopReason)
                .isEqualTo("LEFT_STAGE");
        assertThat(cadences.all())
                .filteredOn(c -> c.name().equals("Engaged follow-up"))
                .singleElement()
                .extracting(Cadence::triggerStageId)
                .isNull();
    }

    @Test
    void badCadencesAreRefusedWithAMessage() {
        CadenceStep step = new CadenceStep(0, TaskKind.CALL, "Call", null);
        assertThatThrownBy(() -> cadences.save(new Cadence(0, " ", null, null, List.of(step))))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> cadences.save(new Cadence(0, "new INBOUND lead", null, null, List.of(step))))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("already");
        assertThatThrownBy(() -> cadences.save(new Cadence(0, "Empty", null, null, List.of())))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("at least one step");
        assertThatThrownBy(() -> cadences.save(
                        new Cadence(0, "Far", null, null, List.of(new CadenceStep(400, TaskKind.CALL, "x", null)))))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("0 to 365");
        assertThatThrownBy(() -> cadences.save(
                        new Cadence(0, "Untitled", null, null, List.of(new CadenceStep(1, TaskKind.CALL, " ", null)))))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Step 1");
        assertThat(cadences.all()).hasSize(3);
    }

    @Test
    void deletingACadenceKeepsTheTasksItMade() {
        Cadence cadence = twoSteps("Trial", null);
        cadences.apply(cadence.id(), List.of(ada.id()), new Progress());

        cadences.delete(cadence.id());

        assertThat(cadences.all()).extracting(Cadence::name).doesNotContain("Trial");
        assertThat(app.tasks().forLead(ada.id())).hasSize(2).allMatch(t -> "Trial".equals(t.cadence()));
    }

    @Test
    void aLeadsTimelineTellsItsStoryNewestFirst() {
        Cadence cadence = twoSteps("Trial", null);
        cadences.apply(cadence.id(), List.of(ada.id()), new Progress());
        clock.set("2026-01-30T15:00:00Z");
        app.tasks().complete(List.of(app.tasks().forLead(ada.id()).getFirst().id()));
        clock.set("2026-01-30T16:00:00Z");
        app.leads().moveToStage(ada.id(), stages.get("Engaged"), StageOutcome.OPEN);
        app.touches().log(ada.id(), TouchKind.PRICING_PAGE_VISITED, null, null);

        List<TimelineEntry> timeline = app.touches().timeline(ada.id());

        assertThat(timeline)
                .extracting(TimelineEntry::kind, TimelineEntry::title)
                .startsWith(org.assertj.core.groups.Tuple.tuple(
                        TimelineEntry.Kind.TASK_OPEN, "Call Ada at Analytical Engines"))
                .contains(
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.TOUCH, "Pricing page visited"),
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.STAGE, "Moved to Engaged"),
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.TASK_DONE, "Welcome, Ada"),
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.TOUCH, "Email sent"),
                        org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.CADENCE, "Cadence started: Trial"))
                .endsWith(org.assertj.core.groups.Tuple.tuple(TimelineEntry.Kind.CREATED, "Lead created"));
        for (int i = 1; i < timeline.size(); i++) {
            assertThat(timeline.get(i).at())
                    .isBeforeOrEqualTo(timeline.get(i - 1).at());
        }
    }
}
