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
import org.jooq.Field;
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

    /** A task about to be written by a cadence run. */
    public record NewTask(TaskDraft draft, long cadenceRunId) {}

    /** Inserts many tasks as one JDBC batch. */
    public void insertAll(DSLContext dsl, List<NewTask> tasks, OffsetDateTime now) {
        if (tasks.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(
                        TASK,
                        TASK.LEAD_ID,
                        TASK.TITLE,
                        TASK.KIND,
                        TASK.PRIORITY,
                        TASK.DUE_AT,
                        TASK.MESSAGE,
                        TASK.CADENCE_RUN_ID,
                        TASK.CREATED_AT)
                .values((Long) null, null, null, null, null, null, null, null));
        for (NewTask task : tasks) {
            TaskDraft d = task.draft();
            batch = batch.bind(
                    d.leadId(),
                    d.title(),
                    d.kind().name(),
                    d.priority().name(),
                    d.dueAt(),
                    d.message(),
                    task.cadenceRunId(),
                    now);
        }
        batch.execute();
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
        return page(dsl, due, false, limit);
    }

    /**
     * The first {@code limit} tasks matching {@code condition} in due (or done) order, with their leads: the tasks are
     * picked from the narrow task table first, so that only those are joined to the wide lead rows (joining every
     * match before the limit took 300 ms for 16,000 upcoming tasks).
     */
    private static List<NurtureTask> page(DSLContext dsl, Condition condition, boolean byDoneDesc, int limit) {
        // Ordered as an index is (task_due_idx for open tasks, whose done_at are all NULL, so the order is by due time;
        // task_done_idx for done ones), so that H2 reads the page in index order instead of sorting every match: at
        // 1M leads 9,000 index entries read instead of 129,000 and a sort.
        var picked = dsl.selectFrom(TASK)
                .where(condition)
                .orderBy(
                        byDoneDesc
                                ? List.of(TASK.DONE_AT.desc(), TASK.ID.desc())
                                : List.of(TASK.DONE_AT.asc(), TASK.DUE_AT.asc(), TASK.ID.asc()))
                .limit(limit)
                .asTable("picked");
        Field<Long> leadId = picked.field(TASK.LEAD_ID);
        Field<Long> runId = picked.field(TASK.CADENCE_RUN_ID);
        List<SortField<?>> ordering = byDoneDesc
                ? List.of(
                        picked.field(TASK.DONE_AT).desc(), picked.field(TASK.ID).desc())
                : List.of(
                        picked.field(TASK.DUE_AT).asc(),
                        priorityFirst(picked.field(TASK.PRIORITY)),
                        picked.field(TASK.ID).asc());
        return dsl.select(picked.fields())
                .select(
                        LEAD.FIRST_NAME,
                        LEAD.LAST_NAME,
                        LEAD.FULL_NAME,
                        LEAD.EMAIL,
                        LEAD.COMPANY,
                        CADENCE_RUN.CADENCE_NAME)
                .from(picked)
                .join(LEAD)
                .on(LEAD.ID.eq(leadId))
                .leftJoin(CADENCE_RUN)
                .on(CADENCE_RUN.ID.eq(runId))
                .orderBy(ordering)
                .fetch(r -> task(r, picked));
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
        return page(dsl, TASK.DONE_AT.isNotNull(), true, limit);
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

    /** Removes every task of a lead, open and done (an erased person). */
    public int deleteOfLead(DSLContext dsl, long leadId) {
        return dsl.deleteFrom(TASK).where(TASK.LEAD_ID.eq(leadId)).execute();
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
        return priorityFirst(TASK.PRIORITY);
    }

    private static SortField<Integer> priorityFirst(Field<String> priority) {
        return DSL.when(priority.eq(TaskPriority.HIGH.name()), 0)
                .when(priority.eq(TaskPriority.NORMAL.name()), 1)
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
        return task(r, TASK);
    }

    /** Reads a task from a row whose task columns come from {@code tasks} (the table itself or a derived one). */
    private static NurtureTask task(Record r, org.jooq.Table<?> tasks) {
        String name = LeadNames.display(r.get(LEAD.FIRST_NAME), r.get(LEAD.LAST_NAME), r.get(LEAD.FULL_NAME));
        return new NurtureTask(
                r.get(tasks.field(TASK.ID)),
                r.get(tasks.field(TASK.LEAD_ID)),
                name,
                r.get(LEAD.EMAIL),
                r.get(LEAD.COMPANY),
                r.get(tasks.field(TASK.TITLE)),
                TaskKind.valueOf(r.get(tasks.field(TASK.KIND))),
                TaskPriority.valueOf(r.get(tasks.field(TASK.PRIORITY))),
                r.get(tasks.field(TASK.DUE_AT)),
                r.get(tasks.field(TASK.MESSAGE)),
                r.get(tasks.field(TASK.DONE_AT)),
                r.get(CADENCE_RUN.CADENCE_NAME));
    }
}
