package app.leadkeeper.nurture;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.leads.ChangeCause;
import app.leadkeeper.leads.StageListener;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Cadences: the editable templates, applying one to leads (each step becomes a task, due on its day), and the stage
 * rules: a cadence with a trigger stage starts on every lead entering that stage, and a run stops, with its unfinished
 * tasks removed, when the lead leaves the stage that started it or is won or lost.
 */
public final class CadenceService implements StageListener {
    public static final int MAX_DAY_OFFSET = 365;

    private final DSLContext dsl;
    private final CadenceRepository cadences;
    private final TaskRepository tasks;
    private final TaskService taskService;
    private final Clock clock;
    /** Cadences by the stage that starts them; read on first need, dropped when cadences change. */
    private volatile Map<Long, List<Cadence>> triggers;

    public CadenceService(
            DSLContext dsl, CadenceRepository cadences, TaskRepository tasks, TaskService taskService, Clock clock) {
        this.dsl = dsl;
        this.cadences = cadences;
        this.tasks = tasks;
        this.taskService = taskService;
        this.clock = clock;
    }

    /** Every cadence, by name. */
    public List<Cadence> all() {
        return cadences.all(dsl);
    }

    /**
     * Saves a new (id 0) or changed cadence. A name is needed and must differ from the others; there must be at least
     * one step, each with a title and a day from 0 to 365. Steps are kept in the order of their days.
     */
    public Cadence save(Cadence cadence) {
        if (cadence.name().isEmpty()) {
            throw new UserException("A cadence needs a name.");
        }
        if (cadence.name().length() > 200) {
            throw new UserException("A cadence's name can be at most 200 characters.");
        }
        if (cadence.steps().isEmpty()) {
            throw new UserException("The cadence \"" + cadence.name() + "\" needs at least one step.");
        }
        for (int i = 0; i < cadence.steps().size(); i++) {
            CadenceStep step = cadence.steps().get(i);
            if (step.title().isEmpty()) {
                throw new UserException("Step " + (i + 1) + " of \"" + cadence.name() + "\" needs a title.");
            }
            if (step.dayOffset() < 0 || step.dayOffset() > MAX_DAY_OFFSET) {
                throw new UserException("Step " + (i + 1) + " of \"" + cadence.name() + "\": the day must be from 0 to "
                        + MAX_DAY_OFFSET + ", not " + step.dayOffset() + ".");
            }
        }
        List<CadenceStep> ordered = new ArrayList<>(cadence.steps());
        ordered.sort(java.util.Comparator.comparingInt(CadenceStep::dayOffset));
        Cadence sorted = new Cadence(cadence.id(), cadence.name(), cadence.offer(), cadence.triggerStageId(), ordered);
        long id = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            cadences.idByName(tx, sorted.name())
                    .filter(other -> other != sorted.id())
                    .ifPresent(other -> {
                        throw new UserException("There is already a cadence named \"" + sorted.name() + "\".");
                    });
            return cadences.save(tx, sorted);
        });
        triggers = null;
        return sorted.withId(id);
    }

    /** Deletes a cadence; its runs stay in the leads' history, their tasks stay as they are. */
    public void delete(long id) {
        dsl.transaction(cfg -> cadences.delete(cfg.dsl(), id));
        triggers = null;
    }

    /** What applying a cadence did: leads it started on, leads skipped (already running it, or deleted), tasks made. */
    public record Applied(int started, int skipped, int tasks) {}

    /**
     * Starts a cadence on leads by hand, in one transaction: each step becomes a task on each lead, due on its day
     * counted from now. A lead already running this cadence is skipped. Honours cancel (nothing is then written).
     */
    public Applied apply(long cadenceId, Collection<Long> leadIds, Progress progress) {
        Cadence cadence =
                cadences.find(dsl, cadenceId).orElseThrow(() -> new UserException("That cadence no longer exists."));
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Long> leads = List.copyOf(new java.util.LinkedHashSet<>(leadIds));
        Applied applied = dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int started = 0;
            int skipped = 0;
            int created = 0;
            // A chunk at a time: which leads already run it, and their names, in one read each; tasks in one batch.
            for (int from = 0; from < leads.size(); from += CHUNK) {
                progress.checkCancelled();
                List<Long> chunk = leads.subList(from, Math.min(leads.size(), from + CHUNK));
                Set<Long> running = cadences.leadsRunning(tx, cadence.id(), chunk);
                Map<Long, CadenceRepository.Addressee> addressees = cadences.addressees(tx, chunk);
                List<Long> starting = new ArrayList<>();
                for (long leadId : chunk) {
                    if (running.contains(leadId) || !addressees.containsKey(leadId)) {
                        skipped++;
                    } else {
                        starting.add(leadId);
                    }
                }
                Map<Long, Long> runIds = cadences.startRuns(tx, cadence, starting, now);
                List<TaskRepository.NewTask> made = new ArrayList<>();
                for (long leadId : starting) {
                    for (TaskDraft draft : drafts(cadence, leadId, addressees.get(leadId), now)) {
                        made.add(new TaskRepository.NewTask(draft, runIds.get(leadId)));
                    }
                }
                started += starting.size();
                tasks.insertAll(tx, made, now);
                created += made.size();
                int done = Math.min(leads.size(), from + CHUNK);
                progress.update(done / (double) leads.size(), done + " of " + leads.size() + " leads");
            }
            return new Applied(started, skipped, created);
        });
        taskService.changed();
        return applied;
    }

    private static final int CHUNK = 500;

    /** The lead's cadence runs, newest first. */
    public List<CadenceRun> runs(long leadId) {
        return cadences.runs(dsl, leadId);
    }

    /** Removes every cadence run of a person being erased, inside the caller's transaction; returns how many. */
    public int eraseLead(DSLContext tx, long leadId) {
        return cadences.deleteRunsOfLead(tx, leadId);
    }

    /** Stops a run by hand; its unfinished tasks are removed. */
    public void stop(long runId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        dsl.transaction(cfg -> {
            cadences.stop(cfg.dsl(), List.of(runId), now, "STOPPED");
            tasks.deleteOpenOfRuns(cfg.dsl(), List.of(runId));
        });
        taskService.changed();
    }

    @Override
    public void entered(
            DSLContext tx, long leadId, Long fromStage, long toStage, OffsetDateTime at, ChangeCause cause) {
        boolean changed = false;
        Set<Long> runningCadences = Set.of();
        if (fromStage != null) {
            List<CadenceRun> running = cadences.running(tx, leadId);
            if (!running.isEmpty()) {
                boolean closed = !"OPEN".equals(cadences.stageKind(tx, toStage));
                List<Long> stop = new ArrayList<>();
                Set<Long> stillRunning = new HashSet<>();
                for (CadenceRun run : running) {
                    if (closed || (run.stageId() != null && run.stageId() != toStage)) {
                        stop.add(run.id());
                    } else if (run.cadenceId() != null) {
                        stillRunning.add(run.cadenceId());
                    }
                }
                if (!stop.isEmpty()) {
                    cadences.stop(tx, stop, at, closed ? "CLOSED" : "LEFT_STAGE");
                    tasks.deleteOpenOfRuns(tx, stop);
                    changed = true;
                }
                runningCadences = stillRunning;
            }
        }
        if (cause != ChangeCause.UNDO) {
            for (Cadence cadence : triggers(tx).getOrDefault(toStage, List.of())) {
                if (!runningCadences.contains(cadence.id()) && start(tx, cadence, leadId, toStage, at) >= 0) {
                    changed = true;
                }
            }
        }
        if (changed) {
            // Views read tasks again; the change is committed by the time they look, or they look again later.
            taskService.changed();
        }
    }

    /** Starts a run and creates its tasks; returns how many, or -1 when the lead does not exist. */
    private int start(DSLContext tx, Cadence cadence, long leadId, Long stageId, OffsetDateTime at) {
        CadenceRepository.Addressee lead = cadences.addressee(tx, leadId).orElse(null);
        if (lead == null) {
            return -1;
        }
        long runId = cadences.startRun(tx, cadence, leadId, stageId, at);
        for (TaskDraft draft : drafts(cadence, leadId, lead, at)) {
            tasks.insert(tx, draft, runId, at);
        }
        return cadence.steps().size();
    }

    /** The cadence's steps as tasks for one lead, texts filled and due days counted from {@code at}. */
    private List<TaskDraft> drafts(Cadence cadence, long leadId, CadenceRepository.Addressee lead, OffsetDateTime at) {
        String offer = lead.offer() == null || lead.offer().isBlank() ? cadence.offer() : lead.offer();
        ZonedDateTime start = at.atZoneSameInstant(clock.getZone());
        List<TaskDraft> drafts = new ArrayList<>(cadence.steps().size());
        for (CadenceStep step : cadence.steps()) {
            String title = Placeholders.fill(step.title(), lead.firstName(), lead.lastName(), lead.company(), offer);
            String message =
                    Placeholders.fill(step.message(), lead.firstName(), lead.lastName(), lead.company(), offer);
            drafts.add(new TaskDraft(
                    leadId,
                    title.length() > 300 ? title.substring(0, 300) : title,
                    step.kind(),
                    TaskPriority.NORMAL,
                    CadenceSchedule.dueAt(start, step.dayOffset()).toOffsetDateTime(),
                    message));
        }
        return drafts;
    }

    private Map<Long, List<Cadence>> triggers(DSLContext tx) {
        Map<Long, List<Cadence>> known = triggers;
        if (known == null) {
            known = new HashMap<>();
            for (Cadence cadence : cadences.all(tx)) {
                if (cadence.triggerStageId() != null && !cadence.steps().isEmpty()) {
                    known.computeIfAbsent(cadence.triggerStageId(), k -> new ArrayList<>())
                            .add(cadence);
                }
            }
            triggers = known;
        }
        return known;
    }

    /**
     * A stage is being deleted and its leads moved on: they left the stage, so the runs it started stop, their open
     * tasks removed, as on any move out of it.
     */
    public void stageRemoved(DSLContext tx, long stageId, OffsetDateTime at) {
        List<Long> runs = cadences.runningOfStage(tx, stageId);
        if (!runs.isEmpty()) {
            cadences.stop(tx, runs, at, "LEFT_STAGE");
            tasks.deleteOpenOfRuns(tx, runs);
            taskService.changed();
        }
        triggers = null;
    }

    /** Reads the stage rules again (a stage was deleted, so a trigger may have gone with it). */
    public void forgetTriggers() {
        triggers = null;
    }
}
