package app.leadkeeper.nurture;

import java.time.OffsetDateTime;

/**
 * A follow-up task on a lead, with what the lists show of the lead (name, email, company). Open while {@code doneAt}
 * is null. {@code cadence} names the cadence that created it, or is null for a task added by hand.
 */
public record NurtureTask(
        long id,
        long leadId,
        String leadName,
        String leadEmail,
        String leadCompany,
        String title,
        TaskKind kind,
        TaskPriority priority,
        OffsetDateTime dueAt,
        String message,
        OffsetDateTime doneAt,
        String cadence) {

    public boolean isDone() {
        return doneAt != null;
    }

    /** The fields a user edits, to change and save again. */
    public TaskDraft draft() {
        return new TaskDraft(leadId, title, kind, priority, dueAt, message);
    }
}
