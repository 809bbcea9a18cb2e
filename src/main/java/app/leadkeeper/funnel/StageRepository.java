package app.leadkeeper.funnel;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LOST_REASON;
import static app.leadkeeper.db.Tables.STAGE;
import static app.leadkeeper.db.Tables.STAGE_CHANGE;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.db.tables.records.StageRecord;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Stages of the pipeline and the list of lost reasons. Every method runs in the caller's transaction. */
public final class StageRepository {
    public List<Stage> all(DSLContext dsl) {
        return dsl.selectFrom(STAGE).orderBy(STAGE.POSITION, STAGE.ID).fetch(StageRepository::toStage);
    }

    public long insert(DSLContext dsl, StageDraft draft, int position) {
        StageRecord record = dsl.newRecord(STAGE);
        fill(record, draft);
        record.setPosition(position);
        record.store();
        return record.getId();
    }

    public void update(DSLContext dsl, long id, StageDraft draft) {
        StageRecord record = dsl.selectFrom(STAGE).where(STAGE.ID.eq(id)).fetchOne();
        if (record == null) {
            return;
        }
        fill(record, draft);
        record.update();
    }

    public void setPositions(DSLContext dsl, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            dsl.update(STAGE)
                    .set(STAGE.POSITION, i + 1)
                    .where(STAGE.ID.eq(ids.get(i)))
                    .execute();
        }
    }

    public boolean nameTaken(DSLContext dsl, String name, long exceptId) {
        return dsl.fetchExists(STAGE, STAGE.NAME_KEY.eq(TextKeys.fold(name)).and(STAGE.ID.ne(exceptId)));
    }

    /** How many leads stand in each stage. */
    public Map<Long, Long> leadCounts(DSLContext dsl) {
        Map<Long, Long> counts = new HashMap<>();
        dsl.select(LEAD.STAGE_ID, DSL.count())
                .from(LEAD)
                .groupBy(LEAD.STAGE_ID)
                .fetch()
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    /**
     * Moves every lead of one stage to another, as one history entry per lead (cause HAND): the user chose where they
     * go when deleting their stage.
     */
    public int moveAllLeads(DSLContext dsl, Stage from, Stage to, OffsetDateTime now) {
        dsl.insertInto(
                        STAGE_CHANGE,
                        STAGE_CHANGE.LEAD_ID,
                        STAGE_CHANGE.FROM_STAGE_ID,
                        STAGE_CHANGE.TO_STAGE_ID,
                        STAGE_CHANGE.ENTERED_AT,
                        STAGE_CHANGE.CHANGED_AT,
                        STAGE_CHANGE.CAUSE)
                .select(DSL.select(
                                LEAD.ID,
                                DSL.val(from.id()),
                                DSL.val(to.id()),
                                LEAD.STAGE_SINCE,
                                DSL.val(now),
                                DSL.val("HAND"))
                        .from(LEAD)
                        .where(LEAD.STAGE_ID.eq(from.id())))
                .execute();
        var update = dsl.update(LEAD)
                .set(LEAD.STAGE_ID, to.id())
                .set(LEAD.STAGE_SINCE, now)
                .set(LEAD.STATUS, to.kind().name())
                .set(LEAD.UPDATED_AT, now)
                .set(LEAD.REVISION, LEAD.REVISION.plus(1));
        if (to.isOpen()) {
            var furthestPosition = DSL.select(STAGE.POSITION).from(STAGE).where(STAGE.ID.eq(LEAD.FURTHEST_STAGE_ID));
            return update.set(
                            LEAD.FURTHEST_STAGE_ID,
                            DSL.when(
                                            LEAD.FURTHEST_STAGE_ID
                                                    .isNull()
                                                    .or(DSL.field(furthestPosition)
                                                            .lt(to.position())),
                                            DSL.val(to.id()))
                                    .otherwise(LEAD.FURTHEST_STAGE_ID))
                    .where(LEAD.STAGE_ID.eq(from.id()))
                    .execute();
        }
        return update.where(LEAD.STAGE_ID.eq(from.id())).execute();
    }

    public void delete(DSLContext dsl, long id) {
        dsl.update(LEAD)
                .setNull(LEAD.FURTHEST_STAGE_ID)
                .where(LEAD.FURTHEST_STAGE_ID.eq(id))
                .execute();
        dsl.deleteFrom(STAGE).where(STAGE.ID.eq(id)).execute();
    }

    public List<String> lostReasons(DSLContext dsl) {
        return dsl.select(LOST_REASON.NAME)
                .from(LOST_REASON)
                .orderBy(LOST_REASON.POSITION, LOST_REASON.ID)
                .fetch(LOST_REASON.NAME);
    }

    /** Replaces the list of lost reasons (leads keep the reason text they were lost for). */
    public void replaceLostReasons(DSLContext dsl, List<String> reasons) {
        dsl.deleteFrom(LOST_REASON).execute();
        int position = 1;
        for (String reason : reasons) {
            dsl.insertInto(LOST_REASON)
                    .set(LOST_REASON.NAME, reason)
                    .set(LOST_REASON.NAME_KEY, TextKeys.fold(reason))
                    .set(LOST_REASON.POSITION, position++)
                    .execute();
        }
    }

    private static void fill(StageRecord record, StageDraft draft) {
        record.setName(draft.name().strip());
        record.setNameKey(TextKeys.fold(draft.name()));
        record.setColor(draft.color());
        record.setSection(draft.section().name());
        record.setKind(draft.kind().name());
    }

    private static Stage toStage(StageRecord r) {
        return new Stage(
                r.getId(),
                r.getName(),
                r.getPosition(),
                r.getColor(),
                FunnelSection.valueOf(r.getSection()),
                StageKind.valueOf(r.getKind()));
    }
}
