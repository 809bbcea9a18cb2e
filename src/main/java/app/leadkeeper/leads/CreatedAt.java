package app.leadkeeper.leads;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * When the lead was created at its source (the form's timestamp, not the import time). {@code zoneKnown} is false
 * when the source gave a local time without an offset; the instant then assumes the computer's time zone.
 */
public record CreatedAt(OffsetDateTime at, boolean zoneKnown) {
    public CreatedAt {
        Objects.requireNonNull(at, "at");
    }

    public static CreatedAt known(OffsetDateTime at) {
        return new CreatedAt(at, true);
    }
}
