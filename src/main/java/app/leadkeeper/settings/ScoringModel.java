package app.leadkeeper.settings;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.UserException;
import app.leadkeeper.scoring.DefaultScoreRules;
import app.leadkeeper.scoring.RescoreResult;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.scoring.ScoreThresholds;
import app.leadkeeper.scoring.ScoringService;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The scoring editor: a draft of the rule list and the two thresholds, edited in place and then saved (which rescores
 * every lead, with progress and cancel) or reverted as a whole. Every change of the rules asks for a new preview of
 * what they would do ({@link ScoringPreviewModel}); changing a threshold only recounts the preview at hand.
 */
public final class ScoringModel {
    private final ScoringService service;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;

    private final ObservableList<ScoreRule> rules = FXCollections.observableArrayList();
    private final ObservableList<ScoreRule> readOnlyRules = FXCollections.unmodifiableObservableList(rules);
    private final ObservableList<String> customFields = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyCustomFields = FXCollections.unmodifiableObservableList(customFields);
    private final ObjectProperty<Integer> mql = new SimpleObjectProperty<>(ScoreThresholds.DEFAULT.mql());
    private final ObjectProperty<Integer> sql = new SimpleObjectProperty<>(ScoreThresholds.DEFAULT.sql());
    private final ReadOnlyStringWrapper thresholdProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper();
    private final IntegerProperty pending = new SimpleIntegerProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ScoringPreviewModel preview;

    private List<ScoreRule> storedRules = List.of();
    private ScoreThresholds storedThresholds = ScoreThresholds.DEFAULT;
    /** Set while the draft is filled from what is stored: those changes are not the user's edits. */
    private boolean filling;

