package app.leadkeeper.nurture;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.UserException;
import app.leadkeeper.leads.LeadRef;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of nurture in the Leads view. For the lead in the detail pane: its timeline (open tasks
 * first, soonest due first; then everything else, newest first), its touch count, its running cadences and the touch
 * being written. For leads chosen in the table: touches logged at once and cadences started, each with a
 * notification (and Undo where it can be undone). Database work runs through the {@link TaskRunner}; an answer for a
 * lead no longer shown is dropped.
 */
public final class LeadActivityModel {
    /** The time as the user's locale writes it ("14:30", "2:30 PM"); {@link #parseTime} reads it back. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT);
    /** For locales whose short time {@link #parseTime} cannot read back. */
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private static final Pattern TIME_TEXT = Pattern.compile(
            "[\\s\\u202f]*(\\d{1,2})(?:[:.](\\d{2}))?[\\s\\u202f]*(?:([aApP])\\.?[mM]\\.?)?[\\s\\u202f]*");

    private final TouchService touches;
    private final TaskService tasks;
    private final CadenceService cadences;
    private final TaskRunner runner;
    private final Notifier notifier;
    private final Consumer<Exception> errors;
    private final Clock clock;

    /** A lead's timeline as read at once: open tasks, soonest due first; then everything else, newest first. */
    public record Timeline(List<TimelineEntry> upcoming, List<TimelineEntry> history) {
        public Timeline {
            upcoming = List.copyOf(upcoming);
            history = List.copyOf(history);
        }
    }

    private final ReadOnlyObjectWrapper<LeadRef> lead = new ReadOnlyObjectWrapper<>();
    /** Replaced whole, so that a view rebuilds once per reading; null until read. */
    private final ReadOnlyObjectWrapper<Timeline> timeline = new ReadOnlyObjectWrapper<>();

    private final ObservableList<CadenceRun> running = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<CadenceRun> runningReadOnly = FXCollections.unmodifiableObservableList(running);

    private final ReadOnlyIntegerWrapper touchCount = new ReadOnlyIntegerWrapper(-1);

    private final ReadOnlyObjectWrapper<TouchKind> composing = new ReadOnlyObjectWrapper<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canLog = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper logging = new ReadOnlyBooleanWrapper();

    /** Set while the composer is filled in by code: only the user's edits of day and time count as edits. */
    private boolean filling;
    /** Whether the user changed day or time; if not, the touch is logged at the moment Log is pressed. */
    private boolean whenEdited;

    private long generation;

    public LeadActivityModel(
            TouchService touches,
            TaskService tasks,
            CadenceService cadences,
            TaskRunner runner,
            Notifier notifier,
            Consumer<Exception> errors,
            Clock clock) {
        this.touches = touches;
        this.tasks = tasks;
        this.cadences = cadences;
        this.runner = runner;
        this.notifier = notifier;
        this.errors = errors;
        this.clock = clock;
        date.addListener((obs, old, now) -> edited());
        time.addListener((obs, old, now) -> edited());
        note.addListener((obs, old, now) -> validate());
        logging.addListener((obs, old, now) -> validate());
    }

    /** Shows this lead's activity (null: none). Another lead closes the touch being written. */
    public void show(LeadRef next) {
        LeadRef was = lead.get();
        lead.set(next);
        if (was == null || next == null || was.id() != next.id()) {
            cancelTouch();
            timeline.set(null);
            running.clear();
            touchCount.set(-1);
        }
        refresh();
    }

