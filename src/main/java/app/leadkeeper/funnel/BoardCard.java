package app.leadkeeper.funnel;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One lead as a card on the board: only what the card shows. {@code dealValue} is null when not set; {@code touches}
 * counts the touches logged on the lead.
 */
public record BoardCard(
        long id,
        long stageId,
        String name,
        String company,
        BigDecimal dealValue,
        OffsetDateTime stageSince,
        int score,
        int touches) {

    /** Whole days the lead has stood in its stage (never negative). */
    public long daysInStage(Clock clock) {
        if (stageSince == null) {
            return 0;
        }
        return Math.max(
                0, Duration.between(stageSince.toInstant(), clock.instant()).toDays());
    }

    /** The card as it stands after a move to another stage (the board reloads it from the database anyway). */
    public BoardCard inStage(long newStageId) {
        return new BoardCard(id, newStageId, name, company, dealValue, stageSince, score, touches);
    }
}
