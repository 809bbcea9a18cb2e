package app.leadkeeper.scoring;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * The Score tab of a lead's detail pane: the score, one line per rule that gave points (what it tests, how, and the
 * points), the total, and the qualification with what the score suggests. Lays out and binds {@link LeadScoreModel}
 * only.
 */
final class ScoreLeadPane extends BorderPane {
    static final String STYLESHEET = "/app/leadkeeper/scoring/lead-score.css";
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private static final PseudoClass LAST_RULE = PseudoClass.getPseudoClass("last-rule");

    private final LeadScoreModel model;
    private final ObservableBooleanValue unsaved;
    private final VBox content = new VBox(14);

    ScoreLeadPane(LeadScoreModel model, ObservableBooleanValue unsaved) {
        this.model = model;
        this.unsaved = unsaved;
        setId("lead-score");
        getStyleClass().add("lead-score");
        getStylesheets().add(ScoreLeadPane.class.getResource(STYLESHEET).toExternalForm());
        content.setPadding(new Insets(14, 16, 16, 16));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setCenter(scroll);
        model.breakdownProperty().addListener((obs, old, now) -> fill());
        model.leadProperty().addListener((obs, old, now) -> fill());
        model.thresholdsProperty().addListener((obs, old, now) -> fill());
        fill();
    }

    private void fill() {
        ScoreBreakdown b = model.breakdownProperty().get();
        if (model.leadProperty().get() == null) {
            content.getChildren().setAll(note("score-unsaved", "Save the lead to see its score."));
        } else if (b == null) {
            ProgressIndicator busy = new ProgressIndicator();
            busy.setMaxSize(28, 28);
            VBox box = new VBox(busy);
            box.setAlignment(Pos.CENTER);
            box.setPadding(new Insets(24));
            content.getChildren().setAll(box);
        } else {
            content.getChildren().setAll(total(b), lines(b), qualification(b));
        }
    }

    /** The score, big, with the thresholds it is measured against. */
    private Node total(ScoreBreakdown b) {
        Label caption = new Label("Score");
        caption.getStyleClass().add("score-caption");
        Label score = new Label(Integer.toString(b.score()));
        score.setId("score-total");
        score.getStyleClass().add("score-total");
        score.pseudoClassStateChanged(NEGATIVE, b.score() < 0);
        ScoreThresholds t = model.thresholdsProperty().get();
        Label scale = new Label("MQL from %d · SQL from %d".formatted(t.mql(), t.sql()));
        scale.setId("score-scale");
        scale.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        scale.setWrapText(true);
        VBox box = new VBox(0, caption, score, scale);
        box.getStyleClass().add("score-head");
        return box;
    }

    /** One line per rule that gave points, the total below; or the empty state. */
    private Node lines(ScoreBreakdown b) {
        if (b.lines().isEmpty()) {
            VBox empty = note("score-empty", "No rule gives this lead points.");
            if (b.score() != 0) {
                empty.getChildren().add(staleNote(b));
            }
            return empty;
        }
        VBox list = new VBox();
        list.setId("score-lines");
        list.getStyleClass().add("score-lines");
        int row = 0;
        for (ScoreLine line : b.lines()) {
            Label label = new Label(line.rule().label());
            label.getStyleClass().add("score-rule");
            label.setWrapText(true);
            VBox what = new VBox(1, label);
            if (line.detail() != null && !line.detail().isBlank()) {
                Label detail = new Label(line.detail());
                detail.getStyleClass().add("score-detail");
                detail.setWrapText(true);
                what.getChildren().add(detail);
            }
            Label value = points(line.points());
            value.setId("score-points-" + row);
            list.getChildren().add(line("score-line-" + row, what, value));
            row++;
        }
        list.getChildren().getLast().pseudoClassStateChanged(LAST_RULE, true);
        Label total = new Label("Total");
        total.getStyleClass().add("score-total-label");
        Label sum = new Label(Integer.toString(b.linesTotal()));
        sum.setId("score-lines-total");
        sum.getStyleClass().addAll("score-points", "score-sum");
        sum.pseudoClassStateChanged(NEGATIVE, b.linesTotal() < 0);
        HBox totalRow = line("score-total-row", new VBox(total), sum);
        totalRow.getStyleClass().setAll("score-total-row");
        list.getChildren().add(totalRow);
        VBox box = new VBox(4, section("Rules that gave points"), list);
        if (b.linesTotal() != b.score()) {
            box.getChildren().add(staleNote(b));
        }
        return box;
    }

    /** One line: what (growing, wrapping) on the left, the points on the right, a rule under both. */
    private static HBox line(String id, VBox what, Label points) {
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMinWidth(60);
        what.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(12, what, points);
        row.setId(id);
        row.getStyleClass().add("score-line");
        row.setAlignment(Pos.TOP_LEFT);
        return row;
    }

    /** The stored score lags the rules (changed since the last rescore, or a touch's points halved since). */
    private static Label staleNote(ScoreBreakdown b) {
        Label stale = new Label(
                "The score of %d is from the last rescore; the rules give %d today. The next rescore updates it."
                        .formatted(b.score(), b.linesTotal()));
        stale.setId("score-stale");
        stale.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        stale.setWrapText(true);
        return stale;
    }

    private static Label points(int points) {
        Label value = new Label(ScoreRule.signed(points));
        value.getStyleClass().add("score-points");
        value.pseudoClassStateChanged(NEGATIVE, points < 0);
        value.setMinWidth(Region.USE_PREF_SIZE);
        return value;
    }

    /** "Qualification: SQL — set by hand · the score suggests MQL", and Follow score where it may. */
    private HBox qualification(ScoreBreakdown b) {
        String suggestion = LeadScoreModel.suggestionText(b);
        Label text = new Label("Qualification: " + LeadScoreModel.qualificationText(b)
                + (suggestion.isEmpty() ? "" : " · " + suggestion));
        text.setId("score-qualification");
        text.getStyleClass().add("score-qualification-text");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(10, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("score-qualification");
        if (LeadScoreModel.canFollow(b)) {
            Button follow = new Button("Follow score", new FontIcon(Material2OutlinedAL.AUTORENEW));
            follow.setId("follow-score");
            follow.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
            follow.setMinWidth(Region.USE_PREF_SIZE);
            follow.disableProperty().bind(Bindings.or(unsaved, model.followingProperty()));
            Tooltip tip = new Tooltip();
            tip.textProperty()
                    .bind(Bindings.when(unsaved)
                            .then("Save or discard the changes to the details first")
                            .otherwise("From now on the qualification follows the score ("
                                    + b.suggested().label() + " now)"));
            follow.setTooltip(tip);
            follow.setOnAction(e -> model.followScore());
            box.getChildren().add(follow);
        }
        return box;
    }

    private static Label section(String title) {
        Label label = new Label(title.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("score-section");
        return label;
    }

    private static VBox note(String id, String text) {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.SCORE);
        icon.getStyleClass().add("empty-icon");
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        label.setWrapText(true);
        label.setTextAlignment(TextAlignment.CENTER);
        VBox box = new VBox(6, icon, label);
        box.setId(id);
        box.getStyleClass().add("score-note");
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(16, 8, 18, 8));
        return box;
    }
}
