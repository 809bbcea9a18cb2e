package app.leadkeeper.scoring;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadRef;
import app.leadkeeper.leads.Qualification;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The presentation model of a lead's Score tab: the breakdown of the lead shown (read again when it is saved, when
 * its touches change and after a rescore), the thresholds, and "Follow score" for a hand-set qualification. The
 * database is read through the {@link TaskRunner}; an answer for a lead no longer shown is dropped.
 */
public final class LeadScoreModel {
    /** The qualifications the score moves; the others (PQL, customer) are left to people and stages. */
    static final Set<Qualification> FOLLOWING = EnumSet.of(Qualification.LEAD, Qualification.MQL, Qualification.SQL);

    private final ScoringService scoring;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;

    private final ReadOnlyObjectWrapper<LeadRef> lead = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScoreBreakdown> breakdown = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScoreThresholds> thresholds =
            new ReadOnlyObjectWrapper<>(ScoreThresholds.DEFAULT);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper following = new ReadOnlyBooleanWrapper();

    /** The qualification the details on screen hold, to notice when the score moved it in the database. */
    private Qualification shownQualification;

    private LongConsumer leadChanged = id -> {};
    private long generation;

    public LeadScoreModel(ScoringService scoring, TaskRunner tasks, Consumer<Exception> errors) {
        this.scoring = scoring;
        this.tasks = tasks;
        this.errors = errors;
    }

    /** Called with the lead's id when its score moved its qualification away from the one shown. */
    void setOnLeadChanged(LongConsumer handler) {
        this.leadChanged = handler;
    }

    /** Shows this lead's score (null: none, or a lead not saved yet). */
    public void show(Lead shown) {
        shownQualification = shown == null ? null : shown.data().qualification();
        LeadRef ref = shown == null ? null : LeadRef.of(shown);
        LeadRef before = lead.get();
        lead.set(ref);
        if (ref == null || before == null || before.id() != ref.id()) {
            breakdown.set(null);
        }
        refresh();
    }

    /** Reads the breakdown of the lead shown again, and the thresholds. */
    public void refresh() {
        long mine = ++generation;
        LeadRef shown = lead.get();
        if (shown == null) {
            loading.set(false);
            loadThresholds(mine);
            return;
        }
        loading.set(true);
        tasks.run(() -> new Loaded(scoring.breakdown(shown.id()).orElse(null), scoring.thresholds()))
                .onSuccess(loaded -> {
                    if (mine != generation) {
                        return;
                    }
                    thresholds.set(loaded.thresholds());
                    breakdown.set(loaded.breakdown());
                    ScoreBreakdown now = loaded.breakdown();
                    if (now != null && shownQualification != null && now.qualification() != shownQualification) {
                        shownQualification = now.qualification();
                        leadChanged.accept(now.leadId());
                    }
                })
                .onError(errors)
                .andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private void loadThresholds(long mine) {
        tasks.run(scoring::thresholds)
                .onSuccess(now -> {
                    if (mine == generation) {
                        thresholds.set(now);
                    }
                })
                .onError(errors)
                .start();
    }

    private record Loaded(ScoreBreakdown breakdown, ScoreThresholds thresholds) {}

    /** Lets the lead's hand-set qualification follow its score again; the breakdown is then read again. */
    public void followScore() {
        ScoreBreakdown shown = breakdown.get();
        if (shown == null || !canFollow(shown) || following.get()) {
            return;
        }
        following.set(true);
        tasks.run(() -> {
                    scoring.followScore(shown.leadId());
                    return null;
                })
                .onSuccess(done -> refresh())
                .onError(errors)
                .andFinally(() -> following.set(false))
                .start();
    }

    /** True when the breakdown's qualification was set by hand and is one the score could move. */
    static boolean canFollow(ScoreBreakdown b) {
        return b.qualificationByHand() && FOLLOWING.contains(b.qualification());
    }

    /** "MQL — follows the score", "SQL — set by hand", "Customer — set by hand". */
    static String qualificationText(ScoreBreakdown b) {
        String name = b.qualification().label();
        if (b.qualificationByHand()) {
            return name + " — set by hand";
        }
        return FOLLOWING.contains(b.qualification()) ? name + " — follows the score" : name;
    }

    /** "the score suggests MQL" where a hand-set qualification differs from the suggestion; empty otherwise. */
    static String suggestionText(ScoreBreakdown b) {
        return b.suggestionDiffers() ? "the score suggests " + b.suggested().label() : "";
    }

    /** "Score suggests MQL" while {@code chosen} is one the score moves and differs from its suggestion. */
    String hint(Qualification chosen) {
        ScoreBreakdown b = breakdown.get();
        if (b == null || chosen == null || !FOLLOWING.contains(chosen) || chosen == b.suggested()) {
            return "";
        }
        return "Score suggests " + b.suggested().label();
    }

    public ReadOnlyObjectProperty<LeadRef> leadProperty() {
        return lead.getReadOnlyProperty();
    }

    /** The breakdown of the lead shown; null while none is shown or it is being read for the first time. */
    public ReadOnlyObjectProperty<ScoreBreakdown> breakdownProperty() {
        return breakdown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreThresholds> thresholdsProperty() {
        return thresholds.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True while "Follow score" is being carried out. */
    public ReadOnlyBooleanProperty followingProperty() {
        return following.getReadOnlyProperty();
    }
}
