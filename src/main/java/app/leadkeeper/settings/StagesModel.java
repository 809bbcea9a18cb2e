package app.leadkeeper.settings;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TextKeys;
import app.leadkeeper.core.UserException;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.funnel.StageDraft;
import app.leadkeeper.funnel.StageService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline editor: the stages in order with their lead counts, and the list of lost reasons. Every command runs
 * off the FX thread and reloads the whole pipeline afterwards, so the lists always show what the database holds.
 */
public final class StagesModel {
    private static final String[] PALETTE = {
        "#5b8def", "#3fb6c9", "#9b6ddf", "#e0a030", "#2e9e5b", "#c8504a", "#d86fa6", "#6c8a3c", "#8a6d4e", "#4f5fbf"
    };

    private final StageService stages;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final ObservableList<StageRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> lostReasons = FXCollections.observableArrayList();
    private final ObservableList<StageRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<String> readOnlyReasons = FXCollections.unmodifiableObservableList(lostReasons);
    private final ReadOnlyObjectWrapper<Long> focus = new ReadOnlyObjectWrapper<>();
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public StagesModel(StageService stages, TaskRunner tasks, Consumer<Exception> errors) {
        this.stages = stages;
        this.tasks = tasks;
        this.errors = errors;
        busy.bind(pending.greaterThan(0));
    }

    /** The stages in pipeline order. */
    public ObservableList<StageRow> rows() {
        return readOnlyRows;
    }

    public ObservableList<String> lostReasons() {
        return readOnlyReasons;
    }

