package app.leadkeeper.nurture;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of the Nurture view: the four task lists, the counts behind the tabs and the sidebar badge,
 * the selected tasks, and the commands on them (complete, reopen, snooze, reschedule, delete, compose), each acting on
 * every selected task and offering Undo. Database work runs through the {@link TaskRunner}; a newer read makes older
 * answers obsolete.
 */
public final class NurtureModel {
    private static final TaskCounts NO_COUNTS = new TaskCounts(0, 0, 0, 0);
    private static final int QUOTE_LENGTH = 48;

    private final TaskService service;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final Consumer<String> openUri;
    private final LongConsumer openLead;

    private final Map<TaskList, ObservableList<NurtureTask>> lists = new EnumMap<>(TaskList.class);
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final Map<TaskList, ObservableList<NurtureTask>> listsReadOnly = new EnumMap<>(TaskList.class);

    private final ReadOnlyObjectWrapper<TaskCounts> counts = new ReadOnlyObjectWrapper<>(NO_COUNTS);
    private final ReadOnlyObjectWrapper<ZonedDateTime> readAt = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper truncated = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<TaskList> shown = new SimpleObjectProperty<>(TaskList.TODAY);
    private final ObservableList<NurtureTask> selection = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper reselectRevision = new ReadOnlyLongWrapper();
    private final BooleanBinding hasSelection = Bindings.isNotEmpty(selection);
    private final BooleanBinding anyOpen = anySelected(task -> !task.isDone());
    private final BooleanBinding anyDone = anySelected(NurtureTask::isDone);
    private final BooleanBinding single = Bindings.size(selection).isEqualTo(1);
    private final BooleanBinding canCompose = Bindings.createBooleanBinding(
            () -> selection.size() == 1
                    && !selection.getFirst().isDone()
                    && selection.getFirst().kind().isWritten(),
            selection);

    private boolean listsWanted;
    private long generation;
    private long requestedVersion = -1;
    private boolean failing;
    private Set<Long> reselectIds = Set.of();
    private Set<Long> wantSelected = Set.of();

    public NurtureModel(
            TaskService service,
            TaskRunner runner,
            Notifier notifier,
            Consumer<Exception> errors,
            Clock clock,
            Consumer<String> openUri,
            LongConsumer openLead) {
        this.service = service;
        this.runner = runner;
        this.notifier = notifier;
        this.errors = errors;
        this.clock = clock;
        this.openUri = openUri;
        this.openLead = openLead;
        for (TaskList list : TaskList.values()) {
            ObservableList<NurtureTask> tasks = FXCollections.observableArrayList();
            lists.put(list, tasks);
            listsReadOnly.put(list, FXCollections.unmodifiableObservableList(tasks));
        }
    }

    /** From now on every read includes the four lists, not only the counts (the view is on screen). */
    public void showLists() {
        if (!listsWanted) {
            listsWanted = true;
            refresh();
        }
    }

    /** Reads the counts (and the lists, once shown) again: time moves tasks from Today to Overdue. */
    public void refresh() {
        long mine = ++generation;
        requestedVersion = service.version();
        boolean withLists = listsWanted;
        runner.run(() -> read(withLists))
                .onSuccess(snapshot -> {
                    if (mine == generation) {
                        apply(snapshot);
                    }
                })
                .onError(this::readFailed)
                .start();
    }

    /** Reads again only when tasks changed since the last read was asked for. */
    public void refreshIfChanged() {
        if (service.version() != requestedVersion) {
            refresh();
        }
    }

    private Snapshot read(boolean withLists) {
        ZonedDateTime at = ZonedDateTime.now(clock);
        Map<TaskList, List<NurtureTask>> read = new EnumMap<>(TaskList.class);
        if (withLists) {
            for (TaskList list : TaskList.values()) {
                read.put(list, service.list(list));
            }
        }
        return new Snapshot(service.counts(), read, at);
    }

    private record Snapshot(TaskCounts counts, Map<TaskList, List<NurtureTask>> lists, ZonedDateTime at) {}

    private void apply(Snapshot snapshot) {
        failing = false;
        counts.set(snapshot.counts());
        readAt.set(snapshot.at());
        if (snapshot.lists().isEmpty()) {
            return;
        }
        Set<Long> keep = new HashSet<>(ids(selection));
        keep.addAll(wantSelected);
        boolean changed = !wantSelected.isEmpty();
        wantSelected = Set.of();
        boolean full = false;
        for (TaskList list : TaskList.values()) {
            List<NurtureTask> now = snapshot.lists().get(list);
            full |= now.size() >= TaskService.LIST_LIMIT;
            if (!lists.get(list).equals(now)) {
                lists.get(list).setAll(now);
                changed = true;
            }
        }
        truncated.set(full);
        loaded.set(true);
        if (changed) {
            reselect(keep);
        }
    }

