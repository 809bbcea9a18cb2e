package app.leadkeeper.nurture;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of the task dialog: the lead (fixed, or searched for among the leads), title, kind, priority,
 * due day and time, message; what is wrong with them, in words; and the {@link TaskDraft} they make. A new task is due
 * tomorrow at the start of the working day.
 */
public final class TaskFormModel {
    /** How many leads the search offers at once. */
    static final int LEAD_RESULTS = 8;

    static final int MAX_TITLE = 300;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})(?:[:.h]?(\\d{2}))?");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final LeadService leads;
    private final TaskRunner runner;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final NurtureTask editing;
    private final boolean leadFixed;

    private final ObjectProperty<LeadChoice> lead = new SimpleObjectProperty<>();
    private final StringProperty leadSearch = new SimpleStringProperty("");
    private final ObservableList<LeadChoice> leadResults = FXCollections.observableArrayList();
    private final ObservableList<LeadChoice> leadResultsReadOnly =
            FXCollections.unmodifiableObservableList(leadResults);
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<TaskKind> kind = new SimpleObjectProperty<>(TaskKind.CALL);
    private final ObjectProperty<TaskPriority> priority = new SimpleObjectProperty<>(TaskPriority.NORMAL);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");

    private final ReadOnlyStringWrapper titleProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whenProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whenHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private long searchGeneration;

    private TaskFormModel(
            LeadService leads,
            TaskRunner runner,
            Consumer<Exception> errors,
            Clock clock,
            LeadChoice fixedLead,
            NurtureTask editing) {
        this.leads = leads;
        this.runner = runner;
        this.errors = errors;
        this.clock = clock;
        this.editing = editing;
        this.leadFixed = fixedLead != null;
        if (editing != null) {
            title.set(editing.title());
            kind.set(editing.kind());
            priority.set(editing.priority());
            ZonedDateTime due = editing.dueAt().atZoneSameInstant(clock.getZone());
            date.set(due.toLocalDate());
            time.set(HH_MM.format(due));
            message.set(editing.message() == null ? "" : editing.message());
        } else {
            date.set(LocalDate.now(clock).plusDays(1));
            time.set(HH_MM.format(Snooze.WORKDAY_START));
            if (fixedLead != null
                    && fixedLead.name() != null
                    && !fixedLead.name().isBlank()) {
                // From a lead (Ctrl+T): the usual next step, ready to save with Enter or to change.
                title.set("Follow up with " + fixedLead.name());
                kind.set(TaskKind.CALL);
            }
        }
        lead.set(fixedLead);
        for (Observable input : new Observable[] {lead, title, date, time}) {
            input.addListener(o -> validate());
        }
        validate();
        if (!leadFixed) {
            leadSearch.addListener((obs, old, now) -> searchLeads());
        }
    }

    /** A new task; the user picks the lead. */
    public static TaskFormModel forNewTask(
            LeadService leads, TaskRunner runner, Consumer<Exception> errors, Clock clock) {
        return new TaskFormModel(leads, runner, errors, clock, null, null);
    }

    /** A new task for a lead the user already chose (in the Leads view): the lead is shown, not asked. */
    public static TaskFormModel forLead(
            LeadChoice lead, LeadService leads, TaskRunner runner, Consumer<Exception> errors, Clock clock) {
        return new TaskFormModel(leads, runner, errors, clock, lead, null);
    }

    /** An existing task to change; its lead stays. */
    public static TaskFormModel forTask(
            NurtureTask task, LeadService leads, TaskRunner runner, Consumer<Exception> errors, Clock clock) {
        LeadChoice lead = new LeadChoice(task.leadId(), task.leadName(), task.leadCompany(), task.leadEmail());
        return new TaskFormModel(leads, runner, errors, clock, lead, task);
    }

    /** Offers the newest leads until the user types; call once the dialog shows. */
    public void start() {
        if (!leadFixed) {
            searchLeads();
        }
    }

    /** Looks up the leads matching the search text in the background; a newer search makes older answers obsolete. */
    private void searchLeads() {
        long mine = ++searchGeneration;
        LeadFilter filter = LeadFilter.NONE.withSearch(leadSearch.get());
        runner.run(() -> leads.page(filter, LeadSort.NEWEST_FIRST, PageRequest.first(LEAD_RESULTS)))
                .onSuccess(page -> {
                    if (mine != searchGeneration) {
                        return;
                    }
                    LeadChoice chosen = lead.get();
                    leadResults.setAll(
                            page.rows().stream().map(TaskFormModel::choice).toList());
                    // What stays chosen is what the list shows selected: a lead the new search no longer finds is
                    // let go, so that the dialog never saves a lead the user cannot see.
                    if (chosen != null) {
                        lead.set(leadResults.stream()
                                .filter(c -> c.id() == chosen.id())
                                .findFirst()
                                .orElse(null));
                    }
                })
                .onError(errors)
                .start();
    }

    private static LeadChoice choice(LeadRow row) {
        return new LeadChoice(row.id(), row.name(), row.company(), row.email());
    }

    private void validate() {
        String text = title.get() == null ? "" : title.get().strip();
        titleProblem.set(
                text.length() > MAX_TITLE
                        ? "At most " + MAX_TITLE + " characters (this is " + text.length() + ")."
                        : "");
        Optional<LocalTime> at = parseTime(time.get());
        if (date.get() == null) {
            whenProblem.set("Choose a day.");
        } else if (at.isEmpty()) {
            whenProblem.set("Enter a time like 09:30.");
        } else {
            whenProblem.set("");
        }
        boolean past = date.get() != null
                && at.isPresent()
                && ZonedDateTime.of(date.get(), at.get(), clock.getZone()).isBefore(ZonedDateTime.now(clock));
        whenHint.set(past && editing == null ? "That is in the past: the task will show as overdue." : "");
        boolean noLead = lead.get() == null;
        boolean noTitle = text.isEmpty();
        missing.set(
                noLead && noTitle
                        ? "Choose a lead and give the task a title."
                        : noLead ? "Choose the lead this task is for." : noTitle ? "Give the task a title." : "");
        valid.set(!noLead
                && !noTitle
                && titleProblem.get().isEmpty()
                && whenProblem.get().isEmpty());
    }

    /** "9", "09:30", "9.30", "930", "14h30" → a time; anything else → empty. */
    static Optional<LocalTime> parseTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** The task as entered; only while {@link #validProperty()} holds. */
    public TaskDraft draft() {
        if (!valid.get()) {
            throw new IllegalStateException("the task form is not valid");
        }
        ZonedDateTime due = ZonedDateTime.of(date.get(), parseTime(time.get()).orElseThrow(), clock.getZone());
        return new TaskDraft(
                lead.get().id(), title.get(), kind.get(), priority.get(), due.toOffsetDateTime(), message.get());
    }

    /** The task being edited, or null for a new one. */
    public NurtureTask editing() {
        return editing;
    }

    public boolean isLeadFixed() {
        return leadFixed;
    }

    public ObjectProperty<LeadChoice> leadProperty() {
        return lead;
    }

    public StringProperty leadSearchProperty() {
        return leadSearch;
    }

    public ObservableList<LeadChoice> leadResults() {
        return leadResultsReadOnly;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<TaskKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<TaskPriority> priorityProperty() {
        return priority;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    /** The due time as typed, "HH:mm". */
    public StringProperty timeProperty() {
        return time;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** What is wrong with the title, or empty. */
    public ReadOnlyStringProperty titleProblemProperty() {
        return titleProblem.getReadOnlyProperty();
    }

    /** What is wrong with the due day or time, or empty. */
    public ReadOnlyStringProperty whenProblemProperty() {
        return whenProblem.getReadOnlyProperty();
    }

    /** A note on a valid due time (in the past), or empty. */
    public ReadOnlyStringProperty whenHintProperty() {
        return whenHint.getReadOnlyProperty();
    }

    /** What must still be filled in before the task can be saved, or empty. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