    /** The stage the last command was about (added, edited or moved), for the view to keep selected; set before rows. */
    public ReadOnlyObjectProperty<Long> focusProperty() {
        return focus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last command did, in a sentence. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void load() {
        execute(() -> new Done(focus.get(), null));
    }

    public void add(StageDraft draft) {
        execute(() -> new Done(
                stages.add(draft).id(), "Added the stage “" + draft.name().strip() + "”."));
    }

    public void update(long id, StageDraft draft) {
        execute(() -> {
            Stage saved = stages.update(id, draft);
            return new Done(id, "Saved the stage “" + saved.name() + "”.");
        });
    }

    /** Moves a stage one place up (-1) or down (+1); nothing happens at either end. */
    public void move(long id, int delta) {
        if (!canMove(id, delta)) {
            return;
        }
        execute(() -> {
            stages.move(id, delta);
            return new Done(id, null);
        });
    }

    public boolean canMove(long id, int delta) {
        int index = indexOf(id);
        return index >= 0 && index + delta >= 0 && index + delta < rows.size();
    }

    /**
     * Why a stage cannot be deleted at all (it is the last of its kind), or empty. The service refuses it too; asking
     * here spares the user the question where its leads should go.
     */
    public Optional<String> deleteProblem(long id) {
        Optional<StageRow> row = find(id);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        Stage stage = row.get().stage();
        long sameKind =
                rows.stream().filter(r -> r.stage().kind() == stage.kind()).count();
        if (sameKind > 1) {
            return Optional.empty();
        }
        return Optional.of("Cannot delete “" + stage.name() + "”: the pipeline needs at least one "
                + stage.kind().label().toLowerCase(Locale.ROOT) + " stage.");
    }

    /** Deletes a stage; {@code moveTo} is where its leads go (null when it holds none). */
    public void delete(long id, Long moveTo) {
        Optional<String> problem = deleteProblem(id);
        if (problem.isPresent()) {
            errors.accept(new UserException(problem.get()));
            return;
        }
        String name = find(id).map(r -> r.stage().name()).orElse("");
        String target =
                moveTo == null ? "" : find(moveTo).map(r -> r.stage().name()).orElse("");
        execute(() -> {
            int moved = stages.delete(id, moveTo);
            String text = "Deleted the stage “" + name + "”"
                    + (moved == 0
                            ? "."
                            : "; " + moved + (moved == 1 ? " lead" : " leads") + " moved to “" + target + "”.");
            return new Done(moveTo, text);
        });
    }

    /** The stages the leads of a deleted stage can go to: every other stage, in order. */
    public List<Stage> moveTargets(long id) {
        return rows.stream().map(StageRow::stage).filter(s -> s.id() != id).toList();
    }

    /** The stage a deleted stage's leads most likely belong in: the one before it, or else the one after it. */
    public Optional<Stage> suggestedTarget(long id) {
        int index = indexOf(id);
        if (index < 0 || rows.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(rows.get(index > 0 ? index - 1 : index + 1).stage());
    }

    /** Why a name cannot be used for the stage {@code id} (0 for a new one), or empty when it can. */
    public Optional<String> nameProblem(String name, long id) {
        String clean = TextKeys.clean(name);
        if (clean == null) {
            return Optional.of("A stage needs a name.");
        }
        if (clean.length() > 100) {
            return Optional.of("At most 100 characters.");
        }
        String key = TextKeys.fold(clean);
        boolean taken = rows.stream()
                .anyMatch(r -> r.id() != id && TextKeys.fold(r.stage().name()).equals(key));
        return taken ? Optional.of("There is already a stage called “" + clean + "”.") : Optional.empty();
    }

    /** A colour for a new stage: the first of the palette no stage uses yet. */
    public String suggestedColor() {
        List<String> used = rows.stream().map(r -> r.stage().color()).toList();
        for (String color : PALETTE) {
            if (!used.contains(color)) {
                return color;
            }
        }
        return PALETTE[rows.size() % PALETTE.length];
    }

    public void addLostReason(String reason) {
        String clean = TextKeys.clean(reason);
        if (clean == null) {
            return;
        }
        if (reasonTaken(clean, -1)) {
            message.set("“" + clean + "” is already in the list.");
            return;
        }
        List<String> next = new ArrayList<>(lostReasons);
        next.add(clean);
        saveLostReasons(next, "Added the lost reason “" + clean + "”.");
    }

    public void renameLostReason(int index, String reason) {
        String clean = TextKeys.clean(reason);
        if (index < 0 || index >= lostReasons.size() || clean == null || clean.equals(lostReasons.get(index))) {
            lostReasons.setAll(new ArrayList<>(lostReasons)); // puts the old text back into an edited cell
            return;
        }
        if (reasonTaken(clean, index)) {
            message.set("“" + clean + "” is already in the list.");
            lostReasons.setAll(new ArrayList<>(lostReasons));
            return;
        }
        List<String> next = new ArrayList<>(lostReasons);
        next.set(index, clean);
        saveLostReasons(next, "Renamed the lost reason to “" + clean + "”.");
    }

    public void removeLostReason(int index) {
        if (index < 0 || index >= lostReasons.size()) {
            return;
        }
        List<String> next = new ArrayList<>(lostReasons);
        String removed = next.remove(index);
        saveLostReasons(next, "Removed the lost reason “" + removed + "”; leads lost for it keep it.");
    }

    public void moveLostReason(int index, int delta) {
        int to = index + delta;
        if (index < 0 || index >= lostReasons.size() || to < 0 || to >= lostReasons.size()) {
            return;
        }
        List<String> next = new ArrayList<>(lostReasons);
        next.add(to, next.remove(index));
        saveLostReasons(next, null);
    }

    private void saveLostReasons(List<String> reasons, String done) {
        execute(() -> {
            stages.setLostReasons(reasons);
            return new Done(focus.get(), done);
        });
    }

    private boolean reasonTaken(String reason, int except) {
        String key = TextKeys.fold(reason);
        for (int i = 0; i < lostReasons.size(); i++) {
            if (i != except && TextKeys.fold(lostReasons.get(i)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs a command, then reads the pipeline back, both off the FX thread; a failed command is shown and the pipeline
     * read again, since part of it may have changed meanwhile.
     */
    private void execute(Callable<Done> command) {
        pending.set(pending.get() + 1);
        tasks.run(() -> {
                    Done done = command.call();
                    return new Loaded(done, stages.stages(), stages.leadCounts(), stages.lostReasons());
                })
                .onSuccess(this::apply)
                .onError(e -> {
                    errors.accept(e);
                    load();
                })
                .andFinally(() -> pending.set(pending.get() - 1))
                .start();
    }

    private void apply(Loaded loaded) {
        focus.set(loaded.done().focus());
        rows.setAll(loaded.stages().stream()
                .map(s -> new StageRow(s, loaded.counts().getOrDefault(s.id(), 0L)))
                .toList());
        lostReasons.setAll(loaded.reasons());
        if (loaded.done().message() != null) {
            message.set(loaded.done().message());
        }
    }

    private int indexOf(long id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == id) {
                return i;
            }
        }
        return -1;
    }

    private Optional<StageRow> find(long id) {
        return rows.stream().filter(r -> r.id() == id).findFirst();
    }

    /** What a command leaves behind: the stage to keep selected and a sentence for the message line. */
    private record Done(Long focus, String message) {}

    private record Loaded(Done done, List<Stage> stages, Map<Long, Long> counts, List<String> reasons) {}
}
