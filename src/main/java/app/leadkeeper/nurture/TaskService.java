package app.leadkeeper.nurture;

import app.leadkeeper.core.UserException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Follow-up tasks: add, edit, complete (which logs the matching touch), reopen, snooze, reschedule, delete, and the
 * Today / Overdue / Upcoming / Done lists. Every action is one transaction and may act on many tasks at once. All
 * times come from the {@link Clock}, days from its zone.
 */
public final class TaskService {
    /**
     * The most tasks a list hands out at once (soonest first); the view says when there are more. Each costs a read
     * of its lead's wide row, about 0.1 ms.
     */
    public static final int LIST_LIMIT = 500;

    private final DSLContext dsl;
    private final TaskRepository tasks;
    private final TouchRepository touches;
    private final Clock clock;
    private final AtomicLong version = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public TaskService(DSLContext dsl, TaskRepository tasks, TouchRepository touches, Clock clock) {
        this.dsl = dsl;
        this.tasks = tasks;
        this.touches = touches;
        this.clock = clock;
    }

    /** Called (on the writing thread) after tasks changed; also when a cadence added or removed tasks. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /** Grows with every change of tasks, so that views know when to read them again. */
    public long version() {
        return version.get();
    }

    /** Tells listeners that tasks changed behind this service's back (demo data, cadences). */
    public void changed() {
        version.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    public Clock clock() {
        return clock;
    }

    public NurtureTask create(TaskDraft draft) {
        validate(draft);
        long id;
        try {
            id = dsl.transactionResult(cfg -> tasks.insert(cfg.dsl(), draft, null, OffsetDateTime.now(clock)));
        } catch (IntegrityConstraintViolationException e) {
            throw new UserException("Lead " + draft.leadId() + " no longer exists.");
        }
        changed();
        return find(id);
    }

    public NurtureTask update(long id, TaskDraft draft) {
        validate(draft);
        boolean found = dsl.transactionResult(cfg -> tasks.update(cfg.dsl(), id, draft));
        if (!found) {
            throw gone(id);
        }
        changed();
        return find(id);
    }

    public NurtureTask find(long id) {
        return tasks.find(dsl, id).orElseThrow(() -> gone(id));
    }

    /**
     * Marks open tasks done now and logs the matching touch on each lead (a call task logs a call, an email task an
     * email sent), with the task's title as the note. Tasks already done are left as they are. Returns the tasks
     * completed by this call.
     */
    public List<NurtureTask> complete(Collection<Long> ids) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<NurtureTask> completed = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            List<NurtureTask> done = new ArrayList<>();
            for (NurtureTask task : tasks.find(tx, ids)) {
                if (task.isDone()) {
                    continue;
                }
                tasks.setDone(tx, task.id(), now);
                touches.insert(tx, task.leadId(), task.kind().touch(), now, task.title(), task.id(), now);
                done.add(task);
            }
            return done;
        });
        changed();
        return completed;
    }

    /** Opens done tasks again and removes the touches completing them logged (undo of a completion). */
    public void reopen(Collection<Long> ids) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (NurtureTask task : tasks.find(tx, ids)) {
                if (task.isDone()) {
                    tasks.setDone(tx, task.id(), null);
                    touches.deleteOfTask(tx, task.leadId(), task.id());
                }
            }
        });
        changed();
    }

    /** Moves the tasks' due time to the snooze choice, counted from now. Returns the new due time. */
    public OffsetDateTime snooze(Collection<Long> ids, Snooze snooze) {
        OffsetDateTime due = snooze.from(ZonedDateTime.now(clock)).toOffsetDateTime();
        reschedule(ids, due);
        return due;
    }

    public void reschedule(Collection<Long> ids, OffsetDateTime due) {
        if (due == null) {
            throw new UserException("Choose when the task is due.");
        }
        dsl.transaction(cfg -> tasks.setDue(cfg.dsl(), ids, due));
        changed();
    }

    /**
     * Removes every task of a person being erased, open and done, inside the caller's transaction; returns how many.
     * Call {@link #changed} once the caller committed.
     */
    public int eraseLead(DSLContext tx, long leadId) {
        return tasks.deleteOfLead(tx, leadId);
    }

    /** Deletes tasks; hands back what they were, so that the caller can offer to undo. */
    public List<NurtureTask> delete(Collection<Long> ids) {
        List<NurtureTask> deleted = dsl.transactionResult(cfg -> {
            List<NurtureTask> found = tasks.find(cfg.dsl(), ids);
            tasks.delete(cfg.dsl(), ids);
            return found;
        });
        changed();
        return deleted;
    }

    /** Puts deleted tasks back (their cadence link is not restored: the cadence may have moved on). */
    public void restore(List<NurtureTask> deleted) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(cfg -> deleted.forEach(task -> tasks.restore(cfg.dsl(), task, null, now)));
        changed();
    }

    /** One of the four lists, as it stands now: at most {@link #LIST_LIMIT} tasks. */
    public List<NurtureTask> list(TaskList list) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime tomorrow = startOfTomorrow();
        return switch (list) {
            case TODAY -> tasks.open(dsl, now, tomorrow, LIST_LIMIT);
            case OVERDUE -> tasks.open(dsl, null, now, LIST_LIMIT);
            case UPCOMING -> tasks.open(dsl, tomorrow, null, LIST_LIMIT);
            case DONE -> tasks.done(dsl, LIST_LIMIT);
        };
    }

    public TaskCounts counts() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime tomorrow = startOfTomorrow();
        OffsetDateTime weekAfter = ZonedDateTime.now(clock)
                .toLocalDate()
                .plusDays(8)
                .atStartOfDay(clock.getZone())
                .toOffsetDateTime();
        return new TaskCounts(
                tasks.countOpen(dsl, now, tomorrow),
                tasks.countOpen(dsl, null, now),
                tasks.countOpen(dsl, tomorrow, weekAfter),
                tasks.countDone(dsl, now.minusDays(7)));
    }

    /** Open tasks that fell due after {@code after} and up to now: what a reminder announces. */
    public List<NurtureTask> fallenDueSince(OffsetDateTime after) {
        return tasks.fallenDue(dsl, after, OffsetDateTime.now(clock), 100);
    }

    /** A lead's tasks, open and done, by due time. */
    public List<NurtureTask> forLead(long leadId) {
        return tasks.forLead(dsl, leadId);
    }

    private OffsetDateTime startOfTomorrow() {
        return ZonedDateTime.now(clock)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(clock.getZone())
                .toOffsetDateTime();
    }

    private static void validate(TaskDraft draft) {
        if (draft.title().isEmpty()) {
            throw new UserException("A task needs a title.");
        }
        if (draft.title().length() > 300) {
            throw new UserException("A task's title can be at most 300 characters.");
        }
        if (draft.dueAt() == null) {
            throw new UserException("Choose when the task is due.");
        }
    }

    private static UserException gone(long id) {
        return new UserException("Task " + id + " no longer exists.");
    }
}
