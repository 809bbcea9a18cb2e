package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.LeadsModule;
import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.NurtureModule;
import app.leadkeeper.nurture.NurtureTask;
import app.leadkeeper.nurture.TaskDraft;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.nurture.TaskPriority;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.testing.MutableClock;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.testing.TestWindows;
import impl.org.controlsfx.skin.NotificationBar;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Popup;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Nurture view as a user drives it: the four lists and their counts, the sidebar badge, complete and undo, snooze,
 * reschedule, compose, delete and undo, the task dialog, a reminder. Real window, real database; the clock stands at
 * Friday 20 November 2026, 11:15:30 in Berlin until a test moves it.
 */
@ExtendWith(ApplicationExtension.class)
class NurtureViewTest {
    @TempDir
    static Path dir;

    final MutableClock clock = new MutableClock(TempApp.CLOCK.instant(), TempApp.ZONE);
    final List<String> opened = new CopyOnWriteArrayList<>();
    final Map<String, Long> leads = new HashMap<>();
    final Map<String, Long> tasks = new HashMap<>();
    AppContext app;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = AppContext.open(new DataFolder(dir.resolve("data-" + System.nanoTime())), clock);
        leads.put("Ada", lead("Ada", "Lovelace", "ada@example.com", "Analytical Engines"));
        leads.put("Alan", lead("Alan", "Turing", "alan@example.com", "Bletchley Park"));
        leads.put("Grace", lead("Grace", "Hopper", "grace@example.com", null));
        leads.put(
                "Max",
                lead(
                        "Maximiliane Wilhelmina",
                        "von Hohenzollern-Sigmaringen",
                        "max@example.de",
                        "Internationale Gesellschaft für außerordentlich lange Firmennamen mbH & Co. KG"));
        // Due later today, overdue, upcoming: the tasks stand there before the window opens, as after a restart.
        tasks.put(
                "callAda",
                task("Ada", "Call Ada about the offer", TaskKind.CALL, TaskPriority.HIGH, "2026-11-20T14:00", null));
        tasks.put(
                "emailAlan",
                task(
                        "Alan",
                        "Email Alan the case study",
                        TaskKind.EMAIL,
                        TaskPriority.NORMAL,
                        "2026-11-20T16:30",
                        "Hi Alan,\nhere it is."));
        tasks.put(
                "sendGrace",
                task(
                        "Grace",
                        "Send Grace the pricing",
                        TaskKind.SEND_CONTENT,
                        TaskPriority.NORMAL,
                        "2026-11-18T09:00",
                        null));
        tasks.put(
                "followAda",
                task("Ada", "Follow up with Ada", TaskKind.OTHER, TaskPriority.LOW, "2026-11-20T09:00", null));
        tasks.put(
                "meetAlan",
                task("Alan", "Meeting with Alan", TaskKind.MEETING, TaskPriority.NORMAL, "2026-11-30T09:00", null));
        tasks.put(
                "long",
                task(
                        "Max",
                        "Prepare the detailed proposal with all three pricing options, the onboarding plan and the "
                                + "references the purchasing department asked for in last week's call",
                        TaskKind.SEND_CONTENT,
                        TaskPriority.HIGH,
                        "2026-11-21T09:00",
                        null));
        // A cadence started on Grace: two steps, two and nine days from now.
        Cadence webinar = app.cadences()
                .save(new Cadence(
                        0,
                        "Demo day follow-up",
                        null,
                        null,
                        List.of(
                                new CadenceStep(2, TaskKind.CALL, "Ask Grace about the recording", null),
                                new CadenceStep(9, TaskKind.EMAIL, "Send Grace the webinar slides", "Hi Grace"))));
        app.cadences().apply(webinar.id(), List.of(leads.get("Grace")), new Progress());
        window = new MainWindow(app, stage, Theme.SYSTEM, opened::add);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void listsCountsBadgeAndCompleteWithUndo(FxRobot robot) {
        waitUntil(
                "the badge counts what is due today, late or not",
                () -> badgeText().equals("4"));
        assertThat(onFx(() -> badge().getPseudoClassStates().contains(PseudoClass.getPseudoClass("urgent"))))
                .as("red while something is overdue")
                .isTrue();
        waitUntil("the start says what is overdue", () -> text("#toast-text").equals("You have 2 overdue tasks"));

        robot.clickOn("#nav-nurture");
        waitUntil(
                "today's tasks show",
                () -> titles().equals(List.of("Call Ada about the offer", "Email Alan the case study")));
        assertThat(toggleText("#list-today")).isEqualTo("Today (2)");
        assertThat(toggleText("#list-overdue")).isEqualTo("Overdue (2)");
        assertThat(toggleText("#list-upcoming")).isEqualTo("Upcoming");
        assertThat(text("#nurture-counts").replace('\u00a0', ' '))
                .isEqualTo("2 overdue · 2 due later today · 2 in the next 7 days · 0 done in the past 7 days");
        assertThat(cellTexts("col-due")).containsExactly("Today 14:00", "Today 16:30");
        assertThat(columnVisible("col-cadence"))
                .as("no cadence column without cadence tasks")
                .isFalse();
        assertThat(cellTexts("col-lead"))
                .containsExactly("Ada Lovelace · Analytical Engines", "Alan Turing · Bletchley Park");
        Snapshots.save(stage.getScene(), "nurture-today-light");

        robot.clickOn("#list-overdue");
        waitUntil(
                "the overdue tasks show, oldest first",
                () -> titles().equals(List.of("Send Grace the pricing", "Follow up with Ada")));
        assertThat(cellTexts("col-due")).containsExactly("Wed 18 Nov 09:00 2 days late", "Today 09:00 2 h late");
        Snapshots.save(stage.getScene(), "nurture-overdue-light");

        robot.clickOn("#list-upcoming");
        waitUntil("the upcoming tasks show", () -> titles().size() == 4);
        assertThat(cellTexts("col-due"))
                .containsExactly("Tomorrow 09:00", "Sun 22 Nov 09:00", "Sun 29 Nov 09:00", "Mon 30 Nov 09:00");
        assertThat(columnVisible("col-cadence")).isTrue();
        assertThat(cellTexts("col-cadence")).containsExactly("", "Demo day follow-up", "Demo day follow-up", "");
        Snapshots.save(stage.getScene(), "nurture-upcoming-light");

        robot.clickOn("#list-done");
        waitUntil("the done list is empty and says so", () -> visible("#nurture-empty"));
        Snapshots.save(stage.getScene(), "nurture-done-empty-light");

        // Select both of today's tasks and complete them with Ctrl+Enter: each logs the touch its kind stands for.
        robot.clickOn("#list-today");
        waitUntil("today's tasks show again", () -> titles().size() == 2);
        robot.clickOn(row("Call Ada about the offer"));
        robot.press(KeyCode.SHIFT, KeyCode.DOWN).release(KeyCode.DOWN, KeyCode.SHIFT);
        waitUntil(
                "two tasks are selected",
                () -> onFx(() -> table().getSelectionModel().getSelectedItems().size()) == 2);
        robot.moveTo("#nurture-counts");
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(
                "both are done",
                () -> app.tasks().find(tasks.get("callAda")).isDone()
                        && app.tasks().find(tasks.get("emailAlan")).isDone());
        assertThat(app.touches().count(leads.get("Ada"))).isEqualTo(1);
        assertThat(app.touches().count(leads.get("Alan"))).isEqualTo(1);
        assertThat(app.touches().forLead(leads.get("Ada")).getFirst().kind()).isEqualTo(TouchKind.CALL);
        assertThat(app.touches().forLead(leads.get("Alan")).getFirst().kind()).isEqualTo(TouchKind.EMAIL_SENT);
        waitUntil("the message says so", () -> text("#toast-text").equals("Completed 2 tasks · logged 2 touches"));
        waitUntil("today's list is empty", () -> titles().isEmpty() && visible("#nurture-empty"));
        waitUntil("the badge counts only the overdue ones", () -> badgeText().equals("2"));
        assertThat(toggleText("#list-today")).isEqualTo("Today (0)");
        Snapshots.save(stage.getScene(), "nurture-today-empty-light");
        robot.clickOn("#list-done");
        waitUntil("the done list holds both", () -> titles().size() == 2);
        assertThat(cellTexts("col-done")).containsExactly("Today 11:15", "Today 11:15");
        Snapshots.save(stage.getScene(), "nurture-done-light");

        robot.clickOn("#toast-action");
        waitUntil(
                "Undo opens both again",
                () -> !app.tasks().find(tasks.get("callAda")).isDone()
                        && !app.tasks().find(tasks.get("emailAlan")).isDone());
        assertThat(app.touches().count(leads.get("Ada"))).isZero();
        assertThat(app.touches().count(leads.get("Alan"))).isZero();
        waitUntil("the done list is empty again", () -> titles().isEmpty());
        waitUntil("the badge counts four again", () -> badgeText().equals("4"));
        robot.clickOn("#list-today");
        waitUntil("today's list holds both again", () -> titles().size() == 2);

        // Dark theme, with a long title and a long name in the list.
        onFx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        robot.clickOn("#list-upcoming");
        waitUntil("the upcoming tasks show", () -> titles().size() == 4);
        robot.clickOn(row("Meeting with Alan"));
        Snapshots.save(stage.getScene(), "nurture-upcoming-dark");
        robot.clickOn("#list-overdue");
        waitUntil("the overdue tasks show", () -> titles().size() == 2);
        Snapshots.save(stage.getScene(), "nurture-overdue-dark");
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        robot.clickOn("#list-upcoming");
        waitUntil("the upcoming tasks show", () -> titles().size() == 4);
        Snapshots.save(stage.getScene(), "nurture-upcoming-dark-wide");
    }