    /** A failed read is shown once; while reads keep failing (every half minute) they are only logged. */
    private void readFailed(Exception e) {
        if (failing) {
            Log.error("Reading the tasks failed again", e);
        } else {
            failing = true;
            errors.accept(e);
        }
    }

    /** Marks the selected open tasks done, each logging its touch; offers to undo. */
    public void complete() {
        complete(selected(task -> !task.isDone()));
    }

    private void complete(List<NurtureTask> open) {
        if (open.isEmpty()) {
            return;
        }
        List<Long> ids = ids(open);
        runner.run(() -> service.complete(ids))
                .onSuccess(done -> {
                    if (!done.isEmpty()) {
                        String what = done.size() == 1
                                ? "Completed " + quote(done.getFirst()) + " · logged 1 touch"
                                : "Completed " + done.size() + " tasks · logged " + done.size() + " touches";
                        notifier.show(what, "Undo", () -> reopen(ids(done)));
                    }
                    refreshIfChanged();
                })
                .onError(errors)
                .start();
    }

    /** Opens the selected done tasks again and removes the touches their completion logged. */
    public void reopen() {
        reopen(ids(selected(NurtureTask::isDone)));
    }

    private void reopen(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        runner.run(() -> {
                    service.reopen(ids);
                    return ids.size();
                })
                .onSuccess(n -> {
                    notifier.show(n == 1 ? "Reopened 1 task" : "Reopened " + n + " tasks");
                    refreshIfChanged();
                })
                .onError(errors)
                .start();
    }

    /** Moves the selected open tasks to the snooze choice; offers to undo. */
    public void snooze(Snooze snooze) {
        List<NurtureTask> open = selected(task -> !task.isDone());
        if (open.isEmpty()) {
            return;
        }
        List<Long> ids = ids(open);
        runner.run(() -> service.snooze(ids, snooze))
                .onSuccess(due -> moved("Snoozed", open, due))
                .onError(errors)
                .start();
    }

    /** Gives the selected open tasks a new due time; offers to undo. */
    public void reschedule(OffsetDateTime due) {
        List<NurtureTask> open = selected(task -> !task.isDone());
        if (open.isEmpty()) {
            return;
        }
        List<Long> ids = ids(open);
        runner.run(() -> {
                    service.reschedule(ids, due);
                    return due;
                })
                .onSuccess(when -> moved("Moved", open, when))
                .onError(errors)
                .start();
    }

    private void moved(String verb, List<NurtureTask> before, OffsetDateTime due) {
        String what = before.size() == 1 ? quote(before.getFirst()) : before.size() + " tasks";
        notifier.show(verb + " " + what + " to " + DueText.of(due, now()), "Undo", () -> restoreDue(before));
        refreshIfChanged();
    }

    /** Puts each task back to the due time it had (tasks that shared a due time move together). */
    private void restoreDue(List<NurtureTask> before) {
        Map<OffsetDateTime, List<Long>> byDue = new LinkedHashMap<>();
        before.forEach(task ->
                byDue.computeIfAbsent(task.dueAt(), due -> new ArrayList<>()).add(task.id()));
        runner.run(() -> {
                    byDue.forEach((due, ids) -> service.reschedule(ids, due));
                    return null;
                })
                .onSuccess(none -> {
                    notifier.show(
                            before.size() == 1 ? "Moved the task back" : "Moved " + before.size() + " tasks back");
                    refreshIfChanged();
                })
                .onError(errors)
                .start();
    }

    /** Deletes the selected tasks; offers to undo. */
    public void delete() {
        List<Long> ids = ids(List.copyOf(selection));
        if (ids.isEmpty()) {
            return;
        }
        runner.run(() -> service.delete(ids))
                .onSuccess(deleted -> {
                    if (!deleted.isEmpty()) {
                        String what = deleted.size() == 1
                                ? "Deleted " + quote(deleted.getFirst())
                                : "Deleted " + deleted.size() + " tasks";
                        notifier.show(what, "Undo", () -> restore(deleted));
                    }
                    refreshIfChanged();
                })
                .onError(errors)
                .start();
    }

    private void restore(List<NurtureTask> deleted) {
        runner.run(() -> {
                    service.restore(deleted);
                    return deleted.size();
                })
                .onSuccess(n -> {
                    notifier.show(n == 1 ? "Restored 1 task" : "Restored " + n + " tasks");
                    wantSelected = Set.copyOf(ids(deleted));
                    refreshIfChanged();
                })
                .onError(errors)
                .start();
    }

