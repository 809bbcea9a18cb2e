package app.leadkeeper.leads;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A stored lead: its data plus what the database keeps about it. {@code revision} grows with every change, so an
 * undo can tell whether the lead was edited since.
 */
public record Lead(
        long id,
        LeadData data,
        String phoneE164,
        int score,
        int revision,
        OffsetDateTime addedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime stageSince) {
    public Lead {
        Objects.requireNonNull(data, "data");
    }
}