    @Test
    void snoozeComposeRescheduleDeleteAndUndo(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(
                "Ctrl+3 opens Nurture",
                () -> robot.lookup("#nurture-view").tryQuery().isPresent());
        robot.clickOn("#list-overdue");
        waitUntil("the overdue tasks show", () -> titles().size() == 2);

        // Compose: the lead's email, the task's title as subject, handed to the mail program.
        robot.clickOn(row("Send Grace the pricing"));
        robot.clickOn("#task-compose");
        waitUntil("a mailto link was opened", () -> opened.size() == 1);
        assertThat(opened.getFirst()).isEqualTo("mailto:grace@example.com?subject=Send%20Grace%20the%20pricing");

        // Snooze until tomorrow: 09:00 the next day in the computer's zone; it moves to Upcoming.
        robot.clickOn(row("Send Grace the pricing"));
        robot.clickOn("#task-snooze");
        robot.clickOn("#snooze-tomorrow");
        long grace = tasks.get("sendGrace");
        ZonedDateTime tomorrowNine = ZonedDateTime.of(2026, 11, 21, 9, 0, 0, 0, TempApp.ZONE);
        waitUntil(
                "the task is due tomorrow at nine",
                () -> app.tasks().find(grace).dueAt().toInstant().equals(tomorrowNine.toInstant()));
        waitUntil("it left the overdue list", () -> titles().equals(List.of("Follow up with Ada")));
        assertThat(text("#toast-text")).isEqualTo("Snoozed “Send Grace the pricing” to Tomorrow 09:00");
        waitUntil("the badge follows", () -> badgeText().equals("3"));
        robot.clickOn("#list-upcoming");
        waitUntil("it shows in Upcoming", () -> titles().contains("Send Grace the pricing"));

        // Compose with a message: the body goes along, line breaks as CRLF.
        robot.clickOn("#list-today");
        waitUntil("today's tasks show", () -> titles().size() == 2);
        robot.clickOn(row("Email Alan the case study"));
        robot.clickOn("#task-compose");
        waitUntil("a second link was opened", () -> opened.size() == 2);
        assertThat(opened.get(1))
                .isEqualTo(
                        "mailto:alan@example.com?subject=Email%20Alan%20the%20case%20study&body=Hi%20Alan%2C%0D%0Ahere%20it%20is.");
        // A call is not written: no Compose.
        robot.clickOn(row("Call Ada about the offer"));
        assertThat(onFx(() -> robot.lookup("#task-compose").query().isDisabled()))
                .isTrue();

        // Reschedule: a day and a time in a dialog.
        robot.clickOn("#task-reschedule");
        waitUntil(
                "the dialog asks",
                () -> robot.lookup("#reschedule-time").tryQuery().isPresent());
        onFx(() -> {
            robot.lookup("#reschedule-date").<DatePicker>query().setValue(LocalDate.of(2026, 11, 24));
            return null;
        });
        replaceText(robot, "#reschedule-time", "17:45");
        robot.clickOn("#reschedule-confirm");
        long callAda = tasks.get("callAda");
        waitUntil(
                "the task moved",
                () -> app.tasks()
                        .find(callAda)
                        .dueAt()
                        .toInstant()
                        .equals(ZonedDateTime.of(2026, 11, 24, 17, 45, 0, 0, TempApp.ZONE)
                                .toInstant()));
        waitUntil(
                "the message names the new time",
                () -> text("#toast-text").equals("Moved “Call Ada about the offer” to Tue 24 Nov 17:45"));
        robot.clickOn("#toast-action");
        waitUntil(
                "Undo puts it back",
                () -> app.tasks().find(callAda).dueAt().toInstant().equals(Instant.parse("2026-11-20T13:00:00Z")));

        // Delete with the Delete key, then Undo.
        waitUntil("today's tasks show again", () -> titles().size() == 2);
        robot.clickOn(row("Call Ada about the offer"));
        robot.moveTo("#nurture-counts");
        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        waitUntil(
                "the task is gone",
                () -> app.tasks().forLead(leads.get("Ada")).stream().noneMatch(t -> t.id() == callAda));
        waitUntil("the list follows", () -> titles().equals(List.of("Email Alan the case study")));
        assertThat(text("#toast-text")).isEqualTo("Deleted “Call Ada about the offer”");
        robot.clickOn("#toast-action");
        waitUntil("Undo brings it back", () -> titles().size() == 2);
        assertThat(app.tasks().find(callAda).title()).isEqualTo("Call Ada about the offer");
        waitUntil(
                "and selects it",
                () -> onFx(() -> table().getSelectionModel().getSelectedItems().stream()
                                .map(NurtureTask::id)
                                .toList())
                        .equals(List.of(callAda)));
    }

