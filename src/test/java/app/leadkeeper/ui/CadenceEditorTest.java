package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.funnel.FunnelSection;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageDraft;
import app.leadkeeper.funnel.StageKind;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.CadenceRun;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.NurtureTask;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.settings.CadenceTrigger;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/**
 * Settings › Cadences as a user drives it: a cadence made in the editor with a trigger stage starts on a lead that
 * enters that stage, and stops when the lead is lost. Real database, fixed clock (2026-11-20 10:15:30 UTC, Berlin).
 */
@ExtendWith(ApplicationExtension.class)
class CadenceEditorTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = TestWindows.freshApp(dir);
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void aCadenceMadeInTheEditorStartsWhenALeadEntersItsStageAndStopsWhenTheLeadIsLost(FxRobot robot) {
        long qualified = stored("Qualified").id();
        openCadences(robot);
        waitUntil("the three shipped cadences are listed", () -> listed().size() == 3);
        waitUntil("the first is shown", () -> field("#cadence-name").equals("New inbound lead"));
        snapshots("cadences");

        robot.clickOn("#cadence-new");
        waitUntil("a new cadence is started", () -> field("#cadence-name").equals("New cadence"));
        robot.clickOn("#cadence-name");
        selectAll(robot);
        robot.write("Qualified follow-up");

        // Step 1 on day 0: an email whose message gets {first_name} from a chip, at the caret.
        robot.clickOn("#cadence-step-add");
        waitUntil(
                "the step dialog is open",
                () -> robot.lookup("#step-title").tryQuery().isPresent());
        assertThat(onFx(() ->
                        robot.lookup("#step-day").<Spinner<Integer>>query().getValue()))
                .isZero();
        assertThat(onFx(() ->
                        robot.lookup("#step-kind").<ChoiceBox<TaskKind>>query().getValue()))
                .isEqualTo(TaskKind.EMAIL);
        robot.clickOn("#step-title").write("Welcome, {first_name}");
        robot.clickOn("#step-message").write("Hi ");
        robot.clickOn("#placeholder-first_name");
        robot.write(", here is {offer}.");
        waitUntil(
                "the chip went in at the caret",
                () -> robot.lookup("#step-message")
                        .queryAs(TextArea.class)
                        .getText()
                        .equals("Hi {first_name}, here is {offer}."));
        waitUntil(
                "the preview fills in the sample lead",
                () -> text("#step-preview-title").equals("Welcome, Ada")
                        && text("#step-preview-message").equals("Hi Ada, here is our offer."));
        Snapshots.save(robot.lookup("#step-title").query().getScene(), "cadence-step-dialog");
        robot.clickOn("#step-save");
        waitUntil("the first step is in the table", () -> steps().size() == 1);

        // Step 2 on day 3: a call; the day is typed without Enter.
        robot.clickOn("#cadence-step-add");
        waitUntil(
                "the step dialog is open again",
                () -> robot.lookup("#step-title").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#step-day").<Spinner<Integer>>query().getEditor());
        selectAll(robot);
        robot.write("3");
        onFx(() -> {
            robot.lookup("#step-kind").<ChoiceBox<TaskKind>>query().setValue(TaskKind.CALL);
            return null;
        });
        robot.clickOn("#step-title").write("Call {first_name} at {company}");
        robot.clickOn("#step-save");
        waitUntil("both steps are in the table", () -> steps().size() == 2);
        assertThat(steps())
                .containsExactly(
                        new CadenceStep(
                                0, TaskKind.EMAIL, "Welcome, {first_name}", "Hi {first_name}, here is {offer}."),
                        new CadenceStep(3, TaskKind.CALL, "Call {first_name} at {company}", null));

        // Start it in Qualified, and save.
        ChoiceBox<CadenceTrigger> trigger = robot.lookup("#cadence-trigger").query();
        assertThat(onFx(() ->
                        trigger.getItems().stream().map(CadenceTrigger::label).toList()))
                .containsExactly("Never (start by hand)", "New", "Engaged", "Qualified", "Proposal");
        onFx(() -> {
            trigger.setValue(trigger.getItems().stream()
                    .filter(t -> t.label().equals("Qualified"))
                    .findFirst()
                    .orElseThrow());
            return null;
        });
        robot.clickOn("#cadence-offer").write("a free audit");
        snapshots("cadence-new-unsaved");
        robot.clickOn("#cadence-save");

        waitUntil("the cadence is stored", () -> cadence("Qualified follow-up").isPresent());
        Cadence saved = cadence("Qualified follow-up").orElseThrow();
        assertThat(saved.triggerStageId()).isEqualTo(qualified);
        assertThat(saved.offer()).isEqualTo("a free audit");
        assertThat(saved.steps()).extracting(CadenceStep::dayOffset).containsExactly(0, 3);
        waitUntil(
                "the list shows it with its stage",
                () -> listed().stream().anyMatch(c -> c.id() == saved.id()) && listed().size() == 4);
        waitUntil(
                "the message says where it starts",
                () -> text("#cadences-message")
                        .equals("Saved the cadence “Qualified follow-up”. It starts on every lead that enters"
                                + " “Qualified”."));
        snapshots("cadence-saved");

        // Grace enters Qualified: the two steps become her tasks, filled in and due on their days.
        Lead grace = app.leads()
                .create(lead("Grace", "Hopper", "grace@example.com")
                        .company("Navy Labs")
                        .build());
        app.leads().moveToStage(grace.id(), qualified, StageOutcome.OPEN);

        List<NurtureTask> tasks = app.tasks().forLead(grace.id());
        assertThat(tasks).hasSize(2);
        assertThat(tasks).extracting(NurtureTask::title).containsExactly("Welcome, Grace", "Call Grace at Navy Labs");
        assertThat(tasks.getFirst().message()).isEqualTo("Hi Grace, here is a free audit.");
        assertThat(tasks).extracting(NurtureTask::kind).containsExactly(TaskKind.EMAIL, TaskKind.CALL);
        assertThat(tasks).extracting(NurtureTask::cadence).containsOnly("Qualified follow-up");
        assertThat(tasks.get(0).dueAt().toInstant()).isEqualTo(Instant.parse("2026-11-20T10:15:30Z"));
        assertThat(tasks.get(1).dueAt().toInstant())
                .isEqualTo(
                        ZonedDateTime.of(2026, 11, 23, 9, 0, 0, 0, TempApp.ZONE).toInstant());
        assertThat(tasks).noneMatch(NurtureTask::isDone);

        // Lost: the run stops and takes its unfinished tasks with it.
        app.leads().moveToStage(grace.id(), stored("Lost").id(), StageOutcome.lost("No budget"));

        assertThat(app.tasks().forLead(grace.id())).isEmpty();
        assertThat(app.cadences().runs(grace.id())).singleElement().satisfies(run -> {
            assertThat(run.cadenceName()).isEqualTo("Qualified follow-up");
            assertThat(run.stageId()).isEqualTo(qualified);
            assertThat(run.isRunning()).isFalse();
            assertThat(run.stopReason()).isEqualTo("CLOSED");
        });
        assertThat(app.cadences().runs(grace.id()))
                .extracting(CadenceRun::stoppedAt)
                .doesNotContainNull();
    }

    @Test
    void unsavedChangesAreAskedAboutAndDeletingEveryCadenceLeavesTheEmptyState(FxRobot robot) {
        // Long names, to see how the list and the choice cope.
        Stage contract = app.stages()
                .add(new StageDraft(
                        "Waiting for the signed contract from their procurement department",
                        "#aa33cc",
                        FunnelSection.BOFU,
                        StageKind.OPEN));
        app.cadences()
                .save(new Cadence(
                        0,
                        "Enterprise deal nurture while procurement reviews the contract and legal asks questions",
                        "a reference call with a customer of the same size",
                        contract.id(),
                        List.of(
                                new CadenceStep(0, TaskKind.EMAIL, "Check in with {first_name} on the contract", null),
                                new CadenceStep(
                                        4, TaskKind.MEETING, "Meet {first_name} and the buyers at {company}", null))));
        openCadences(robot);
        waitUntil("four cadences are listed", () -> listed().size() == 4);
        robot.clickOn(
                listCell("Enterprise deal nurture while procurement reviews the contract and legal asks questions"));
        waitUntil(
                "the long one is shown with its stage",
                () -> onFx(() -> robot.lookup("#cadence-trigger")
                                .<ChoiceBox<CadenceTrigger>>query()
                                .getValue())
                        .stageId()
                        .equals(contract.id()));
        snapshots("cadences-long-names");

        // A change, then another cadence: the editor asks; Discard drops the change.
        robot.clickOn(listCell("New inbound lead"));
        waitUntil("New inbound lead is shown", () -> field("#cadence-name").equals("New inbound lead"));
        robot.clickOn("#cadence-name").type(KeyCode.END).write(" (edited)");
        waitUntil("the name is changed", () -> field("#cadence-name").equals("New inbound lead (edited)"));
        robot.clickOn(listCell("Webinar follow-up"));
        waitUntil(
                "the editor asks about the change",
                () -> robot.lookup("#leave-discard").tryQuery().isPresent());
        robot.clickOn("#leave-discard");
        waitUntil("Webinar follow-up is shown", () -> field("#cadence-name").equals("Webinar follow-up"));
        assertThat(cadence("New inbound lead (edited)")).isEmpty();
        assertThat(cadence("New inbound lead")).isPresent();

        // Save keeps the change and then moves on.
        robot.clickOn("#cadence-offer");
        selectAll(robot);
        robot.write("the recording");
        robot.clickOn(listCell("Re-engage a past customer"));
        waitUntil(
                "the editor asks again",
                () -> robot.lookup("#leave-save").tryQuery().isPresent());
        robot.clickOn("#leave-save");
        waitUntil(
                "the offer is stored",
                () -> cadence("Webinar follow-up").orElseThrow().offer().equals("the recording"));
        waitUntil("and the chosen one is shown", () -> field("#cadence-name").equals("Re-engage a past customer"));

        // Delete them all, each after a confirmation.
        for (int left = 3; left >= 0; left--) {
            int expected = left;
            String name = field("#cadence-name");
            robot.clickOn("#cadence-delete");
            waitUntil(
                    "the deletion is confirmed first",
                    () -> robot.lookup("#confirm-delete-cadence").tryQuery().isPresent());
            robot.clickOn("#confirm-delete-cadence");
            waitUntil("“" + name + "” is deleted", () -> app.cadences().all().size() == expected);
            waitUntil("the list follows", () -> listed().size() == expected);
        }
        waitUntil(
                "the empty state shows instead of the list",
                () -> shown("#cadences-empty") && !shown("#cadences-list"));
        snapshots("cadences-empty");

        robot.clickOn("#cadence-empty-new");
        waitUntil("a new cadence is started", () -> field("#cadence-name").equals("New cadence"));
        waitUntil("the editor is back", () -> !shown("#cadences-empty") && shown("#cadence-steps"));
        robot.clickOn("#cadence-save");
        waitUntil(
                "saving it without steps is refused beside the draft",
                () -> text("#cadence-problem").equals("The cadence \"New cadence\" needs at least one step."));
        assertThat(app.cadences().all()).isEmpty();
    }

    private void openCadences(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitUntil(
                "the settings tabs show",
                () -> robot.lookup("#settings-tab-cadences").tryQuery().isPresent());
        robot.clickOn("#settings-tab-cadences");
        waitUntil(
                "the cadence editor shows",
                () -> robot.lookup("#cadences-list").query().isVisible());
    }

    private static void selectAll(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    }

    private void snapshots(String name) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            String sheet = theme == Theme.LIGHT ? "light" : "dark";
            onFx(() -> {
                window.themeProperty().set(theme);
                return null;
            });
            waitUntil(
                    "the " + sheet + " theme is in use",
                    () -> Application.getUserAgentStylesheet().contains(sheet));
            Snapshots.save(stage.getScene(), name + "-" + sheet);
        }
    }

    /** Whether the node and every parent are visible. */
    private static boolean shown(String id) {
        return onFx(() -> {
            for (Node node = new FxRobot().lookup(id).query(); node != null; node = node.getParent()) {
                if (!node.isVisible()) {
                    return false;
                }
            }
            return true;
        });
    }

    private static String field(String id) {
        return onFx(() -> new FxRobot().lookup(id).queryAs(TextField.class).getText());
    }

    private static String text(String id) {
        return onFx(() -> new FxRobot().lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private static List<Cadence> listed() {
        return onFx(() -> List.copyOf(
                new FxRobot().lookup("#cadences-list").queryAs(ListView.class).getItems()));
    }

    @SuppressWarnings("unchecked")
    private static List<CadenceStep> steps() {
        return onFx(() -> List.copyOf(
                new FxRobot().lookup("#cadence-steps").queryAs(TableView.class).getItems()));
    }

    private static Node listCell(String name) {
        FxRobot robot = new FxRobot();
        return robot.from(robot.lookup("#cadences-list").queryAs(Node.class))
                .lookup(".cadence-name")
                .match(LabeledMatchers.hasText(name))
                .query();
    }

    private Optional<Cadence> cadence(String name) {
        return app.cadences().all().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    private Stage stored(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
