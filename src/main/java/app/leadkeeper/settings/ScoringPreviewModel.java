package app.leadkeeper.settings;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.UserException;
import app.leadkeeper.scoring.ScoreHistogram;
import app.leadkeeper.scoring.ScorePreview;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.scoring.ScoreThresholds;
import app.leadkeeper.scoring.ScoringService;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What a draft rule set would do, kept up to date as the draft changes. The preview is a database query that can take
 * a second on a large folder, so edits are coalesced: one query runs at a time, and edits made meanwhile are folded
 * into a single query for the latest draft once it is done. A result for a draft that has changed since is dropped,
 * so what is shown always belongs to the rules on screen; {@link #updatingProperty()} says when it does not yet.
 */
public final class ScoringPreviewModel {
    private final ScoringService service;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;

    private final ReadOnlyObjectWrapper<ScorePreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper updating = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyObjectWrapper<List<ScoreBar>> bars = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Counting the leads…");
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper("");

    private ScoreThresholds draftThresholds = ScoreThresholds.DEFAULT;
    private ScoreThresholds storedThresholds = ScoreThresholds.DEFAULT;
    /** How many previews were asked for; a result counts only for the latest. */
    private long asked;

    private boolean running;
    /** The draft to preview once the running query is done; null when there is none. */
    private List<ScoreRule> waiting;

    ScoringPreviewModel(ScoringService service, TaskRunner tasks, Consumer<Exception> errors) {
        this.service = service;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** The preview of the latest draft, or of an earlier one while {@link #updatingProperty()}; null before any. */
    public ReadOnlyObjectProperty<ScorePreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** True from a change of the rules until their preview is in. */
    public ReadOnlyBooleanProperty updatingProperty() {
        return updating.getReadOnlyProperty();
    }

    /** The chart's bars: leads per score range now and with the draft. */
    public ReadOnlyObjectProperty<List<ScoreBar>> barsProperty() {
        return bars.getReadOnlyProperty();
    }

    /** "With these rules: 1,234 MQL · 56 SQL (now 1,100 · 40)". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** How far the counts are estimates (a sample, thresholds between two tens), or empty when they are exact. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** How many leads the rule at {@code index} gives points; empty while updating, for a rule that is off, or none. */
    public OptionalLong matches(int index) {
        ScorePreview shown = preview.get();
        if (updating.get()
                || shown == null
                || index < 0
                || index >= shown.matches().size()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(shown.matches().get(index));
    }

    /** The "Leads matched" cell: "1,234", "≈1,200" for a sampled preview, "…" while updating, "—" for a rule off. */
    public String matchesText(int index, ScoreRule rule) {
        if (!rule.enabled()) {
            return "—";
        }
        OptionalLong count = matches(index);
        if (count.isEmpty()) {
            return "…";
        }
        return (sampled() ? "≈" : "") + ScoringTexts.count(count.getAsLong());
    }

    /** Asks for the preview of a draft; coalesced with other requests while one is running. */
    void request(List<ScoreRule> draft) {
        asked++;
        waiting = List.copyOf(draft);
        updating.set(true);
        if (!running) {
            next();
        }
    }

    /** The draft thresholds (null while one is no number): the counts follow at once, no query needed. */
    void thresholds(ScoreThresholds draft) {
        draftThresholds = draft;
        recount();
    }

    /** The stored thresholds, for the counts of "now". */
    void stored(ScoreThresholds thresholds) {
        storedThresholds = thresholds;
        recount();
    }

    private void next() {
        List<ScoreRule> draft = waiting;
        waiting = null;
        long ticket = asked;
        running = true;
        ScoreThresholds thresholds = storedThresholds;
        tasks.run(() -> service.preview(draft, thresholds))
                .onSuccess(result -> {
                    if (ticket == asked) {
                        preview.set(result);
                        updating.set(false);
                        recount();
                    }
                })
                .onError(e -> {
                    if (ticket == asked) {
                        updating.set(false);
                        summary.set("The preview could not be worked out.");
                    }
                    if (e instanceof UserException) {
                        Log.warn("Scoring preview: " + e.getMessage());
                    } else {
                        errors.accept(e);
                    }
                })
                .andFinally(() -> {
                    running = false;
                    if (waiting != null) {
                        next();
                    }
                })
                .start();
    }

    private boolean sampled() {
        ScorePreview shown = preview.get();
        return shown != null && shown.sampled() < 1;
    }

    private void recount() {
        ScorePreview shown = preview.get();
        if (shown == null) {
            return;
        }
        bars.set(ScoreBars.of(shown.current(), shown.draft()));
        if (!valid(draftThresholds)) {
            summary.set("Fix the thresholds to count MQLs and SQLs.");
            note.set("");
            return;
        }
        String approx = sampled() ? "≈" : "";
        summary.set("With these rules: " + approx + ScoringTexts.count(mqls(shown.draft(), draftThresholds))
                + " MQL · " + approx + ScoringTexts.count(sqls(shown.draft(), draftThresholds)) + " SQL (now "
                + ScoringTexts.count(mqls(shown.current(), storedThresholds)) + " · "
                + ScoringTexts.count(sqls(shown.current(), storedThresholds)) + ")");
        note.set(note(shown));
    }

    private String note(ScorePreview shown) {
        List<String> notes = new ArrayList<>();
        if (shown.sampled() < 1) {
            notes.add("Counted on a sample of 1 in " + ScoringTexts.count(Math.round(1 / shown.sampled()))
                    + " leads and scaled up.");
        }
        List<String> rounded = new ArrayList<>();
        for (int threshold : new int[] {draftThresholds.mql(), draftThresholds.sql()}) {
            int from = ScoreHistogram.bucketOf(threshold);
            if (from != threshold) {
                rounded.add(ScoringTexts.number(threshold) + " counts from " + ScoringTexts.number(from));
            }
        }
        if (!rounded.isEmpty()) {
            notes.add("Scores are counted in tens: " + String.join(", ", rounded) + ".");
        }
        return String.join(" ", notes);
    }

    /** Leads suggested MQL: at least the MQL threshold, below the SQL one. */
    static long mqls(ScoreHistogram histogram, ScoreThresholds thresholds) {
        return histogram.atLeast(thresholds.mql()) - sqls(histogram, thresholds);
    }

    static long sqls(ScoreHistogram histogram, ScoreThresholds thresholds) {
        return histogram.atLeast(thresholds.sql());
    }

    private static boolean valid(ScoreThresholds thresholds) {
        if (thresholds == null) {
            return false;
        }
        try {
            thresholds.validate();
            return true;
        } catch (UserException e) {
            return false;
        }
    }
}
