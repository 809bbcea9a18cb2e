package app.leadkeeper.nurture;

import java.time.OffsetDateTime;

/**
 * One interaction with a lead. {@code taskId} is set when completing a task logged it, {@code importBatchId} when an
 * import from a form tool did.
 */
public record Touch(
        long id, long leadId, TouchKind kind, OffsetDateTime at, String note, Long taskId, Long importBatchId) {}
