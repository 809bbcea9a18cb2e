package app.leadkeeper.nurture;

import java.util.List;

/**
 * What a reminder says: at start, how many tasks are overdue; later, which tasks fell due since the last look. Holds
 * the tasks that fell due (empty for the start message).
 */
public record Reminder(Kind kind, long count, List<NurtureTask> tasks) {
    public enum Kind {
        OVERDUE_AT_START,
        FELL_DUE
    }

    public Reminder {
        tasks = List.copyOf(tasks);
    }

    static Reminder overdueAtStart(long count) {
        return new Reminder(Kind.OVERDUE_AT_START, count, List.of());
    }

    static Reminder fellDue(List<NurtureTask> tasks) {
        return new Reminder(Kind.FELL_DUE, tasks.size(), tasks);
    }

    public String title() {
        return switch (kind) {
            case OVERDUE_AT_START -> "Overdue tasks";
            case FELL_DUE -> count == 1 ? "Task due" : "Tasks due";
        };
    }

    /** "You have 3 overdue tasks"; "Call back · Ada Lovelace"; "3 tasks are due". */
    public String text() {
        if (kind == Kind.OVERDUE_AT_START) {
            return count == 1 ? "You have 1 overdue task" : "You have " + count + " overdue tasks";
        }
        if (count == 1) {
            NurtureTask task = tasks.getFirst();
            String lead = task.leadName() == null || task.leadName().isBlank() ? task.leadEmail() : task.leadName();
            return lead == null || lead.isBlank() ? task.title() : task.title() + " · " + lead;
        }
        return count + " tasks are due";
    }
}
