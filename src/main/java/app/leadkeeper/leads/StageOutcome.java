package app.leadkeeper.leads;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** What a move to a won stage (when, revenue) or a lost stage (reason) records; all empty for an open stage. */
public record StageOutcome(OffsetDateTime wonAt, BigDecimal revenue, String lostReason) {
    public static final StageOutcome OPEN = new StageOutcome(null, null, null);

    public static StageOutcome won(OffsetDateTime at, BigDecimal revenue) {
        return new StageOutcome(at, revenue, null);
    }

    public static StageOutcome lost(String reason) {
        return new StageOutcome(null, null, reason);
    }
}
