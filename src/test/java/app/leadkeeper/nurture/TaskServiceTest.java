package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.testing.MutableClock;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tasks on a real H2 file database, with a clock the test moves: lists, counts, complete, snooze, delete. */
class TaskServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"), BERLIN); // 11:00 in Berlin
    AppContext app;
    TaskService tasks;
    Lead ada;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), clock);
        tasks = app.tasks();
        ada = app.leads()
                .create(TempApp.lead("Ada", "Lovelace", "ada@example.com")
                        .company("Engines")
                        .build());
    }

    @AfterEach
    void close() {
        app.close();
    }

    private NurtureTask task(String title, String dueBerlin, TaskKind kind) {
        OffsetDateTime due =
                java.time.LocalDateTime.parse(dueBerlin).atZone(BERLIN).toOffsetDateTime();
        return tasks.create(new TaskDraft(ada.id(), title, kind, TaskPriority.NORMAL, due, null));
    }

    private List<String> titles(TaskList list) {
        return tasks.list(list).stream().map(NurtureTask::title).toList();
    }

    @Test
    void eachTaskStandsInTheListItsDueTimeSays() {
        task("last week", "2026-11-13T09:00", TaskKind.CALL);
        task("this morning", "2026-11-20T09:00", TaskKind.CALL);
        task("this evening", "2026-11-20T18:00", TaskKind.EMAIL);
        task("just before midnight", "2026-11-20T23:59", TaskKind.OTHER);
        task("tomorrow", "2026-11-21T00:00", TaskKind.MEETING);
        task("in a week", "2026-11-27T09:00", TaskKind.CALL);
        task("in a month", "2026-12-20T09:00", TaskKind.CALL);

        assertThat(titles(TaskList.OVERDUE)).containsExactly("last week", "this morning");
        assertThat(titles(TaskList.TODAY)).containsExactly("this evening", "just before midnight");
        assertThat(titles(TaskList.UPCOMING)).containsExactly("tomorrow", "in a week", "in a month");
        assertThat(titles(TaskList.DONE)).isEmpty();
        assertThat(tasks.counts()).isEqualTo(new TaskCounts(2, 2, 2, 0));
        NurtureTask first = tasks.list(TaskList.OVERDUE).getFirst();
        assertThat(first.leadName()).isEqualTo("Ada Lovelace");
        assertThat(first.leadCompany()).isEqualTo("Engines");
    }

    @Test
    void aTaskFallsDueAsTheClockPassesIt() {
        task("at noon", "2026-11-20T12:00", TaskKind.CALL);
        OffsetDateTime before = OffsetDateTime.now(clock);
        assertThat(tasks.fallenDueSince(before)).isEmpty();
        assertThat(tasks.counts().overdue()).isZero();

        clock.set("2026-11-20T11:00:01Z"); // 12:00:01 in Berlin

        assertThat(tasks.fallenDueSince(before)).extracting(NurtureTask::title).containsExactly("at noon");
        assertThat(tasks.fallenDueSince(OffsetDateTime.now(clock))).isEmpty();
        assertThat(titles(TaskList.OVERDUE)).containsExactly("at noon");
        assertThat(tasks.counts()).isEqualTo(new TaskCounts(0, 1, 0, 0));
    }

    @Test
    void completingLogsTheMatchingTouchAndReopeningTakesItBack() {
        NurtureTask call = task("Call Ada", "2026-11-20T09:00", TaskKind.CALL);
        NurtureTask mail = task("Send the offer", "2026-11-20T15:00", TaskKind.EMAIL);

        List<NurtureTask> completed = tasks.complete(List.of(call.id(), mail.id()));
        List<NurtureTask> again = tasks.complete(List.of(call.id()));

        assertThat(completed).hasSize(2);
        assertThat(again).isEmpty();
        assertThat(titles(TaskList.DONE)).containsExactlyInAnyOrder("Call Ada", "Send the offer");
        assertThat(tasks.find(call.id()).doneAt()).isEqualTo(OffsetDateTime.now(clock));
        assertThat(app.touches().forLead(ada.id()))
                .extracting(Touch::kind, Touch::note, Touch::taskId)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(TouchKind.CALL, "Call Ada", call.id()),
                        org.assertj.core.groups.Tuple.tuple(TouchKind.EMAIL_SENT, "Send the offer", mail.id()));
        assertThat(tasks.counts().done7Days()).isEqualTo(2);

        tasks.reopen(List.of(call.id()));

        assertThat(tasks.find(call.id()).isDone()).isFalse();
        assertThat(app.touches().forLead(ada.id())).extracting(Touch::kind).containsExactly(TouchKind.EMAIL_SENT);
    }

    @Test
    void snoozeMovesTheDueTimeFromNow() {
        NurtureTask a = task("a", "2026-11-19T09:00", TaskKind.CALL);
        NurtureTask b = task("b", "2026-11-20T09:00", TaskKind.CALL);

        tasks.snooze(List.of(a.id(), b.id()), Snooze.TOMORROW);

        OffsetDateTime nineTomorrow =
                java.time.LocalDateTime.parse("2026-11-21T09:00").atZone(BERLIN).toOffsetDateTime();
        assertThat(tasks.find(a.id()).dueAt()).isEqualTo(nineTomorrow);
        assertThat(tasks.find(b.id()).dueAt()).isEqualTo(nineTomorrow);
        assertThat(titles(TaskList.UPCOMING)).containsExactly("a", "b");

        tasks.snooze(List.of(a.id()), Snooze.ONE_HOUR);
        assertThat(tasks.find(a.id()).dueAt())
                .isEqualTo(OffsetDateTime.now(clock).plusHours(1));
        assertThat(titles(TaskList.TODAY)).containsExactly("a");
    }

    @Test
    void deletedTasksComeBackOnUndo() {
        NurtureTask a = task("a", "2026-11-21T09:00", TaskKind.CALL);
        List<NurtureTask> deleted = tasks.delete(List.of(a.id()));
        assertThat(titles(TaskList.UPCOMING)).isEmpty();

        tasks.restore(deleted);

        assertThat(tasks.find(a.id()).title()).isEqualTo("a");
        assertThat(tasks.find(a.id()).dueAt()).isEqualTo(a.dueAt());
    }

    @Test
    void badTasksAreRefusedWithAMessageAndNothingIsWritten() {
        OffsetDateTime due = OffsetDateTime.now(clock);
        assertThatThrownBy(() -> tasks.create(new TaskDraft(ada.id(), "  ", TaskKind.CALL, null, due, null)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("title");
        assertThatThrownBy(() -> tasks.create(new TaskDraft(ada.id(), "x", TaskKind.CALL, null, null, null)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("due");
        assertThatThrownBy(() -> tasks.create(new TaskDraft(999_999, "x", TaskKind.CALL, null, due, null)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("999999");
        assertThat(tasks.forLead(ada.id())).isEmpty();
    }

    @Test
    void deletingTheLeadTakesItsTasksAndTouches() {
        NurtureTask a = task("a", "2026-11-21T09:00", TaskKind.CALL);
        tasks.complete(List.of(a.id()));
        app.touches().log(ada.id(), TouchKind.NOTE, null, "met at the fair");

        app.leads().delete(ada.id());

        assertThat(tasks.list(TaskList.DONE)).isEmpty();
        assertThat(app.touches().forLead(ada.id())).isEmpty();
    }
}
