package app.leadkeeper.nurture;

import static app.leadkeeper.db.Tables.CADENCE;
import static app.leadkeeper.db.Tables.CADENCE_RUN;
import static app.leadkeeper.db.Tables.CADENCE_STEP;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.STAGE;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.db.tables.records.CadenceRecord;
import app.leadkeeper.db.tables.records.CadenceRunRecord;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Cadences with their steps, and the runs of cadences on leads. Methods take the caller's transaction. */
public final class CadenceRepository {

    public List<Cadence> all(DSLContext dsl) {
        Map<Long, List<CadenceStep>> steps = new LinkedHashMap<>();
        dsl.selectFrom(CADENCE_STEP)
                .orderBy(CADENCE_STEP.CADENCE_ID, CADENCE_STEP.POSITION)
                .forEach(r -> steps.computeIfAbsent(r.getCadenceId(), k -> new ArrayList<>())
                        .add(new CadenceStep(
                                r.getDayOffset(), TaskKind.valueOf(r.getKind()), r.getTitle(), r.getMessage())));
        return dsl.selectFrom(CADENCE)
                .orderBy(CADENCE.NAME_KEY, CADENCE.ID)
                .fetch(r -> new Cadence(
                        r.getId(),
                        r.getName(),
                        r.getOffer(),
                        r.getTriggerStageId(),
                        steps.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Cadence> find(DSLContext dsl, long id) {
        return all(dsl).stream().filter(c -> c.id() == id).findFirst();
    }

    /** The id of the cadence with this name (compared without case or accents), if any. */
    public Optional<Long> idByName(DSLContext dsl, String name) {
        return dsl.select(CADENCE.ID)
                .from(CADENCE)
                .where(CADENCE.NAME_KEY.eq(TextKeys.fold(name)))
                .fetchOptional(r -> r.value1());
    }

    /** Inserts a new cadence (id 0) or replaces a stored one and its steps; returns its id. */
    public long save(DSLContext dsl, Cadence cadence) {
        CadenceRecord record = cadence.id() == 0
                ? dsl.newRecord(CADENCE)
                : dsl.selectFrom(CADENCE).where(CADENCE.ID.eq(cadence.id())).fetchOne();
        if (record == null) {
            throw new app.leadkeeper.core.UserException("The cadence \"" + cadence.name() + "\" no longer exists.");
        }
        record.setName(cadence.name());
        record.setNameKey(TextKeys.fold(cadence.name()));
        record.setOffer(cadence.offer());
        record.setTriggerStageId(cadence.triggerStageId());
        record.store();
        long id = record.getId();
        dsl.deleteFrom(CADENCE_STEP).where(CADENCE_STEP.CADENCE_ID.eq(id)).execute();
        int position = 1;
        for (CadenceStep step : cadence.steps()) {
            dsl.insertInto(CADENCE_STEP)
                    .set(CADENCE_STEP.CADENCE_ID, id)
                    .set(CADENCE_STEP.POSITION, position++)
                    .set(CADENCE_STEP.DAY_OFFSET, step.dayOffset())
                    .set(CADENCE_STEP.KIND, step.kind().name())
                    .set(CADENCE_STEP.TITLE, step.title())
                    .set(CADENCE_STEP.MESSAGE, step.message())
                    .execute();
        }
        return id;
    }

    public boolean delete(DSLContext dsl, long id) {
        return dsl.deleteFrom(CADENCE).where(CADENCE.ID.eq(id)).execute() > 0;
    }

    public long startRun(DSLContext dsl, Cadence cadence, long leadId, Long stageId, OffsetDateTime at) {
        CadenceRunRecord run = dsl.newRecord(CADENCE_RUN);
        run.setCadenceId(cadence.id());
        run.setCadenceName(cadence.name());
        run.setLeadId(leadId);
        run.setStageId(stageId);
        run.setStartedAt(at);
        run.store();
        return run.getId();
    }

    /**
     * Starts runs (by hand) on leads that do not run the cadence yet, as one batch; returns the new run ids by lead,
     * read back by cadence, start time and lead (a lead has at most one running run of a cadence).
     */
    public Map<Long, Long> startRuns(DSLContext dsl, Cadence cadence, List<Long> leadIds, OffsetDateTime at) {
        Map<Long, Long> ids = new java.util.HashMap<>();
        if (leadIds.isEmpty()) {
            return ids;
        }
        var batch = dsl.batch(dsl.insertInto(
                        CADENCE_RUN,
                        CADENCE_RUN.CADENCE_ID,
                        CADENCE_RUN.CADENCE_NAME,
                        CADENCE_RUN.LEAD_ID,
                        CADENCE_RUN.STARTED_AT)
                .values((Long) null, null, null, null));
        for (long leadId : leadIds) {
            batch = batch.bind(cadence.id(), cadence.name(), leadId, at);
        }
        batch.execute();
        dsl.select(CADENCE_RUN.LEAD_ID, CADENCE_RUN.ID)
                .from(CADENCE_RUN)
                .where(CADENCE_RUN
                        .LEAD_ID
                        .in(leadIds)
                        .and(CADENCE_RUN.CADENCE_ID.eq(cadence.id()))
                        .and(CADENCE_RUN.STARTED_AT.eq(at))
                        .and(CADENCE_RUN.STOPPED_AT.isNull()))
                .forEach(r -> ids.put(r.value1(), r.value2()));
        return ids;
    }

    /** The lead's runs that have not stopped. */
    public List<CadenceRun> running(DSLContext dsl, long leadId) {
        return dsl.selectFrom(CADENCE_RUN)
                .where(CADENCE_RUN.LEAD_ID.eq(leadId).and(CADENCE_RUN.STOPPED_AT.isNull()))
                .orderBy(CADENCE_RUN.ID)
                .fetch(CadenceRepository::run);
    }

    /** Ids of the running runs that entering this stage started. */
    public List<Long> runningOfStage(DSLContext dsl, long stageId) {
        return dsl.select(CADENCE_RUN.ID)
                .from(CADENCE_RUN)
                .where(CADENCE_RUN.STAGE_ID.eq(stageId).and(CADENCE_RUN.STOPPED_AT.isNull()))
                .fetch(CADENCE_RUN.ID);
    }

    /** All of the lead's runs, newest first. */
    public List<CadenceRun> runs(DSLContext dsl, long leadId) {
        return dsl.selectFrom(CADENCE_RUN)
                .where(CADENCE_RUN.LEAD_ID.eq(leadId))
                .orderBy(CADENCE_RUN.STARTED_AT.desc(), CADENCE_RUN.ID.desc())
                .fetch(CadenceRepository::run);
    }

    /** Removes every run of a lead (an erased person); their tasks must be gone first, or they lose their link. */
    public int deleteRunsOfLead(DSLContext dsl, long leadId) {
        return dsl.deleteFrom(CADENCE_RUN).where(CADENCE_RUN.LEAD_ID.eq(leadId)).execute();
    }

    public void stop(DSLContext dsl, Collection<Long> runIds, OffsetDateTime at, String reason) {
        dsl.update(CADENCE_RUN)
                .set(CADENCE_RUN.STOPPED_AT, at)
                .set(CADENCE_RUN.STOP_REASON, reason)
                .where(CADENCE_RUN.ID.in(runIds).and(CADENCE_RUN.STOPPED_AT.isNull()))
                .execute();
    }

    /** What the placeholders of a cadence text need to know about a lead. */
    public record Addressee(String firstName, String lastName, String company, String offer) {}

    public Optional<Addressee> addressee(DSLContext dsl, long leadId) {
        return dsl.select(LEAD.FIRST_NAME, LEAD.LAST_NAME, LEAD.COMPANY, LEAD.OFFER)
                .from(LEAD)
                .where(LEAD.ID.eq(leadId))
                .fetchOptional(r -> new Addressee(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Of these leads, those running the cadence. */
    public java.util.Set<Long> leadsRunning(DSLContext dsl, long cadenceId, Collection<Long> leadIds) {
        return new java.util.HashSet<>(dsl.select(CADENCE_RUN.LEAD_ID)
                .from(CADENCE_RUN)
                .where(CADENCE_RUN
                        .LEAD_ID
                        .in(leadIds)
                        .and(CADENCE_RUN.CADENCE_ID.eq(cadenceId))
                        .and(CADENCE_RUN.STOPPED_AT.isNull()))
                .fetch(CADENCE_RUN.LEAD_ID));
    }

    /** The addressees of these leads by id; leads that no longer exist are absent. */
    public Map<Long, Addressee> addressees(DSLContext dsl, Collection<Long> leadIds) {
        Map<Long, Addressee> found = new java.util.HashMap<>();
        dsl.select(LEAD.ID, LEAD.FIRST_NAME, LEAD.LAST_NAME, LEAD.COMPANY, LEAD.OFFER)
                .from(LEAD)
                .where(LEAD.ID.in(leadIds))
                .forEach(r -> found.put(r.value1(), new Addressee(r.value2(), r.value3(), r.value4(), r.value5())));
        return found;
    }

    /** OPEN, WON or LOST. */
    public String stageKind(DSLContext dsl, long stageId) {
        return dsl.select(STAGE.KIND).from(STAGE).where(STAGE.ID.eq(stageId)).fetchOne(r -> r.value1());
    }

    private static CadenceRun run(Record r) {
        return new CadenceRun(
                r.get(CADENCE_RUN.ID),
                r.get(CADENCE_RUN.CADENCE_ID),
                r.get(CADENCE_RUN.CADENCE_NAME),
                r.get(CADENCE_RUN.LEAD_ID),
                r.get(CADENCE_RUN.STAGE_ID),
                r.get(CADENCE_RUN.STARTED_AT),
                r.get(CADENCE_RUN.STOPPED_AT),
                r.get(CADENCE_RUN.STOP_REASON));
    }
}