    /** Reads the shown lead's timeline and cadences again. */
    public void refresh() {
        long mine = ++generation;
        LeadRef shown = lead.get();
        if (shown == null) {
            return;
        }
        runner.run(() -> new Loaded(touches.timeline(shown.id()), cadences.runs(shown.id())))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        apply(loaded);
                    }
                })
                .onError(errors)
                .start();
    }

    private record Loaded(List<TimelineEntry> entries, List<CadenceRun> runs) {}

    private void apply(Loaded data) {
        List<TimelineEntry> open = new ArrayList<>();
        List<TimelineEntry> rest = new ArrayList<>();
        for (TimelineEntry entry : data.entries()) {
            (entry.kind() == TimelineEntry.Kind.TASK_OPEN ? open : rest).add(entry);
        }
        open.sort(Comparator.comparing(TimelineEntry::at));
        touchCount.set((int)
                rest.stream().filter(e -> e.kind() == TimelineEntry.Kind.TOUCH).count());
        running.setAll(data.runs().stream().filter(CadenceRun::isRunning).toList());
        timeline.set(new Timeline(open, rest));
    }

    /** Opens the composer for a touch of this kind, now, without a note. */
    public void composeTouch(TouchKind kind) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        filling = true;
        try {
            note.set("");
            date.set(now.toLocalDate());
            String local = TIME.format(now);
            LocalTime minute = now.toLocalTime().withSecond(0).withNano(0);
            time.set(minute.equals(parseTime(local)) ? local : HOURS_MINUTES.format(now));
        } finally {
            filling = false;
        }
        whenEdited = false;
        composing.set(Objects.requireNonNull(kind));
        validate();
    }

    public void cancelTouch() {
        composing.set(null);
        problem.set("");
        canLog.set(false);
    }

    private void edited() {
        if (!filling) {
            whenEdited = true;
        }
        validate();
    }

    private void validate() {
        String found = composing.get() == null ? "" : findProblem();
        problem.set(found);
        canLog.set(composing.get() != null && found.isEmpty() && !logging.get() && lead.get() != null);
    }

    private String findProblem() {
        if (date.get() == null) {
            return "Choose the day of the touch.";
        }
        LocalTime at = parseTime(time.get());
        if (at == null) {
            return "Write the time as hours and minutes, e.g. 14:30.";
        }
        if (whenEdited && date.get().atTime(at).atZone(clock.getZone()).isAfter(ZonedDateTime.now(clock))) {
            return "A touch cannot lie in the future: add a task for what is to come.";
        }
        String text = note.get();
        if (text != null && text.strip().length() > 4000) {
            return "A note can be at most 4,000 characters.";
        }
        return "";
    }

    /** "9", "9:30", "09.30", "14:05", "2:05 PM"; null for anything else. */
    static LocalTime parseTime(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = TIME_TEXT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(3) != null) {
            if (hour < 1 || hour > 12) {
                return null;
            }
            hour = hour % 12 + (Character.toLowerCase(m.group(3).charAt(0)) == 'p' ? 12 : 0);
        }
        return hour < 24 && minute < 60 ? LocalTime.of(hour, minute) : null;
    }

    /** Logs the touch being written; on success the composer closes and a notification offers Undo. */
    public void logTouch() {
        validate();
        if (!canLog.get()) {
            return;
        }
        LeadRef target = lead.get();
        TouchKind kind = composing.get();
        OffsetDateTime at = whenEdited
                ? date.get()
                        .atTime(parseTime(time.get()))
                        .atZone(clock.getZone())
                        .toOffsetDateTime()
                : null;
        String text = note.get();
        logging.set(true);
        runner.run(() -> touches.log(target.id(), kind, at, text))
                .onSuccess(touch -> {
                    if (target.equals(lead.get())) {
                        cancelTouch();
                    }
                    notifier.show(
                            TouchPhrases.logged(kind, List.of(target)),
                            "Undo",
                            () -> removeTouches(List.of(touch.id()), kind, List.of(target)));
                    refresh();
                })
                .onError(errors)
                .andFinally(() -> logging.set(false))
                .start();
    }

    /** Logs a touch of this kind, now, on each chosen lead (from the table); the notification offers Undo. */
    public void logTouches(List<LeadRef> chosen, TouchKind kind) {
        if (chosen.isEmpty()) {
            notifier.show("Select one or more leads first");
            return;
        }
        runner.run(() -> {
                    List<Long> ids = new ArrayList<>();
                    for (LeadRef each : chosen) {
                        try {
                            ids.add(touches.log(each.id(), kind, null, null).id());
                        } catch (UserException gone) {
                            // Deleted meanwhile: the others are still logged.
                        }
                    }
                    return ids;
                })
                .onSuccess(ids -> {
                    notifier.show(TouchPhrases.logged(kind, chosen), "Undo", () -> removeTouches(ids, kind, chosen));
                    refresh();
                })
                .onError(errors)
                .start();
    }

    private void removeTouches(List<Long> ids, TouchKind kind, List<LeadRef> leads) {
        runner.run(() -> {
                    ids.forEach(touches::delete);
                    return ids.size();
                })
                .onSuccess(n -> {
                    notifier.show(TouchPhrases.removed(kind, leads));
                    refresh();
                })
                .onError(errors)
                .start();
    }

    /** Deletes a touch shown in the timeline; the notification offers to log it again. */
    public void deleteTouch(TimelineEntry entry) {
        LeadRef target = lead.get();
        TouchKind kind = TimelineIcons.touchKind(entry).orElse(null);
        if (target == null || kind == null) {
            return;
        }
        runner.run(() -> touches.delete(entry.refId()))
                .onSuccess(deleted -> {
                    notifier.show(
                            TouchPhrases.removed(kind, List.of(target)),
                            "Undo",
                            () -> runner.run(() -> touches.log(target.id(), kind, entry.at(), entry.detail()))
                                    .onSuccess(touch -> refresh())
                                    .onError(errors)
                                    .start());
                    refresh();
                })
                .onError(errors)
                .start();
    }

    /** Marks an open task done (which logs its touch); the notification offers Undo. */
    public void completeTask(long taskId) {
        runner.run(() -> tasks.complete(List.of(taskId)))
                .onSuccess(done -> {
                    if (!done.isEmpty()) {
                        NurtureTask task = done.getFirst();
                        notifier.show(
                                "Done: “" + task.title() + "” · logged "
                                        + TouchPhrases.noun(task.kind().touch()),
                                "Undo",
                                () -> runner.run(() -> {
                                            tasks.reopen(List.of(taskId));
                                            return taskId;
                                        })
                                        .onSuccess(id -> refresh())
                                        .onError(errors)
                                        .start());
                    }
                    refresh();
                })
                .onError(errors)
                .start();
    }

    /** Stops a running cadence on the lead shown; its open tasks go with it. */
    public void stopCadence(CadenceRun run) {
        LeadRef target = lead.get();
        runner.run(() -> {
                    cadences.stop(run.id());
                    return run;
                })
                .onSuccess(stopped -> {
                    notifier.show("Stopped “" + run.cadenceName() + "”" + (target == null ? "" : " on " + target.name())
                            + " and removed its open tasks");
                    refresh();
                })
                .onError(errors)
                .start();
    }

    /** Every cadence, handed to {@code then} on the calling side. */
    public void loadCadences(Consumer<List<Cadence>> then) {
        runner.run(cadences::all).onSuccess(then).onError(errors).start();
    }

    /**
     * Starts a cadence on the chosen leads (leads already running it are skipped), honouring cancel; tells what it
     * did. {@code finished} runs afterwards, whatever happened.
     */
    public void startCadence(Cadence cadence, List<LeadRef> chosen, Progress progress, Runnable finished) {
        List<Long> ids = chosen.stream().map(LeadRef::id).toList();
        runner.run(() -> cadences.apply(cadence.id(), ids, progress))
                .onSuccess(applied -> {
                    notifier.show(TouchPhrases.started(cadence.name(), applied, chosen));
                    refresh();
                })
                .onError(e -> {
                    if (e instanceof Progress.CancelledException) {
                        notifier.show("Cancelled: “" + cadence.name() + "” was not started");
                    } else {
                        errors.accept(e);
                    }
                })
                .andFinally(finished)
                .start();
    }

    /** Now, by the model's clock: what "today" and "overdue" are measured against. */
    public ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }

    public ReadOnlyObjectProperty<LeadRef> leadProperty() {
        return lead.getReadOnlyProperty();
    }

    /** The shown lead's timeline; null until read. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline.getReadOnlyProperty();
    }

    /** Open tasks, soonest due first (none until read). */
    public List<TimelineEntry> upcoming() {
        return timeline.get() == null ? List.of() : timeline.get().upcoming();
    }

    /** Everything else, newest first (none until read). */
    public List<TimelineEntry> history() {
        return timeline.get() == null ? List.of() : timeline.get().history();
    }

    /** The cadences running on the lead, newest first. */
    public ObservableList<CadenceRun> running() {
        return runningReadOnly;
    }

    /** The lead's touch count; -1 until read. */
    public ReadOnlyIntegerProperty touchCountProperty() {
        return touchCount.getReadOnlyProperty();
    }

    /** The kind of touch being written; null when the composer is closed. */
    public ReadOnlyObjectProperty<TouchKind> composingProperty() {
        return composing.getReadOnlyProperty();
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    /** What keeps the touch from being logged, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLogProperty() {
        return canLog.getReadOnlyProperty();
    }
}