    public ScoringModel(ScoringService service, TaskRunner tasks, Consumer<Exception> errors) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
        this.preview = new ScoringPreviewModel(service, tasks, errors);
        busy.bind(pending.greaterThan(0));
        rules.addListener((ListChangeListener<ScoreRule>) change -> {
            edited();
            preview.request(List.copyOf(rules));
        });
        mql.addListener((obs, old, now) -> thresholdsEdited());
        sql.addListener((obs, old, now) -> thresholdsEdited());
    }

    /** The draft rules in the order they are stored and shown. */
    public ObservableList<ScoreRule> rules() {
        return readOnlyRules;
    }

    /** The custom fields leads have, for attribute rules on one of them. */
    public ObservableList<String> customFieldNames() {
        return readOnlyCustomFields;
    }

    /** The draft's MQL threshold; null while what is typed is no number. */
    public ObjectProperty<Integer> mqlProperty() {
        return mql;
    }

    /** The draft's SQL threshold; null while what is typed is no number. */
    public ObjectProperty<Integer> sqlProperty() {
        return sql;
    }

    /** Why the draft thresholds cannot be saved, or empty. */
    public ReadOnlyStringProperty thresholdProblemProperty() {
        return thresholdProblem.getReadOnlyProperty();
    }

    /** Whether the draft differs from what is stored. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** Whether the rules were read at least once: until then an empty list means nothing yet. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Whether the stored scores may not follow the stored rules (a rescore was cancelled, or a day passed). */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }

    /** True while rules are read, saved or the leads rescored. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the last command did, in a sentence; cleared by the next edit. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last save was refused (the service's words); cleared by the next edit. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** What the draft would do to the leads' scores. */
    public ScoringPreviewModel preview() {
        return preview;
    }

    /** The draft thresholds, or null while one is no number. */
    public ScoreThresholds thresholds() {
        Integer m = mql.get();
        Integer s = sql.get();
        return m == null || s == null ? null : new ScoreThresholds(m, s);
    }

    /**
     * Reads the rules, thresholds and custom field names again, and refreshes the preview (scores change as leads do).
     * A draft with changes is kept as it is. Does nothing while a command runs: that one reads everything when done.
     */
    public void load() {
        if (!busy.get()) {
            execute(() -> null, false, () -> {});
        }
    }

    /** Adds a rule at the end; returns where it went. */
    public int add(ScoreRule rule) {
        rules.add(rule.validate());
        return rules.size() - 1;
    }

    /** Replaces a rule with its edited version. */
    public void update(int index, ScoreRule rule) {
        if (valid(index)) {
            rules.set(index, rule.validate());
        }
    }

    /** Adds a copy of a rule right after it; returns where the copy went, or -1. */
    public int duplicate(int index) {
        if (!valid(index)) {
            return -1;
        }
        rules.add(index + 1, rules.get(index).withId(null));
        return index + 1;
    }

    public void delete(int index) {
        if (valid(index)) {
            rules.remove(index);
        }
    }

    /** Moves a rule one up; returns where it is now. */
    public int moveUp(int index) {
        return move(index, index - 1);
    }

    /** Moves a rule one down; returns where it is now. */
    public int moveDown(int index) {
        return move(index, index + 1);
    }

    public void setEnabled(int index, boolean enabled) {
        if (valid(index) && rules.get(index).enabled() != enabled) {
            rules.set(index, rules.get(index).withEnabled(enabled));
        }
    }

    /** Puts the draft back as stored. */
    public void revert() {
        if (!busy.get()) {
            fill(storedRules, storedThresholds);
            problem.set("");
            message.set("");
        }
    }

    /** Makes the rules Leadkeeper ships the draft (the thresholds stay); saved only when the user saves. */
    public void restoreShipped() {
        if (busy.get()) {
            return;
        }
        pending.set(pending.get() + 1);
        tasks.run(DefaultScoreRules::rules)
                .onSuccess(shipped -> {
                    if (withoutIds(shipped).equals(withoutIds(rules))) {
                        message.set("These are the shipped rules already.");
                        return;
                    }
                    rules.setAll(shipped);
                    message.set(
                            dirty.get()
                                    ? "The shipped rules are back as a draft. Save to use them, or revert."
                                    : "The shipped rules are back, as they are stored.");
                })
                .onError(errors)
                .andFinally(() -> pending.set(pending.get() - 1))
                .start();
    }

    /**
     * Stores the draft, then rescores every lead with {@code progress} (cancelling it leaves the rules saved and the
     * scores out of date: {@link #staleProperty()}). {@code done} runs on the FX thread once everything is finished.
     */
    public void save(Progress progress, Runnable done) {
        ScoreThresholds thresholds = thresholds();
        if (busy.get()
                || !dirty.get()
                || thresholds == null
                || !thresholdProblem.get().isEmpty()) {
            done.run();
            return;
        }
        List<ScoreRule> draft = List.copyOf(rules);
        execute(
                () -> {
                    service.save(draft, thresholds);
                    return "Saved " + ScoringTexts.rules(draft.size()) + ". " + rescore(progress);
                },
                true,
                done);
    }

    /** Rescores every lead with the stored rules, for scores that went stale. */
    public void rescore(Progress progress, Runnable done) {
        if (busy.get()) {
            done.run();
            return;
        }
        execute(() -> rescore(progress), false, done);
    }

    /** Rescores; says what happened, including a cancel. */
    private String rescore(Progress progress) {
        try {
            RescoreResult result = service.rescoreAll(progress);
            String moved = result.qualificationsChanged() == 0
                    ? "no qualification changed."
                    : ScoringTexts.count(result.qualificationsChanged())
                            + (result.qualificationsChanged() == 1
                                    ? " qualification changed."
                                    : " qualifications changed.");
            return "Rescored " + ScoringTexts.count(result.leads()) + (result.leads() == 1 ? " lead; " : " leads; ")
                    + moved;
        } catch (Progress.CancelledException e) {
            return "Rescoring was cancelled: the scores are out of date until you rescore.";
        } catch (UserException e) {
            // Another rescore (the daily one) is under way; it may have read the rules before they were saved.
            return e.getMessage() + " Rescore again once it is done.";
        }
    }

    private int move(int from, int to) {
        if (!valid(from) || to < 0 || to >= rules.size()) {
            return from;
        }
        ScoreRule rule = rules.get(from);
        // One change, so that the preview is asked once.
        List<ScoreRule> moved = new ArrayList<>(rules);
        moved.remove(from);
        moved.add(to, rule);
        rules.setAll(moved);
        return to;
    }

    private boolean valid(int index) {
        return index >= 0 && index < rules.size();
    }

    private void edited() {
        if (!filling) {
            problem.set("");
            message.set("");
        }
        updateDirty();
    }

    private void thresholdsEdited() {
        ScoreThresholds now = thresholds();
        String why = "";
        if (now == null) {
            why = "Enter both thresholds as whole numbers.";
        } else {
            try {
                now.validate();
            } catch (UserException e) {
                why = e.getMessage();
            }
        }
        thresholdProblem.set(why);
        preview.thresholds(now);
        edited();
    }

    private void updateDirty() {
        dirty.set(!withoutIds(rules).equals(withoutIds(storedRules)) || !storedThresholds.equals(thresholds()));
    }

    /** Rules compare by what they say: every save stores them anew, with new ids. */
    private static List<ScoreRule> withoutIds(List<ScoreRule> list) {
        return list.stream().map(r -> r.withId(null)).toList();
    }

    private void fill(List<ScoreRule> newRules, ScoreThresholds newThresholds) {
        filling = true;
        try {
            rules.setAll(newRules);
            mql.set(newThresholds.mql());
            sql.set(newThresholds.sql());
        } finally {
            filling = false;
        }
        updateDirty();
    }

    /**
     * Runs a command, then reads the rule set back, all off the FX thread; the draft becomes what is stored when it
     * has no changes or {@code replaceDraft}. A refusal of the service (a {@link UserException}) stays beside the
     * draft, which is kept; anything else is reported. {@code then} runs last.
     */
    private void execute(Callable<String> command, boolean replaceDraft, Runnable then) {
        pending.set(pending.get() + 1);
        tasks.run(() -> {
                    String said = command.call();
                    return new Loaded(
                            said, service.rules(), service.thresholds(), service.customFieldNames(), service.stale());
                })
                .onSuccess(read -> apply(read, replaceDraft || !dirty.get()))
                .onError(e -> {
                    if (e instanceof UserException) {
                        problem.set(e.getMessage());
                    } else {
                        errors.accept(e);
                    }
                })
                .andFinally(() -> {
                    pending.set(pending.get() - 1);
                    then.run();
                })
                .start();
    }

    private void apply(Loaded read, boolean replaceDraft) {
        storedRules = read.rules();
        storedThresholds = read.thresholds();
        preview.stored(read.thresholds());
        customFields.setAll(read.customFields());
        stale.set(read.stale());
        if (!replaceDraft) {
            updateDirty();
            preview.request(List.copyOf(rules));
        } else {
            // Asks for a preview even when the rules are the same: the scores may have changed.
            fill(read.rules(), read.thresholds());
        }
        loaded.set(true);
        if (read.message() != null) {
            message.set(read.message());
        }
    }

    private record Loaded(
            String message,
            List<ScoreRule> rules,
            ScoreThresholds thresholds,
            List<String> customFields,
            boolean stale) {}
}