    @Test
    void newTaskEditAndOpenLead(FxRobot robot) {
        robot.clickOn("#nav-nurture");
        waitUntil("today's tasks show", () -> titles().size() == 2);

        // New task: the lead is searched for; OK waits for a lead and a title; a wrong time is named.
        robot.clickOn("#task-new");
        waitUntil(
                "the dialog shows recent leads",
                () -> robot.lookup("#task-lead-results").tryQuery().isPresent()
                        && onFx(() -> robot.lookup("#task-lead-results")
                                        .<javafx.scene.control.ListView<?>>query()
                                        .getItems()
                                        .size())
                                == 4);
        assertThat(onFx(() -> robot.lookup("#task-save").query().isDisabled())).isTrue();
        Snapshots.save(robot.lookup("#task-lead-search").query().getScene(), "nurture-new-task-dialog");
        robot.clickOn("#task-lead-search").write("turing");
        waitUntil(
                "only Alan is offered",
                () -> onFx(() -> robot.lookup("#task-lead-results")
                                .<javafx.scene.control.ListView<?>>query()
                                .getItems()
                                .size())
                        == 1);
        robot.press(KeyCode.DOWN).release(KeyCode.DOWN);
        robot.clickOn("#task-title").write("Send Alan the contract");
        replaceText(robot, "#task-time", "25:00");
        waitUntil("the time is named wrong", () -> text("#task-when-problem").equals("Enter a time like 09:30."));
        assertThat(onFx(() -> robot.lookup("#task-save").query().isDisabled())).isTrue();
        replaceText(robot, "#task-time", "10:30");
        waitUntil(
                "the form is valid",
                () -> !onFx(() -> robot.lookup("#task-save").query().isDisabled()));
        Snapshots.save(robot.lookup("#task-lead-search").query().getScene(), "nurture-new-task-filled");
        robot.clickOn("#task-save");
        waitUntil(
                "the task is stored",
                () -> app.tasks().forLead(leads.get("Alan")).stream()
                        .anyMatch(t -> t.title().equals("Send Alan the contract")));
        NurtureTask contract = app.tasks().forLead(leads.get("Alan")).stream()
                .filter(t -> t.title().equals("Send Alan the contract"))
                .findFirst()
                .orElseThrow();
        assertThat(contract.dueAt().toInstant())
                .isEqualTo(ZonedDateTime.of(2026, 11, 21, 10, 30, 0, 0, TempApp.ZONE)
                        .toInstant());
        assertThat(contract.kind()).isEqualTo(TaskKind.CALL);
        waitUntil(
                "the message says where it went", () -> text("#toast-text").equals("Task added · due Tomorrow 10:30"));
        robot.clickOn("#toast-action");
        waitUntil(
                "Show opens Upcoming with the task selected",
                () -> onFx(() -> table().getSelectionModel().getSelectedItems().stream()
                                .map(NurtureTask::title)
                                .toList())
                        .equals(List.of("Send Alan the contract")));
        assertThat(onFx(() ->
                        robot.lookup("#list-upcoming").<ToggleButton>query().isSelected()))
                .isTrue();

        // Double-click edits: the lead stays, the title changes.
        onFx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        robot.doubleClickOn(row("Send Alan the contract"));
        waitUntil(
                "the edit dialog shows the lead",
                () -> robot.lookup("#task-lead-fixed").tryQuery().isPresent());
        Snapshots.save(robot.lookup("#task-lead-fixed").query().getScene(), "nurture-edit-task-dark");
        assertThat(text("#task-lead-fixed")).isEqualTo("Alan Turing · Bletchley Park");
        replaceText(robot, "#task-title", "Send Alan the signed contract");
        robot.clickOn("#task-save");
        waitUntil(
                "the title changed",
                () -> app.tasks().find(contract.id()).title().equals("Send Alan the signed contract"));
        assertThat(app.tasks().find(contract.id()).dueAt()).isEqualTo(contract.dueAt());

        // The entry point of the Leads view: a task for a known lead.
        onFx(() -> {
            window.nurture().newTaskFor(leads.get("Grace"), "Grace Hopper");
            return null;
        });
        waitUntil(
                "the dialog shows Grace",
                () -> robot.lookup("#task-lead-fixed").tryQuery().isPresent()
                        && text("#task-lead-fixed").equals("Grace Hopper"));
        // The title comes filled with the usual next step; the user writes their own over it.
        assertThat(onFx(() -> ((javafx.scene.control.TextField)
                                robot.lookup("#task-title").query())
                        .getText()))
                .isEqualTo("Follow up with Grace Hopper");
        robot.clickOn("#task-title")
                .press(KeyCode.CONTROL, KeyCode.A)
                .release(KeyCode.A, KeyCode.CONTROL)
                .write("Invite Grace to the webinar");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(
                "it is stored",
                () -> app.tasks().forLead(leads.get("Grace")).stream()
                        .anyMatch(t -> t.title().equals("Invite Grace to the webinar")));

        // Open lead: the Leads view shows the lead's editor.
        robot.clickOn(row("Send Alan the signed contract"));
        robot.clickOn("#task-open-lead");
        waitUntil(
                "the Leads view is current",
                () -> window.navigator().currentProperty().get() instanceof LeadsModule);
        waitUntil(
                "the editor shows Alan",
                () -> robot.lookup("#editor-title").tryQuery().isPresent()
                        && text("#editor-title").equals("Alan Turing"));
    }

