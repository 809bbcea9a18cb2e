package app.leadkeeper.settings;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TextKeys;
import app.leadkeeper.core.UserException;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageService;
import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.CadenceService;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.Placeholders;
import app.leadkeeper.nurture.TaskKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The cadence editor: the saved cadences, and a draft of the selected one that is edited in place, then saved or
 * reverted as a whole, since the service checks a cadence as a whole (a name, at least one step, a title on each).
 * Database work runs off the FX thread; after a save or a delete the list is read again, so it shows what is stored.
 */
public final class CadencesModel {
    private static final int MAX_NAME = 200;
    /** An id no cadence has: after a command, "show the first one, if any". */
    private static final long NONE = -1;

    private static final int MAX_TITLE = 300;

    private final CadenceService cadences;
    private final StageService stages;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;

    private final ObservableList<Cadence> items = FXCollections.observableArrayList();
    private final ObservableList<Cadence> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ObservableList<CadenceTrigger> triggers = FXCollections.observableArrayList(CadenceTrigger.BY_HAND);
    private final ObservableList<CadenceTrigger> readOnlyTriggers = FXCollections.unmodifiableObservableList(triggers);
    private final Map<Long, Stage> stagesById = new HashMap<>();
    private final ReadOnlyObjectWrapper<Cadence> selected = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty offer = new SimpleStringProperty("");
    private final ObjectProperty<CadenceTrigger> trigger = new SimpleObjectProperty<>(CadenceTrigger.BY_HAND);
    private final ObservableList<CadenceStep> steps = FXCollections.observableArrayList();
    private final ObservableList<CadenceStep> readOnlySteps = FXCollections.unmodifiableObservableList(steps);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** The saved cadence to come back to when a new, unsaved one is thrown away. */
    private Long previous;
    /** Set while the draft is filled from a cadence: those changes are not the user's edits. */
    private boolean filling;

    public CadencesModel(CadenceService cadences, StageService stages, TaskRunner tasks, Consumer<Exception> errors) {
        this.cadences = cadences;
        this.stages = stages;
        this.tasks = tasks;
        this.errors = errors;
        busy.bind(pending.greaterThan(0));
        name.addListener((obs, old, now) -> edited());
        offer.addListener((obs, old, now) -> edited());
        trigger.addListener((obs, old, now) -> edited());
        steps.addListener((ListChangeListener<CadenceStep>) change -> edited());
    }

    /** The saved cadences by name, and at the end a new one not saved yet (id 0), while there is one. */
    public ObservableList<Cadence> items() {
        return readOnlyItems;
    }

    /** The cadence being edited as it was loaded (id 0 when new); null when there is none. */
    public ReadOnlyObjectProperty<Cadence> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** What fills {offer} when the lead has no offer of its own. */
    public StringProperty offerProperty() {
        return offer;
    }

    /** The stage whose entry starts the cadence, or {@link CadenceTrigger#BY_HAND}; one of {@link #triggers()}. */
    public ObjectProperty<CadenceTrigger> triggerProperty() {
        return trigger;
    }

    /** "Never (start by hand)" and then the open stages in pipeline order. */
    public ObservableList<CadenceTrigger> triggers() {
        return readOnlyTriggers;
    }

    /** The draft's steps in the order of their days, as they will be stored. */
    public ObservableList<CadenceStep> steps() {
        return readOnlySteps;
    }

    /** Whether the draft differs from what is stored (a new cadence always does until it is saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether the cadences were read at least once: until then an empty list means nothing yet. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last command did, in a sentence; cleared by the next edit or choice of another cadence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last save was refused (the service's words); cleared by the next edit. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The cadence as the draft has it now. */
    public Cadence draft() {
        Cadence base = selected.get();
        CadenceTrigger chosen = trigger.get();
        return new Cadence(
                base == null ? 0 : base.id(), name.get(), offer.get(), chosen == null ? null : chosen.stageId(), steps);
    }

