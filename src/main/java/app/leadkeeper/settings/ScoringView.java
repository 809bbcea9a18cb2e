package app.leadkeeper.settings;

import app.leadkeeper.core.Progress;
import app.leadkeeper.ui.Buttons;
import app.leadkeeper.ui.ProgressDialog;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * Settings › Scoring: the rules as a draft on the left, the thresholds and a live preview of the draft on the right
 * (below the rules in a narrow window), saved (Ctrl+S, which rescores every lead with progress and Cancel) or reverted
 * as a whole.
 */
final class ScoringView extends VBox {
    static final String STYLESHEET = ScoringView.class
            .getResource("/app/leadkeeper/settings/scoring.css")
            .toExternalForm();
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    /** Quick rescores finish without a dialog flashing up. */
    private static final Duration PROGRESS_AFTER = Duration.millis(400);
    /** Below this width the preview goes under the rules instead of beside them. */
    private static final double SIDE_BY_SIDE = 900;

    private final ScoringModel model;

    ScoringView(ScoringModel model) {
        this.model = model;
        setId("scoring-editor");
        getStyleClass().add("scoring-editor");
        getStylesheets().add(STYLESHEET);
        setSpacing(10);

        ScoreRulesView rules = new ScoreRulesView(model);
        ScorePreviewView preview = new ScorePreviewView(model);
        Pane body = arranged(rules, preview);
        VBox.setVgrow(body, Priority.ALWAYS);

        Label hint = CadenceDialogs.hint("A lead's score is the sum of the points of the rules it matches: attribute"
                + " rules look at who the lead is, behaviour rules at what they did (their touches).");
        hint.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().setAll(hint, staleLine(), body, footer());

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                save();
                e.consume();
            }
        });
    }

    /** Rules and preview side by side, or one above the other when the window is narrow. */
    private Pane arranged(ScoreRulesView rules, ScorePreviewView preview) {
        HBox.setHgrow(rules, Priority.ALWAYS);
        VBox.setVgrow(rules, Priority.ALWAYS);
        StackPane holder = new StackPane();
        // Its width is the window's to give, never what the rules or the preview would like: that decides the layout.
        holder.setMinWidth(0);
        BiConsumer<Boolean, Boolean> layout = (wide, force) -> {
            Node current =
                    holder.getChildren().isEmpty() ? null : holder.getChildren().getFirst();
            if (!force && current != null && (current instanceof HBox) == wide) {
                return;
            }
            preview.arrange(wide);
            preview.setPrefWidth(wide ? 330 : Region.USE_COMPUTED_SIZE);
            preview.setMinWidth(wide ? 300 : Region.USE_COMPUTED_SIZE);
            preview.setMaxWidth(wide ? 440 : Double.MAX_VALUE);
            Pane box = wide ? new HBox(16, rules, preview) : new VBox(14, rules, preview);
            holder.getChildren().setAll(box);
        };
        holder.widthProperty().addListener((obs, old, now) -> layout.accept(now.doubleValue() >= SIDE_BY_SIDE, false));
        layout.accept(true, true);
        return holder;
    }

    /** When the stored scores may not follow the stored rules: says so, with a button to rescore. */
    private Node staleLine() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.UPDATE);
        icon.getStyleClass().add("stale-icon");
        Label text = new Label("The scores may be out of date: the rules changed since the last rescore, or it ran"
                + " on an earlier day.");
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        Button rescore = Buttons.tool("score-rescore", "Rescore now", Material2MZ.SYNC, "Score every lead again");
        rescore.getStyleClass().add("small");
        rescore.disableProperty().bind(model.busyProperty());
        rescore.setOnAction(e -> withProgress("Rescoring the leads", model::rescore));
        HBox line = new HBox(8, icon, text, rescore);
        HBox.setHgrow(text, Priority.ALWAYS);
        line.setId("score-stale");
        line.getStyleClass().add("score-stale");
        line.setAlignment(Pos.CENTER_LEFT);
        line.visibleProperty()
                .bind(model.staleProperty().and(model.dirtyProperty().not()));
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private HBox footer() {
        Label problem = new Label();
        problem.setId("scoring-problem");
        problem.getStyleClass().add("field-error");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("scoring-message");
        status.getStyleClass().add("text-muted");
        status.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> !model.messageProperty().get().isEmpty()
                                ? model.messageProperty().get()
                                : model.dirtyProperty().get()
                                        ? "Not saved yet. Saving (" + SAVE.getDisplayText() + ") rescores every lead."
                                        : "",
                        model.messageProperty(),
                        model.dirtyProperty()));
        status.visibleProperty().bind(problem.visibleProperty().not());
        for (Label label : List.of(problem, status)) {
            label.setWrapText(true);
            label.setMinHeight(Region.USE_PREF_SIZE);
        }
        StackPane messages = new StackPane(problem, status);
        messages.setAlignment(Pos.CENTER_LEFT);
        messages.setMinWidth(0);
        HBox.setHgrow(messages, Priority.ALWAYS);

        Button revert =
                Buttons.tool("scoring-revert", "Revert", Material2OutlinedMZ.UNDO, "Undo the changes not saved yet");
        revert.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        revert.setOnAction(e -> model.revert());
        Button save = Buttons.tool(
                "scoring-save",
                "Save",
                Material2OutlinedMZ.SAVE,
                "Save the rules and thresholds, and rescore every lead (" + SAVE.getDisplayText() + ")");
        save.getStyleClass().add("accent");
        save.disableProperty()
                .bind(model.dirtyProperty()
                        .not()
                        .or(model.busyProperty())
                        .or(model.thresholdProblemProperty().isNotEmpty()));
        save.setOnAction(e -> save());
        Button restore = Buttons.tool(
                "score-restore",
                "Shipped rules",
                Material2MZ.SETTINGS_BACKUP_RESTORE,
                "Put the rules Leadkeeper ships in the draft (job titles, free-mail domains, buying signals); nothing"
                        + " changes until you save");
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> model.restoreShipped());
        HBox footer = new HBox(8, messages, restore, revert, save);
        HBox.setMargin(restore, new Insets(0, 8, 0, 0));
        footer.getStyleClass().add("scoring-footer");
        footer.setAlignment(Pos.CENTER_RIGHT);
        footer.setPadding(new Insets(4, 0, 0, 0));
        return footer;
    }

    private void save() {
        if (model.dirtyProperty().get()
                && !model.busyProperty().get()
                && model.thresholdProblemProperty().get().isEmpty()) {
            withProgress("Saving the rules and rescoring the leads", model::save);
        }
    }

    /** Runs a rescoring command with a progress window (and Cancel) that shows once it takes a moment. */
    private void withProgress(String title, BiConsumer<Progress, Runnable> command) {
        Progress progress = new Progress();
        ProgressDialog dialog = new ProgressDialog(getScene().getWindow(), title, progress);
        PauseTransition delay = new PauseTransition(PROGRESS_AFTER);
        delay.setOnFinished(e -> dialog.show());
        delay.play();
        command.accept(progress, () -> {
            delay.stop();
            dialog.close();
        });
    }
}
