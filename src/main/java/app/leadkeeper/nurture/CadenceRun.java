package app.leadkeeper.nurture;

import java.time.OffsetDateTime;

/** A cadence running (or stopped) on a lead. {@code stageId}: the stage whose entry started it, null if by hand. */
public record CadenceRun(
        long id,
        Long cadenceId,
        String cadenceName,
        long leadId,
        Long stageId,
        OffsetDateTime startedAt,
        OffsetDateTime stoppedAt,
        String stopReason) {
    public boolean isRunning() {
        return stoppedAt == null;
    }
}
