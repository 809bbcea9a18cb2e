package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.testing.MutableClock;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timing of the reminders, with a clock the test moves: once at start, then each task once as it falls due. */
class RemindersTest {
    @TempDir
    Path dir;

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:15:30Z"), TempApp.ZONE);
    AppContext app;
    long ada;
    Reminders reminders;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir.resolve("data")), clock);
        ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com").build())
                .id();
        reminders = new Reminders(app.tasks(), clock);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theFirstCheckCountsTheOverdueTasksOnce() {
        task("Call back", "2026-11-19T08:00:00Z");
        task("Send the offer", "2026-11-20T08:00:00Z");
        task("Later today", "2026-11-20T13:00:00Z");

        Reminder first = reminders.check().orElseThrow();
        assertThat(first.kind()).isEqualTo(Reminder.Kind.OVERDUE_AT_START);
        assertThat(first.count()).isEqualTo(2);
        assertThat(first.text()).isEqualTo("You have 2 overdue tasks");

        assertThat(reminders.check()).isEmpty();
        clock.set("2026-11-20T10:16:00Z");
        assertThat(reminders.check())
                .as("the overdue tasks are not announced again")
                .isEmpty();
    }

    @Test
    void nothingOverdueAtStartSaysNothing() {
        task("Later today", "2026-11-20T13:00:00Z");
        assertThat(reminders.check()).isEmpty();
    }

    @Test
    void eachTaskIsAnnouncedOnceWhenItFallsDue() {
        task("Call Ada", "2026-11-20T10:30:00Z");
        task("Email Ada", "2026-11-20T10:30:00Z");
        task("Meet Ada", "2026-11-20T11:00:00Z");
        assertThat(reminders.check()).isEmpty();

        clock.set("2026-11-20T10:29:59Z");
        assertThat(reminders.check()).isEmpty();

        clock.set("2026-11-20T10:30:00Z");
        Reminder two = reminders.check().orElseThrow();
        assertThat(two.kind()).isEqualTo(Reminder.Kind.FELL_DUE);
        assertThat(two.title()).isEqualTo("Tasks due");
        assertThat(two.text()).isEqualTo("2 tasks are due");
        assertThat(titles(two)).containsExactlyInAnyOrder("Call Ada", "Email Ada");

        clock.set("2026-11-20T10:45:00Z");
        assertThat(reminders.check()).isEmpty();

        clock.set("2026-11-20T11:00:30Z");
        Reminder one = reminders.check().orElseThrow();
        assertThat(one.title()).isEqualTo("Task due");
        assertThat(one.text()).isEqualTo("Meet Ada · Ada Lovelace");

        clock.set("2026-11-20T11:01:00Z");
        assertThat(reminders.check()).isEmpty();
    }

    @Test
    void aTaskDueAtTheVeryMomentOfTheFirstCheckIsAnnouncedByTheNext() {
        task("On the dot", "2026-11-20T10:15:30Z");
        assertThat(reminders.check()).as("not overdue yet").isEmpty();
        clock.set("2026-11-20T10:16:00Z");
        assertThat(reminders.check().map(Reminder::text)).contains("On the dot · Ada Lovelace");
    }

    @Test
    void completedTasksAreNotAnnouncedAndSnoozedOnesAgainWhenDue() {
        long snoozed = task("Call Ada", "2026-11-20T10:30:00Z");
        long done = task("Email Ada", "2026-11-20T10:40:00Z");
        reminders.check();

        clock.set("2026-11-20T10:20:00Z");
        app.tasks().snooze(List.of(snoozed), Snooze.ONE_HOUR);
        app.tasks().complete(List.of(done));
        clock.set("2026-11-20T10:50:00Z");
        assertThat(reminders.check()).isEmpty();

        clock.set("2026-11-20T11:20:10Z");
        assertThat(reminders.check().map(Reminder::text)).contains("Call Ada · Ada Lovelace");
    }

    @Test
    void aClockSetBackWaitsUntilItPassesTheLastCheck() {
        task("Before", "2026-11-20T10:50:00Z");
        task("After", "2026-11-20T11:05:00Z");
        reminders.check();
        clock.set("2026-11-20T11:00:00Z");
        assertThat(reminders.check().map(Reminder::text)).contains("Before · Ada Lovelace");

        clock.set("2026-11-20T10:00:00Z");
        assertThat(reminders.check()).isEmpty();
        clock.set("2026-11-20T10:55:00Z");
        assertThat(reminders.check()).as("Before is not announced twice").isEmpty();
        clock.set("2026-11-20T11:10:00Z");
        assertThat(reminders.check().map(Reminder::text)).contains("After · Ada Lovelace");
    }

    @Test
    void aLeadWithoutNameIsNamedByEmail() {
        long anon = app.leads()
                .create(TempApp.lead(null, null, "who@example.com").build())
                .id();
        app.tasks()
                .create(new TaskDraft(
                        anon,
                        "Who is this?",
                        TaskKind.EMAIL,
                        TaskPriority.NORMAL,
                        OffsetDateTime.parse("2026-11-20T10:20:00Z"),
                        null));
        reminders.check();
        clock.set("2026-11-20T10:20:00Z");
        assertThat(reminders.check().map(Reminder::text)).isEqualTo(Optional.of("Who is this? · who@example.com"));
    }

    private long task(String title, String due) {
        return app.tasks()
                .create(new TaskDraft(ada, title, TaskKind.CALL, TaskPriority.NORMAL, OffsetDateTime.parse(due), null))
                .id();
    }

    private static List<String> titles(Reminder reminder) {
        return reminder.tasks().stream().map(NurtureTask::title).toList();
    }
}
