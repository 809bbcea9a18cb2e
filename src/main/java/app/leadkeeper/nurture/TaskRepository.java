package app.leadkeeper.nurture;

import static app.leadkeeper.db.Tables.CADENCE_RUN;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.TASK;

import app.leadkeeper.db.tables.records.TaskRecord;
import app.leadkeeper.leads.LeadNames;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectJoinStep;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/** Reads and writes follow-up tasks. Every method takes the DSLContext of the caller's transaction. */
public final class TaskRepository {

    public long insert(DSLContext dsl, TaskDraft draft, Long cadenceRunId, OffsetDateTime now) {
        TaskRecord record = dsl.newRecord(TASK);
        fill(record, draft);
        record.setCadenceRunId(cadenceRunId);
        record.setCreatedAt(now);
        record.store();
        return record.getId();
    }

    /** Writes the user's fields over a task; false when it no longer exists. */
    public boolean update(DSLContext dsl, long id, TaskDraft draft) {
        TaskRecord record = dsl.selectFrom(TASK).where(TASK.ID.eq(id)).fetchOne();
        if (record == null) {
            return false;
        }
        fill(record, draft);
        record.update();
        return true;
    }

    private static void fill(TaskRecord record, TaskDraft draft) {
        record.setLeadId(draft.leadId());
        record.setTitle(draft.title());
        record.setKind(draft.kind().name());
        record.setPriority(draft.priority().name());
        record.setDueAt(draft.dueAt());
        record.setMessage(draft.message());
    }

    public Optional<NurtureTask> find(DSLContext dsl, long id) {
        return select(dsl).where(TASK.ID.eq(id)).fetchOptional(TaskRepository::task);
    }

    public List<NurtureTask> find(DSLContext dsl, Collection<Long> ids) {
        return select(dsl).where(TASK.ID.in(ids)).orderBy(TASK.DUE_AT, TASK.ID).fetch(TaskRepository::task);
    }

    /** Open tasks due in [from, to), soonest first, higher priority first at the same time. */
    public List<NurtureTask> open(DSLContext dsl, OffsetDateTime from, OffsetDateTime to, int limit) {
        Condition due = TASK.DONE_AT.isNull();
        if (from != null) {
            due = due.and(TASK.DUE_AT.ge(from));
        }
        if (to != null) {
            due = due.and(TASK.DUE_AT.lt(to));
        }
        return select(dsl)
                .where(due)
                .orderBy(TASK.DUE_AT, priorityFirst(), TASK.ID)
                .limit(limit)
                .fetch(TaskRepository::task);
    }

    /** Open tasks due in (after, until]: those that fell due between two looks at the clock. */
    public List<NurtureTask> fallenDue(DSLContext dsl, OffsetDateTime after, OffsetDateTime until, int limit) {
        return select(dsl)
                .where(TASK.DONE_AT.isNull().and(TASK.DUE_AT.gt(after)).and(TASK.DUE_AT.le(until)))
                .orderBy(TASK.DUE_AT, priorityFirst(), TASK.ID)
                .limit(limit)
                .fetch(TaskRepository::task);
    }

    /** Done tasks, most recently done first. */
    public List<NurtureTask> done(DSLContext dsl, int limit) {
        return select(dsl)
                .where(TASK.DONE_AT.isNotNull())
                .orderBy(TASK.DONE_AT.desc(), TASK.ID.desc())
                .limit(limit)
                .fetch(TaskRepository::task);
    }

    /** A lead's tasks, open ones by due time, then done ones. */
    public List<NurtureTask> forLead(DSLContext dsl, long leadId) {
        return select(dsl)
                .where(TASK.LEAD_ID.eq(leadId))
                .orderBy(TASK.DUE_AT, TASK.ID)
                .fetch(TaskRepository::task);
    }

    public long countOpen(DSLContext dsl, OffsetDateTime from, OffsetDateTime to) {
        Condition due = TASK.DONE_AT.isNull();
        if (from != null) {
            due = due.and(TASK.DUE_AT.ge(from));
        }
        if (to != null) {
            due = due.and(TASK.DUE_AT.lt(to));
        }
        return dsl.fetchCount(TASK, due);
    }

    public long countDone(DSLContext dsl, OffsetDateTime since) {
        return dsl.fetchCount(TASK, TASK.DONE_AT.ge(since));
    }

    public void setDone(DSLContext dsl, long id, OffsetDateTime doneAt) {
        dsl.update(TASK).set(TASK.DONE_AT, doneAt).where(TASK.ID.eq(id)).execute();
    }

    public int setDue(DSLContext dsl, Collection<Long> ids, OffsetDateTime dueAt) {
        return dsl.update(TASK).set(TASK.DUE_AT, dueAt).where(TASK.ID.in(ids)).execute();
    }

    public int delete(DSLContext dsl, Collection<Long> ids) {
        return dsl.deleteFrom(TASK).where(TASK.ID.in(ids)).execute();
    }

    /** Deletes the unfinished tasks of stopped cadence runs; done ones stay as history. */
    public int deleteOpenOfRuns(DSLContext dsl, Collection<Long> runIds) {
        return dsl.deleteFrom(TASK)
                .where(TASK.CADENCE_RUN_ID.in(runIds).and(TASK.DONE_AT.isNull()))
                .execute();
    }

    /** Puts deleted tasks back as they were, ids included (undo of a delete). */
    public void restore(DSLContext dsl, NurtureTask task, Long cadenceRunId, OffsetDateTime createdAt) {
        TaskRecord record = dsl.newRecord(TASK);
        fill(record, task.draft());
        record.setId(task.id());
        record.setDoneAt(task.doneAt());
        record.setCadenceRunId(cadenceRunId);
        record.setCreatedAt(createdAt);
        dsl.insertInto(TASK).set(record).execute();
    }

    private static SortField<Integer> priorityFirst() {
        return DSL.when(TASK.PRIORITY.eq(TaskPriority.HIGH.name()), 0)
                .when(TASK.PRIORITY.eq(TaskPriority.NORMAL.name()), 1)
                .otherwise(2)
                .asc();
    }

    private static SelectJoinStep<Record> select(DSLContext dsl) {
        return dsl.select(TASK.asterisk())
                .select(
                        LEAD.FIRST_NAME,
                        LEAD.LAST_NAME,
                        LEAD.FULL_NAME,
                        LEAD.EMAIL,
                        LEAD.COMPANY,
                        CADENCE_RUN.CADENCE_NAME)
                .from(TASK)
                .join(LEAD)
                .on(LEAD.ID.eq(TASK.LEAD_ID))
                .leftJoin(CADENCE_RUN)
                .on(CADENCE_RUN.ID.eq(TASK.CADENCE_RUN_ID));
    }

    private static NurtureTask task(Record r) {
        String name = LeadNames.display(r.get(LEAD.FIRST_NAME), r.get(LEAD.LAST_NAME), r.get(LEAD.FULL_NAME));
        return new NurtureTask(
                r.get(TASK.ID),
                r.get(TASK.LEAD_ID),
                name,
                r.get(LEAD.EMAIL),
                r.get(LEAD.COMPANY),
                r.get(TASK.TITLE),
                TaskKind.valueOf(r.get(TASK.KIND)),
                TaskPriority.valueOf(r.get(TASK.PRIORITY)),
                r.get(TASK.DUE_AT),
                r.get(TASK.MESSAGE),
                r.get(TASK.DONE_AT),
                r.get(CADENCE_RUN.CADENCE_NAME));
    }
}
