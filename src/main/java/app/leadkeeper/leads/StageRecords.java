package app.leadkeeper.leads;

import static app.leadkeeper.db.Tables.QUALIFICATION_CHANGE;
import static app.leadkeeper.db.Tables.STAGE;
import static app.leadkeeper.db.Tables.STAGE_CHANGE;

import app.leadkeeper.db.tables.records.LeadRecord;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * Keeps a lead record's stage consistent: a new lead enters the first open stage (or the won / lost stage its status
 * names), its status follows the kind of its stage, the furthest open stage it ever stood in is kept for the funnel,
 * and every change of stage or qualification on a stored lead is written to the history with its time and cause.
 */
final class StageRecords {
    private final Map<Long, Kind> kinds = new HashMap<>();
    private final Map<Long, Integer> positions = new HashMap<>();
    private final long firstOpen;
    private final Long firstWon;
    private final Long firstLost;

    enum Kind {
        OPEN,
        WON,
        LOST
    }

    private StageRecords(DSLContext dsl) {
        Long open = null;
        Long won = null;
        Long lost = null;
        for (var stage : dsl.selectFrom(STAGE).orderBy(STAGE.POSITION, STAGE.ID).fetch()) {
            Kind kind = Kind.valueOf(stage.getKind());
            kinds.put(stage.getId(), kind);
            positions.put(stage.getId(), stage.getPosition());
            switch (kind) {
                case OPEN -> open = open == null ? stage.getId() : open;
                case WON -> won = won == null ? stage.getId() : won;
                case LOST -> lost = lost == null ? stage.getId() : lost;
            }
        }
        if (open == null) {
            throw new IllegalStateException("the pipeline has no open stage");
        }
        this.firstOpen = open;
        this.firstWon = won;
        this.firstLost = lost;
    }

    /** The pipeline as it stands in the caller's transaction. */
    static StageRecords load(DSLContext dsl) {
        return new StageRecords(dsl);
    }

    /** Places a lead about to be inserted: its stage, when it entered it, and the status that goes with it. */
    void placeNew(LeadRecord record, LeadData data) {
        long stage = resolve(data.stageId(), data.status());
        record.setStageId(stage);
        record.setStageSince(data.created().at());
        record.setStatus(kinds.get(stage).name());
        record.setFurthestStageId(kinds.get(stage) == Kind.OPEN ? stage : null);
    }

    /**
     * Applies an update to a stored record whose columns were just filled with the new data, but whose stage and
     * qualification columns still hold {@code before}: writes history rows for what changed.
     */
    void applyUpdate(
            DSLContext dsl,
            LeadRecord record,
            long previousStage,
            String previousQualification,
            LeadData data,
            OffsetDateTime now,
            ChangeCause cause) {
        long stage;
        if (data.stageId() != null && kinds.containsKey(data.stageId())) {
            stage = data.stageId();
        } else if (kinds.get(previousStage) == statusKind(data.status())) {
            stage = previousStage;
        } else {
            stage = resolve(null, data.status());
        }
        record.setStageId(stage);
        record.setStatus(kinds.get(stage).name());
        if (kinds.get(stage) == Kind.WON && record.getWonAt() == null) {
            record.setWonAt(now);
        }
        if (stage != previousStage) {
            OffsetDateTime entered = record.getStageSince();
            record.setStageSince(now);
            record.setFurthestStageId(furthest(record.getFurthestStageId(), stage));
            dsl.insertInto(STAGE_CHANGE)
                    .set(STAGE_CHANGE.LEAD_ID, record.getId())
                    .set(STAGE_CHANGE.FROM_STAGE_ID, previousStage)
                    .set(STAGE_CHANGE.TO_STAGE_ID, stage)
                    .set(STAGE_CHANGE.ENTERED_AT, entered)
                    .set(STAGE_CHANGE.CHANGED_AT, now)
                    .set(STAGE_CHANGE.CAUSE, cause.name())
                    .execute();
        }
        if (!previousQualification.equals(data.qualification().name())) {
            if (cause == ChangeCause.HAND || cause == ChangeCause.IMPORT) {
                LeadRepository.markQualificationByHand(dsl, record.getId(), now);
            }
            dsl.insertInto(QUALIFICATION_CHANGE)
                    .set(QUALIFICATION_CHANGE.LEAD_ID, record.getId())
                    .set(QUALIFICATION_CHANGE.FROM_VALUE, previousQualification)
                    .set(QUALIFICATION_CHANGE.TO_VALUE, data.qualification().name())
                    .set(QUALIFICATION_CHANGE.CHANGED_AT, now)
                    .set(QUALIFICATION_CHANGE.CAUSE, cause.name())
                    .execute();
        }
    }

    private Long furthest(Long current, long stage) {
        if (kinds.get(stage) != Kind.OPEN) {
            return current;
        }
        if (current == null || !positions.containsKey(current) || positions.get(stage) > positions.get(current)) {
            return stage;
        }
        return current;
    }

    /** A known stage id wins; otherwise the status picks the first won or lost stage, else the first open one. */
    private long resolve(Long stageId, LeadStatus status) {
        if (stageId != null && kinds.containsKey(stageId)) {
            return stageId;
        }
        return switch (status) {
            case WON -> firstWon != null ? firstWon : firstOpen;
            case LOST -> firstLost != null ? firstLost : firstOpen;
            case OPEN -> firstOpen;
        };
    }

    private static Kind statusKind(LeadStatus status) {
        return Kind.valueOf(status.name());
    }
}
