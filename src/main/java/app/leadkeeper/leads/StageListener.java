package app.leadkeeper.leads;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * Told inside the writing transaction whenever a lead enters a stage: created in it, moved to it by hand, by an import
 * or by undoing a move. Other features react in the same transaction (nurture starts and stops cadences), so that a
 * rolled-back import leaves no trace there either.
 */
@FunctionalInterface
public interface StageListener {
    StageListener NONE = (tx, leadId, fromStage, toStage, at, cause) -> {};

    /**
     * @param fromStage the stage the lead left, or null for a new lead
     * @param cause {@link ChangeCause#UNDO} when a move is being taken back
     */
    void entered(DSLContext tx, long leadId, Long fromStage, long toStage, OffsetDateTime at, ChangeCause cause);
}
