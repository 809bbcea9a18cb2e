package app.leadkeeper.nurture;

import java.time.OffsetDateTime;

/**
 * One event in a lead's timeline. {@code refId} is the touch or task id for {@link Kind#TOUCH} and the task kinds (so
 * that the view can act on it), otherwise the id of the history row.
 */
public record TimelineEntry(OffsetDateTime at, Kind kind, String title, String detail, long refId) {
    public enum Kind {
        CREATED,
        TOUCH,
        TASK_OPEN,
        TASK_DONE,
        STAGE,
        QUALIFICATION,
        IMPORT,
        CADENCE
    }
}