    /**
     * Opens the user's mail program on a message to the lead: the task's title as subject, its message as body.
     * Nothing is sent from here; afterwards the user may mark the task done in one click.
     */
    public void compose() {
        if (!canCompose.get()) {
            return;
        }
        NurtureTask task = selection.getFirst();
        openUri.accept(MailtoLink.of(task.leadEmail(), task.title(), task.message()));
        String to = task.leadName() == null || task.leadName().isBlank() ? task.leadEmail() : task.leadName();
        notifier.show(
                "Writing to " + (to == null || to.isBlank() ? "the lead" : to) + " in your mail program",
                "Mark done",
                () -> complete(List.of(task)));
    }

    /** Shows the selected task's lead in the Leads view. */
    public void openLead() {
        if (single.get()) {
            openLead.accept(selection.getFirst().leadId());
        }
    }

    /**
     * Adds a task ({@code id} null) or saves an edited one, in the background. The message offers "Show", which runs
     * {@code navigate} (to bring the view up) and selects the task in its list.
     */
    public void save(Long id, TaskDraft draft, Runnable navigate) {
        runner.run(() -> id == null ? service.create(draft) : service.update(id, draft))
                .onSuccess(task -> {
                    String what =
                            (id == null ? "Task added" : "Task saved") + " · due " + DueText.of(task.dueAt(), now());
                    notifier.show(what, "Show", () -> {
                        navigate.run();
                        show(listOf(task, now()), Set.of(task.id()));
                    });
                    refreshIfChanged();
                })
                .onError(errors)
                .start();
    }

    /** Shows a list and selects the given tasks in it (now, and after the next read if they are not there yet). */
    public void show(TaskList list, Set<Long> ids) {
        shown.set(list);
        wantSelected = Set.copyOf(ids);
        reselect(ids);
    }

    private void reselect(Set<Long> ids) {
        reselectIds = Set.copyOf(ids);
        reselectRevision.set(reselectRevision.get() + 1);
    }

    /** Which list a task stands in at {@code now}. */
    static TaskList listOf(NurtureTask task, ZonedDateTime now) {
        if (task.isDone()) {
            return TaskList.DONE;
        }
        if (task.dueAt().toInstant().isBefore(now.toInstant())) {
            return TaskList.OVERDUE;
        }
        ZonedDateTime tomorrow = now.toLocalDate().plusDays(1).atStartOfDay(now.getZone());
        return task.dueAt().toInstant().isBefore(tomorrow.toInstant()) ? TaskList.TODAY : TaskList.UPCOMING;
    }

    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    private List<NurtureTask> selected(Predicate<NurtureTask> which) {
        return selection.stream().filter(which).toList();
    }

    private BooleanBinding anySelected(Predicate<NurtureTask> which) {
        return Bindings.createBooleanBinding(() -> selection.stream().anyMatch(which), selection);
    }

    private static List<Long> ids(List<NurtureTask> tasks) {
        return tasks.stream().map(NurtureTask::id).toList();
    }

    private static String quote(NurtureTask task) {
        String title = task.title();
        return "“" + (title.length() > QUOTE_LENGTH ? title.substring(0, QUOTE_LENGTH - 1) + "…" : title) + "”";
    }

    public ObservableList<NurtureTask> tasks(TaskList list) {
        return listsReadOnly.get(list);
    }

    public ReadOnlyObjectProperty<TaskCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** When the lists were read: the due texts ("2 h late") count from here. */
    public ReadOnlyObjectProperty<ZonedDateTime> readAtProperty() {
        return readAt.getReadOnlyProperty();
    }

    /** Whether the lists have been read once. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether a list holds as many tasks as one read hands out, so that there may be more. */
    public ReadOnlyBooleanProperty truncatedProperty() {
        return truncated.getReadOnlyProperty();
    }

    public ObjectProperty<TaskList> shownProperty() {
        return shown;
    }

    /** The selected tasks of the shown list; the view keeps it in step with the table. */
    public ObservableList<NurtureTask> selection() {
        return selection;
    }

    /** Grows when the view should select {@link #reselectIds()} again (the lists were read anew, or "Show"). */
    public ReadOnlyLongProperty reselectRevisionProperty() {
        return reselectRevision.getReadOnlyProperty();
    }

    public Set<Long> reselectIds() {
        return reselectIds;
    }

    public BooleanBinding hasSelection() {
        return hasSelection;
    }

    /** Whether a selected task is open: complete, snooze and reschedule act on those. */
    public BooleanBinding anyOpenSelected() {
        return anyOpen;
    }

    public BooleanBinding anyDoneSelected() {
        return anyDone;
    }

    public BooleanBinding singleSelected() {
        return single;
    }

    public BooleanBinding canCompose() {
        return canCompose;
    }
}