    @Test
    void aTaskCompletedHereShowsItsTouchOnTheLeadsTimeline(FxRobot robot) {
        robot.clickOn("#nav-nurture");
        waitUntil("today's tasks show", () -> titles().contains("Call Ada about the offer"));
        robot.clickOn(row("Call Ada about the offer"));
        robot.press(KeyCode.CONTROL, KeyCode.ENTER).release(KeyCode.ENTER, KeyCode.CONTROL);
        waitUntil(
                "the call is done", () -> app.tasks().find(tasks.get("callAda")).isDone());

        robot.clickOn("#list-done");
        waitUntil("the done list holds it", () -> titles().equals(List.of("Call Ada about the offer")));
        robot.clickOn(row("Call Ada about the offer"));
        robot.clickOn("#task-open-lead");
        waitUntil(
                "the editor shows Ada",
                () -> robot.lookup("#editor-title").tryQuery().isPresent()
                        && text("#editor-title").equals("Ada Lovelace"));
        robot.clickOn("#tab-timeline");

        // Newest first under the open tasks: the call logged by completing, and the done task beside it.
        waitUntil(
                "the timeline shows the call",
                () -> LeadTimelineTest.timelineTitles(robot).contains("Call"));
        List<String> timeline = LeadTimelineTest.timelineTitles(robot);
        assertThat(timeline).startsWith("Follow up with Ada").contains("Call Ada about the offer", "Lead created");
        assertThat(timeline.indexOf("Call")).isLessThan(timeline.indexOf("Lead created"));
        Snapshots.save(stage.getScene(), "nurture-completed-on-timeline");
    }

