package app.leadkeeper.nurture;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Decides what the running app reminds of; the window only asks it every half minute and shows the answer. The first
 * check announces the tasks already overdue; every later check announces the open tasks that fell due in (last check,
 * now], so no task is announced twice and none is skipped between two checks. Reads the database: call it off the FX
 * thread.
 */
public final class Reminders {
    private final TaskService tasks;
    private final Clock clock;
    private OffsetDateTime lastCheck;

    public Reminders(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** What to announce now, if anything. */
    public synchronized Optional<Reminder> check() {
        // The database keeps microseconds: finer bounds would be rounded there and could skip a task.
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        if (lastCheck == null) {
            // Overdue means due before now; a task due this very microsecond is left to the next check.
            lastCheck = now.minus(1, ChronoUnit.MICROS);
            long overdue = tasks.counts().overdue();
            return overdue == 0 ? Optional.empty() : Optional.of(Reminder.overdueAtStart(overdue));
        }
        if (!now.isAfter(lastCheck)) {
            // The computer's clock was set back: wait until it passes the last check again.
            return Optional.empty();
        }
        OffsetDateTime after = lastCheck;
        lastCheck = now;
        // The service reads its own "now" a moment later; what falls due in between belongs to the next check.
        List<NurtureTask> due = tasks.fallenDueSince(after).stream()
                .filter(task -> !task.dueAt().isAfter(now))
                .toList();
        return due.isEmpty() ? Optional.empty() : Optional.of(Reminder.fellDue(due));
    }
}
