package app.leadkeeper.funnel;

import java.time.OffsetDateTime;
import org.jooq.DSLContext;

/**
 * Told inside the transaction that deletes a stage, after its leads moved to another one: what other features tied to
 * that stage must end (nurture stops the cadences the stage started).
 */
@FunctionalInterface
public interface StageRemovalListener {
    void removed(DSLContext tx, long stageId, OffsetDateTime at);
}
