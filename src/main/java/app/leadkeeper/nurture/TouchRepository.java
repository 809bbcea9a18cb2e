package app.leadkeeper.nurture;

import static app.leadkeeper.db.Tables.IMPORT_BATCH;
import static app.leadkeeper.db.Tables.IMPORT_CHANGE;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.TOUCH;

import app.leadkeeper.db.tables.records.TouchRecord;
import app.leadkeeper.leads.LeadChangeListener;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads and writes touches. Every method takes the DSLContext of the caller's transaction. */
public final class TouchRepository {
    private final LeadChangeListener changes;

    public TouchRepository() {
        this(LeadChangeListener.NONE);
    }

    /** @param changes told, inside the writing transaction, of each lead that gained or lost a touch */
    public TouchRepository(LeadChangeListener changes) {
        this.changes = changes;
    }

    public long insert(
            DSLContext dsl,
            long leadId,
            TouchKind kind,
            OffsetDateTime at,
            String note,
            Long taskId,
            OffsetDateTime now) {
        TouchRecord record = dsl.newRecord(TOUCH);
        record.setLeadId(leadId);
        record.setKind(kind.name());
        record.setOccurredAt(at);
        record.setNote(note == null || note.isBlank() ? null : note.strip());
        record.setTaskId(taskId);
        record.setCreatedAt(now);
        record.store();
        changes.changed(dsl, leadId);
        return record.getId();
    }

    public List<Touch> forLead(DSLContext dsl, long leadId) {
        return dsl.selectFrom(TOUCH)
                .where(TOUCH.LEAD_ID.eq(leadId))
                .orderBy(TOUCH.OCCURRED_AT.desc(), TOUCH.ID.desc())
                .fetch(TouchRepository::touch);
    }

    public int count(DSLContext dsl, long leadId) {
        return dsl.fetchCount(TOUCH, TOUCH.LEAD_ID.eq(leadId));
    }

    /** Touch counts of the given leads; a lead without touches is absent. */
    public Map<Long, Integer> counts(DSLContext dsl, Collection<Long> leadIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (!leadIds.isEmpty()) {
            dsl.select(TOUCH.LEAD_ID, DSL.count())
                    .from(TOUCH)
                    .where(TOUCH.LEAD_ID.in(leadIds))
                    .groupBy(TOUCH.LEAD_ID)
                    .forEach(r -> counts.put(r.value1(), r.value2()));
        }
        return counts;
    }

    public int delete(DSLContext dsl, long id) {
        Long leadId =
                dsl.select(TOUCH.LEAD_ID).from(TOUCH).where(TOUCH.ID.eq(id)).fetchOne(TOUCH.LEAD_ID);
        int deleted = dsl.deleteFrom(TOUCH).where(TOUCH.ID.eq(id)).execute();
        if (deleted > 0 && leadId != null) {
            changes.changed(dsl, leadId);
        }
        return deleted;
    }

    /** Removes every touch of a lead (an erased person), without rescoring it. */
    public int deleteOfLead(DSLContext dsl, long leadId) {
        return dsl.deleteFrom(TOUCH).where(TOUCH.LEAD_ID.eq(leadId)).execute();
    }

    /** Removes the touch that completing a task logged (the task is open again). */
    public int deleteOfTask(DSLContext dsl, long leadId, long taskId) {
        int deleted = dsl.deleteFrom(TOUCH)
                .where(TOUCH.LEAD_ID.eq(leadId).and(TOUCH.TASK_ID.eq(taskId)))
                .execute();
        if (deleted > 0) {
            changes.changed(dsl, leadId);
        }
        return deleted;
    }

    /**
     * Logs a "form submitted" touch for every lead an import batch created or updated, in one statement. A created
     * lead's touch is dated when the lead was created (the submission); an updated lead's when the import ran.
     */
    public int logImportSubmissions(DSLContext dsl, long batchId, String note, OffsetDateTime now) {
        return dsl.insertInto(
                        TOUCH,
                        TOUCH.LEAD_ID,
                        TOUCH.KIND,
                        TOUCH.OCCURRED_AT,
                        TOUCH.NOTE,
                        TOUCH.IMPORT_BATCH_ID,
                        TOUCH.CREATED_AT)
                .select(DSL.select(
                                IMPORT_CHANGE.LEAD_ID,
                                DSL.inline(TouchKind.FORM_SUBMITTED.name()),
                                DSL.when(IMPORT_CHANGE.CHANGE_KIND.eq("CREATED"), LEAD.CREATED_AT)
                                        .otherwise(IMPORT_BATCH.STARTED_AT),
                                DSL.val(note),
                                IMPORT_CHANGE.BATCH_ID,
                                DSL.val(now))
                        .from(IMPORT_CHANGE)
                        .join(LEAD)
                        .on(LEAD.ID.eq(IMPORT_CHANGE.LEAD_ID))
                        .join(IMPORT_BATCH)
                        .on(IMPORT_BATCH.ID.eq(IMPORT_CHANGE.BATCH_ID))
                        .where(IMPORT_CHANGE.BATCH_ID.eq(batchId)))
                .execute();
    }

    /** Removes the touch an import batch logged on a lead whose changes it undoes. */
    public int deleteImportSubmission(DSLContext dsl, long batchId, long leadId) {
        // The import's own hook rescores the lead once its undo is complete.
        return dsl.deleteFrom(TOUCH)
                .where(TOUCH.LEAD_ID.eq(leadId).and(TOUCH.IMPORT_BATCH_ID.eq(batchId)))
                .execute();
    }

    static Touch touch(Record r) {
        return new Touch(
                r.get(TOUCH.ID),
                r.get(TOUCH.LEAD_ID),
                TouchKind.valueOf(r.get(TOUCH.KIND)),
                r.get(TOUCH.OCCURRED_AT),
                r.get(TOUCH.NOTE),
                r.get(TOUCH.TASK_ID),
                r.get(TOUCH.IMPORT_BATCH_ID));
    }
}