    @Test
    void aTaskFallingDueIsAnnouncedAndTheNotificationOpensIt(FxRobot robot) {
        waitUntil("the start message", () -> text("#toast-text").equals("You have 2 overdue tasks"));
        // 14:00 in Berlin: Ada's call falls due.
        clock.set("2026-11-20T13:00:20Z");
        onFx(() -> {
            window.nurture().tick();
            return null;
        });
        waitUntil("a notification shows", () -> notification() != null);
        assertThat(onFx(() -> notification().lookupAll(".label").stream()
                        .map(n -> ((Label) n).getText())
                        .toList()))
                .contains("Task due", "Call Ada about the offer · Ada Lovelace");
        waitUntil(
                "the notification has slid in",
                () -> onFx(() -> ((NotificationBar) notification()).transition.get() == 1.0));
        Snapshots.save(notification().getScene(), "nurture-reminder");
        waitUntil("the badge counts it as overdue", () -> badgeText().equals("4"));

        robot.clickOn(notification());
        waitUntil("Nurture opens", () -> window.navigator().currentProperty().get() instanceof NurtureModule);
        waitUntil(
                "on the overdue list, with the task selected",
                () -> onFx(() -> table().getSelectionModel().getSelectedItems().stream()
                                .map(NurtureTask::title)
                                .toList())
                        .equals(List.of("Call Ada about the offer")));
        assertThat(titles())
                .containsExactly("Send Grace the pricing", "Follow up with Ada", "Call Ada about the offer");
        assertThat(cellTexts("col-due")).contains("Today 14:00 1 min late");
    }