    /**
     * Reads the cadences and the stages again. A draft with changes is kept as it is; otherwise the same cadence is
     * shown again (or the first one). Does nothing while a command runs: that one reads everything when it is done.
     */
    public void load() {
        if (!busy.get()) {
            execute(() -> new Done(null, null), null);
        }
    }

    /** Shows another cadence; the draft's changes are dropped, so the view asks first. */
    public void select(long id) {
        Cadence current = selected.get();
        if (current != null && current.id() == id) {
            return;
        }
        items.stream().filter(c -> c.id() == id).findFirst().ifPresent(cadence -> {
            show(cadence);
            message.set("");
        });
    }

    /** Starts a new cadence, not saved until {@link #save()}. */
    public void newCadence() {
        if (!busy.get()) {
            startUnsaved(new Cadence(0, uniqueName("New cadence"), null, null, List.of()));
            message.set("");
        }
    }

    /**
     * Starts a copy of the selected cadence, with its steps and offer, not saved until {@link #save()}. The copy starts
     * by hand: two cadences on one stage would give every lead entering it both sets of tasks.
     */
    public void duplicate() {
        Cadence source = selected.get();
        if (source == null || source.id() == 0 || dirty.get() || busy.get()) {
            return;
        }
        startUnsaved(new Cadence(0, uniqueName(source.name() + " (copy)"), source.offer(), null, source.steps()));
        message.set("A copy of “" + source.name() + "”, started by hand until you choose a stage. Save it to keep it.");
    }

    /** Puts the draft back as stored; a new cadence is thrown away. */
    public void revert() {
        Cadence current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        if (current.id() == 0) {
            items.removeIf(c -> c.id() == 0);
            show(items.stream()
                    .filter(c -> previous != null && c.id() == previous)
                    .findFirst()
                    .orElse(items.isEmpty() ? null : items.getFirst()));
        } else {
            show(current);
        }
        problem.set("");
        message.set("");
    }

    public void save() {
        save(null);
    }

    /** Saves the draft; {@code then} runs after it was saved (not when it was refused). */
    public void save(Runnable then) {
        if (selected.get() == null || busy.get()) {
            return;
        }
        Cadence draft = draft();
        execute(
                () -> {
                    Cadence saved = cadences.save(draft);
                    String starts = saved.triggerStageId() == null
                            ? ""
                            : " It starts on every lead that enters “" + stageName(saved.triggerStageId()) + "”.";
                    return new Done(saved.id(), "Saved the cadence “" + saved.name() + "”." + starts);
                },
                then);
    }

    /** Deletes the selected cadence (a new one is just thrown away); the tasks it created stay on their leads. */
    public void delete() {
        Cadence current = selected.get();
        if (current == null || busy.get()) {
            return;
        }
        if (current.id() == 0) {
            revert();
            return;
        }
        List<Cadence> saved = items.stream().filter(c -> c.id() != 0).toList();
        int index = saved.indexOf(current);
        long next = index + 1 < saved.size()
                ? saved.get(index + 1).id()
                : index > 0 ? saved.get(index - 1).id() : NONE;
        execute(
                () -> {
                    cadences.delete(current.id());
                    return new Done(
                            next,
                            "Deleted the cadence “" + current.name() + "”; the tasks it created stay on their leads.");
                },
                null);
    }

    /** A step to start the step editor with: day 0 for the first step, else two days after the last. */
    public CadenceStep suggestedStep() {
        if (steps.isEmpty()) {
            return new CadenceStep(0, TaskKind.EMAIL, "", null);
        }
        int last = steps.getLast().dayOffset();
        return new CadenceStep(Math.min(CadenceService.MAX_DAY_OFFSET, last + 2), TaskKind.CALL, "", null);
    }

    /** Adds a step in the order of its day; returns where it went. */
    public int addStep(CadenceStep step) {
        steps.add(step);
        return sortSteps(steps.size() - 1);
    }

    /** Replaces a step, which moves if its day changed; returns where it went. */
    public int updateStep(int index, CadenceStep step) {
        if (index < 0 || index >= steps.size()) {
            return -1;
        }
        steps.set(index, step);
        return sortSteps(index);
    }

