package app.leadkeeper.nurture;

import java.time.OffsetDateTime;

/** A task as the user writes it, before it is saved. */
public record TaskDraft(
        long leadId, String title, TaskKind kind, TaskPriority priority, OffsetDateTime dueAt, String message) {

    public TaskDraft {
        title = title == null ? "" : title.strip();
        kind = kind == null ? TaskKind.OTHER : kind;
        priority = priority == null ? TaskPriority.NORMAL : priority;
        message = message == null || message.isBlank() ? null : message.strip();
    }
}
