package app.leadkeeper.scoring;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadScoring;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.nurture.TouchService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableCell;

/**
 * Scoring in the Leads view (see {@link LeadScoring}): the Score tab, the score column's cells and the hint beside the
 * qualification. The tab follows touches logged anywhere and every rescore, whose notices come on working threads.
 */
public final class ScoringLeadScoring implements LeadScoring {
    private final LeadScoreModel model;
    private ScoreLeadPane pane;

    public ScoringLeadScoring(
            ScoringService scoring, TouchService touches, TaskRunner tasks, Consumer<Exception> errors) {
        this.model = new LeadScoreModel(scoring, tasks, errors);
        Runnable changed = onFxThread(model::refresh);
        touches.addListener(changed);
        scoring.addListener(changed);
        model.refresh();
    }

    /** Notices from any thread as one run on the FX thread: those arriving before it are folded into it. */
    private static Runnable onFxThread(Runnable action) {
        AtomicBoolean pending = new AtomicBoolean();
        return () -> {
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    action.run();
                });
            }
        };
    }

    @Override
    public Node pane(ObservableBooleanValue unsaved) {
        if (pane == null) {
            pane = new ScoreLeadPane(model, unsaved);
        }
        return pane;
    }

    @Override
    public void show(Lead lead) {
        model.show(lead);
    }

    @Override
    public ObservableStringValue hint(ObservableValue<Qualification> chosen) {
        return Bindings.createStringBinding(() -> model.hint(chosen.getValue()), model.breakdownProperty(), chosen);
    }

    @Override
    public TableCell<LeadRow, Integer> scoreCell() {
        return new ScoreCell(model.thresholdsProperty());
    }

    @Override
    public void onLeadChanged(LongConsumer changed) {
        model.setOnLeadChanged(changed);
    }

    /** The model behind the tab, for tests. */
    LeadScoreModel model() {
        return model;
    }
}