    /** Adds a copy of a step right after it (same day); returns where the copy went. */
    public int duplicateStep(int index) {
        if (index < 0 || index >= steps.size()) {
            return -1;
        }
        steps.add(index + 1, steps.get(index));
        return index + 1;
    }

    public void removeStep(int index) {
        if (index >= 0 && index < steps.size()) {
            steps.remove(index);
        }
    }

    /** Why a cadence cannot have this name (other than its own), or empty; the service checks it again on saving. */
    public Optional<String> nameProblem(String text) {
        String clean = TextKeys.clean(text);
        if (clean == null) {
            return Optional.of("A cadence needs a name.");
        }
        if (clean.length() > MAX_NAME) {
            return Optional.of("At most " + MAX_NAME + " characters.");
        }
        long own = selected.get() == null ? 0 : selected.get().id();
        String key = TextKeys.fold(clean);
        boolean taken = items.stream()
                .anyMatch(c ->
                        c.id() != 0 && c.id() != own && TextKeys.fold(c.name()).equals(key));
        return taken ? Optional.of("There is already a cadence named “" + clean + "”.") : Optional.empty();
    }

    /** Why a step's title cannot be used, or empty. */
    public Optional<String> titleProblem(String title) {
        String clean = TextKeys.clean(title);
        if (clean == null) {
            return Optional.of("A step needs a title, such as “Call {first_name}”.");
        }
        return clean.length() > MAX_TITLE ? Optional.of("At most " + MAX_TITLE + " characters.") : Optional.empty();
    }

    /** The text as the sample lead would get it, with the draft's offer. */
    public String preview(String template) {
        return Placeholders.fill(
                template,
                CadenceTexts.SAMPLE_FIRST_NAME,
                CadenceTexts.SAMPLE_LAST_NAME,
                CadenceTexts.SAMPLE_COMPANY,
                offer.get());
    }

    /** How a cadence starts, for the list: the stage whose entry starts it, or by hand. */
    public String startText(Cadence cadence) {
        if (cadence.id() == 0) {
            return "Not saved yet";
        }
        Long stage = cadence.triggerStageId();
        return stage == null || !stagesById.containsKey(stage)
                ? "Started by hand"
                : "When a lead enters " + stagesById.get(stage).name();
    }

    private String stageName(long id) {
        return stages.stages().stream()
                .filter(s -> s.id() == id)
                .map(Stage::name)
                .findFirst()
                .orElse("?");
    }

    private void startUnsaved(Cadence cadence) {
        Cadence current = selected.get();
        if (current != null && current.id() != 0) {
            previous = current.id();
        }
        items.removeIf(c -> c.id() == 0);
        items.add(cadence);
        show(cadence);
    }

    private String uniqueName(String wanted) {
        String base = wanted.length() > MAX_NAME - 4
                ? wanted.substring(0, MAX_NAME - 4).strip()
                : wanted;
        String candidate = base;
        for (int n = 2; taken(candidate); n++) {
            candidate = base + " " + n;
        }
        return candidate;
    }

    private boolean taken(String candidate) {
        String key = TextKeys.fold(candidate);
        return items.stream().anyMatch(c -> TextKeys.fold(c.name()).equals(key));
    }

    /** Fills the draft from a cadence (or empties it). */
    private void show(Cadence cadence) {
        if (cadence == null || cadence.id() != 0) {
            items.removeIf(c -> c.id() == 0 && c != cadence);
        }
        filling = true;
        try {
            name.set(cadence == null ? "" : cadence.name());
            offer.set(cadence == null || cadence.offer() == null ? "" : cadence.offer());
            setTriggers(cadence == null ? null : cadence.triggerStageId());
            steps.setAll(cadence == null ? List.of() : cadence.steps());
            selected.set(cadence);
        } finally {
            filling = false;
        }
        problem.set("");
        updateDirty();
    }