    private static void replaceText(FxRobot robot, String selector, String text) {
        robot.clickOn(selector);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
    }

    private long lead(String first, String last, String email, String company) {
        return app.leads()
                .create(TempApp.lead(first, last, email).company(company).build())
                .id();
    }

    private long task(
            String lead, String title, TaskKind kind, TaskPriority priority, String localDue, String message) {
        OffsetDateTime due = LocalDateTime.parse(localDue).atZone(TempApp.ZONE).toOffsetDateTime();
        return app.tasks()
                .create(new TaskDraft(leads.get(lead), title, kind, priority, due, message))
                .id();
    }

    @SuppressWarnings("unchecked")
    private TableView<NurtureTask> table() {
        return (TableView<NurtureTask>) stage.getScene().lookup("#task-table");
    }

    private List<String> titles() {
        return onFx(() -> table() == null
                ? List.of()
                : table().getItems().stream().map(NurtureTask::title).toList());
    }

    /** What the cells of a column show, row by row (text and the labels inside). */
    private List<String> cellTexts(String columnId) {
        return onFx(() -> {
            List<String> out = new ArrayList<>();
            for (Node row : table().lookupAll(".table-row-cell")) {
                TableRow<?> tableRow = (TableRow<?>) row;
                if (tableRow.isEmpty() || tableRow.getItem() == null) {
                    continue;
                }
                for (Node cell : row.lookupAll(".table-cell")) {
                    var tableCell = (javafx.scene.control.TableCell<?, ?>) cell;
                    if (tableCell.getTableColumn() != null
                            && columnId.equals(tableCell.getTableColumn().getId())) {
                        StringBuilder text = new StringBuilder(tableCell.getText() == null ? "" : tableCell.getText());
                        if (tableCell.getGraphic() != null) {
                            for (Node label : tableCell.getGraphic().lookupAll(".label")) {
                                String part = ((Label) label).getText();
                                text.append(text.isEmpty() ? "" : " ").append(part);
                            }
                        }
                        out.add(tableRow.getIndex() + ":" + text);
                    }
                }
            }
            return out.stream()
                    .sorted((a, b) -> Integer.compare(
                            Integer.parseInt(a.substring(0, a.indexOf(':'))),
                            Integer.parseInt(b.substring(0, b.indexOf(':')))))
                    .map(s -> s.substring(s.indexOf(':') + 1))
                    .toList();
        });
    }

