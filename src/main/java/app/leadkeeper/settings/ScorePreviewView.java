package app.leadkeeper.settings;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The thresholds and what the draft would do: MQL and SQL counts with these rules against now, and a chart of leads
 * per score range, now and with these rules. Shows when the numbers are being worked out again.
 */
final class ScorePreviewView extends StackPane {
    private static final int LIMIT = 100_000;

    private final ScoringModel model;
    private final CategoryAxis scores = new CategoryAxis();
    private final BarChart<String, Number> chart;
    private final VBox numbers;

    ScorePreviewView(ScoringModel model) {
        this.model = model;
        getStyleClass().add("score-preview");
        setId("score-preview");

        NumberAxis leads = new NumberAxis();
        leads.setLabel("Leads");
        leads.setMinorTickVisible(false);
        leads.setForceZeroInRange(true);
        leads.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                // Whole leads only: the axis picks fractional ticks for small counts.
                return value.doubleValue() == Math.rint(value.doubleValue())
                        ? ScoringTexts.count(value.longValue())
                        : "";
            }

            @Override
            public Number fromString(String text) {
                return null;
            }
        });
        scores.setLabel("Score");
        scores.setAutoRanging(false);
        chart = new BarChart<>(scores, leads);
        chart.setId("score-chart");
        chart.getStyleClass().add("score-chart");
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(4);
        chart.setLegendVisible(true);
        chart.setMinHeight(190);
        chart.setPrefHeight(300);
        chart.setMinWidth(260);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(chart, Priority.ALWAYS);
        model.preview().barsProperty().addListener((obs, old, now) -> show(now));
        show(model.preview().barsProperty().get());

        numbers = new VBox(8, CadencesView.section("Thresholds"), thresholds(), previewHeading(), summary());
        numbers.setMinHeight(Region.USE_PREF_SIZE);
        arrange(true);
    }

    /** The numbers above the chart in a column beside the rules; beside the chart in a strip below them. */
    void arrange(boolean column) {
        numbers.setPrefWidth(column ? Region.USE_COMPUTED_SIZE : 320);
        numbers.setMinWidth(column ? Region.USE_COMPUTED_SIZE : 280);
        numbers.setMaxWidth(column ? Double.MAX_VALUE : 360);
        getChildren().setAll(column ? new VBox(8, numbers, chart) : new HBox(16, numbers, chart));
    }

    private GridPane thresholds() {
        Spinner<Integer> mql =
                IntSpinners.of("score-mql", -LIMIT, LIMIT, model.mqlProperty().get(), 5);
        Spinner<Integer> sql =
                IntSpinners.of("score-sql", -LIMIT, LIMIT, model.sqlProperty().get(), 5);
        bind(mql, model.mqlProperty());
        bind(sql, model.sqlProperty());
        Label problem = new Label();
        problem.setId("score-threshold-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE);
        problem.textProperty().bind(model.thresholdProblemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());

        GridPane grid = new GridPane();
        grid.getStyleClass().add("score-thresholds");
        grid.setHgap(10);
        grid.setVgap(6);
        grid.addRow(0, label("MQL from"), mql, hint("points"));
        grid.addRow(1, label("SQL from"), sql, hint("points"));
        grid.add(problem, 0, 2, 3, 1);
        grid.add(hint("Qualifications follow the score, unless set by hand."), 0, 3, 3, 1);
        return grid;
    }

    /** The spinner and the model's threshold follow each other; a save or revert sets the spinner too. */
    private void bind(Spinner<Integer> spinner, javafx.beans.property.ObjectProperty<Integer> threshold) {
        spinner.setPrefWidth(120);
        spinner.disableProperty().bind(model.busyProperty());
        spinner.getValueFactory().valueProperty().addListener((obs, old, now) -> {
            if (now != null && !now.equals(threshold.get())) {
                threshold.set(now);
            }
        });
        threshold.addListener((obs, old, now) -> {
            if (now != null && !now.equals(spinner.getValue())) {
                spinner.getValueFactory().setValue(now);
            }
        });
    }

    /** "Preview", and at its right end whether it is being worked out again. */
    private HBox previewHeading() {
        ProgressIndicator spinning = new ProgressIndicator();
        spinning.getStyleClass().add("score-updating-indicator");
        spinning.setPrefSize(14, 14);
        Label updating = new Label("Updating…", spinning);
        updating.setId("score-updating");
        updating.getStyleClass().addAll("text-muted", "text-small");
        updating.visibleProperty().bind(model.preview().updatingProperty());
        updating.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox heading = new HBox(8, CadencesView.section("Preview"), spacer, updating);
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox.setMargin(heading, new Insets(8, 0, 0, 0));
        return heading;
    }

    private VBox summary() {
        Label summary = new Label();
        summary.setId("score-summary");
        summary.getStyleClass().add("score-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.textProperty().bind(model.preview().summaryProperty());
        summary.setTooltip(new Tooltip("MQL: from the MQL threshold up to the SQL one. SQL: from the SQL threshold."
                + " “now” counts the stored scores with the stored thresholds."));
        Label note = hint("");
        note.setId("score-note");
        note.textProperty().bind(model.preview().noteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        return new VBox(2, summary, note);
    }

    private void show(List<ScoreBar> bars) {
        XYChart.Series<String, Number> now = new XYChart.Series<>();
        now.setName("Now");
        XYChart.Series<String, Number> draft = new XYChart.Series<>();
        draft.setName("With these rules");
        List<String> labels = new ArrayList<>();
        for (ScoreBar bar : bars) {
            labels.add(bar.label());
            now.getData().add(new XYChart.Data<>(bar.label(), bar.now()));
            draft.getData().add(new XYChart.Data<>(bar.label(), bar.draft()));
        }
        scores.getCategories().setAll(labels);
        int step =
                bars.isEmpty() ? 10 : bars.getFirst().high() - bars.getFirst().low() + 1;
        scores.setLabel("Score, in steps of " + ScoringTexts.count(step));
        chart.getData().setAll(List.of(now, draft));
        for (int i = 0; i < bars.size(); i++) {
            ScoreBar bar = bars.get(i);
            String tip = bar.range() + ": " + ScoringTexts.count(bar.now()) + " now, " + ScoringTexts.count(bar.draft())
                    + " with these rules";
            for (XYChart.Series<String, Number> series : List.of(now, draft)) {
                if (series.getData().get(i).getNode() != null) {
                    Tooltip.install(series.getData().get(i).getNode(), new Tooltip(tip));
                }
            }
        }
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label hint(String text) {
        Label label = CadenceDialogs.hint(text);
        label.setMinHeight(Region.USE_PREF_SIZE);
        GridPane.setMargin(label, new Insets(0));
        return label;
    }
}