    /** Offers "by hand" and the open stages, plus the chosen stage should it no longer be open; selects {@code want}. */
    private void setTriggers(Long want) {
        List<CadenceTrigger> choices = new ArrayList<>();
        choices.add(CadenceTrigger.BY_HAND);
        stagesById.values().stream()
                .sorted(Comparator.comparingInt(Stage::position))
                .filter(s -> s.isOpen() || s.id() == (want == null ? -1 : want))
                .forEach(s -> choices.add(new CadenceTrigger(
                        s.id(),
                        s.isOpen() ? s.name() : s.name() + " (" + s.kind().label() + ")")));
        if (!choices.equals(triggers)) {
            triggers.setAll(choices);
        }
        trigger.set(choices.stream()
                .filter(c -> want == null ? c.byHand() : want.equals(c.stageId()))
                .findFirst()
                .orElse(CadenceTrigger.BY_HAND));
    }

    private void edited() {
        if (!filling) {
            problem.set("");
            message.set("");
            updateDirty();
        }
    }

    private void updateDirty() {
        Cadence base = selected.get();
        dirty.set(base != null && (base.id() == 0 || !draft().equals(base)));
    }

    /** Steps stay in the order of their days, as the service stores them (a stable sort); returns where one went. */
    private int sortSteps(int moved) {
        List<Integer> order = IntStream.range(0, steps.size())
                .boxed()
                .sorted(Comparator.comparingInt(i -> steps.get(i).dayOffset()))
                .toList();
        List<CadenceStep> sorted = order.stream().map(steps::get).toList();
        if (!sorted.equals(steps)) {
            steps.setAll(sorted);
        }
        return order.indexOf(moved);
    }

    /**
     * Runs a command, then reads the cadences and stages back, all off the FX thread. A refusal of the service (a
     * {@link UserException}) stays beside the draft, which is kept; anything else is reported and the list read again.
     */
    private void execute(Callable<Done> command, Runnable then) {
        pending.set(pending.get() + 1);
        boolean[] outcome = new boolean[2]; // succeeded, failed unexpectedly
        tasks.run(() -> {
                    Done done = command.call();
                    return new Loaded(done, cadences.all(), stages.stages());
                })
                .onSuccess(result -> {
                    apply(result);
                    outcome[0] = true;
                })
                .onError(e -> {
                    if (e instanceof UserException) {
                        problem.set(e.getMessage());
                    } else {
                        outcome[1] = true;
                        errors.accept(e);
                    }
                })
                .andFinally(() -> {
                    pending.set(pending.get() - 1);
                    // Only now, no longer busy, may what follows run its own commands.
                    if (outcome[0] && then != null) {
                        then.run();
                    } else if (outcome[1]) {
                        load();
                    }
                })
                .start();
    }

    private void apply(Loaded loaded) {
        stagesById.clear();
        loaded.stages().forEach(s -> stagesById.put(s.id(), s));
        Cadence current = selected.get();
        Long want = loaded.done().select();
        boolean keepDraft = want == null && current != null && dirty.get();
        List<Cadence> list = new ArrayList<>(loaded.cadences());
        if (keepDraft && current.id() == 0) {
            list.add(current);
        }
        items.setAll(list);
        if (keepDraft) {
            CadenceTrigger chosen = trigger.get();
            filling = true;
            try {
                setTriggers(chosen == null ? null : chosen.stageId());
            } finally {
                filling = false;
            }
            updateDirty();
        } else {
            long id = want != null ? want : current == null ? -1 : current.id();
            show(list.stream().filter(c -> c.id() == id).findFirst().orElse(list.isEmpty() ? null : list.getFirst()));
        }
        this.loaded.set(true);
        if (loaded.done().message() != null) {
            message.set(loaded.done().message());
        }
    }

    /** What a command leaves behind: the cadence to show (null: the same as before) and a sentence. */
    private record Done(Long select, String message) {}

    private record Loaded(Done done, List<Cadence> cadences, List<Stage> stages) {}
}