    private boolean columnVisible(String id) {
        return onFx(() -> table().getColumns().stream()
                .filter(c -> id.equals(c.getId()))
                .findFirst()
                .orElseThrow()
                .isVisible());
    }

    private TableRow<?> row(String title) {
        waitUntil("a row shows " + title, () -> findRow(title) != null);
        return onFx(() -> findRow(title));
    }

    private TableRow<?> findRow(String title) {
        return onFx(() -> table().lookupAll(".table-row-cell").stream()
                .map(n -> (TableRow<?>) n)
                .filter(r -> r.getItem() instanceof NurtureTask t && t.title().equals(title))
                .findFirst()
                .orElse(null));
    }

    private Label badge() {
        return (Label) stage.getScene().lookup("#badge-nurture");
    }

    private String badgeText() {
        return onFx(() -> badge().isVisible() ? badge().getText() : "");
    }

    private String toggleText(String selector) {
        return onFx(() -> ((ToggleButton) stage.getScene().lookup(selector)).getText());
    }

    private String text(String selector) {
        return onFx(() -> {
            for (Window w : Window.getWindows()) {
                if (w.getScene() != null && w.getScene().lookup(selector) instanceof Label label) {
                    return label.getText();
                }
            }
            return "";
        });
    }

    private boolean visible(String selector) {
        return onFx(() -> {
            Node node = stage.getScene().lookup(selector);
            return node != null && node.isVisible() && node.getScene() != null;
        });
    }

    private Node notification() {
        return onFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof Popup && w.isShowing() && w.getScene() != null)
                .map(w -> w.getScene().getRoot().lookup(".notification-bar"))
                .filter(n -> n != null)
                .findFirst()
                .orElse(null));
    }
}
