package app.leadkeeper.leads;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Consent with its evidence: when, how, and a note such as the file it came from. */
public record ConsentRecord(Consent state, OffsetDateTime at, ConsentMethod method, String note) {
    public static final ConsentRecord UNKNOWN = new ConsentRecord(Consent.UNKNOWN, null, null, null);

    public ConsentRecord {
        Objects.requireNonNull(state, "state");
    }
}
