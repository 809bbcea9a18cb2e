package app.leadkeeper.leads;

import org.jooq.DSLContext;

/**
 * Told inside the writing transaction that a lead's data or touches changed: created, edited, restored, moved back,
 * or a touch logged or removed. Scoring rescores the lead in the same transaction, so its score never lags its data.
 * Imports do not tell it row by row: they tell their own hook once per batch.
 */
@FunctionalInterface
public interface LeadChangeListener {
    LeadChangeListener NONE = (tx, leadId) -> {};

    void changed(DSLContext tx, long leadId);
}
