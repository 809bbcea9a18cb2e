package app.leadkeeper.metrics;

import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableColumn;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Rectangle;

/**
 * The totals of the metrics table, pinned under it: always in sight however many channels there are and however
 * they are sorted. One cell per visible column, as wide as the column and scrolled sideways with the table.
 */
public final class MetricsTotalsBar extends Pane {
    private final MetricsTableView table;
    private final HBox cells = new HBox();
    private ScrollBar sideways;

    public MetricsTotalsBar(MetricsTableView table) {
        this.table = table;
        setId("metrics-totals");
        getStyleClass().add("metrics-totals");
        cells.setAlignment(Pos.CENTER_LEFT);
        cells.setFillHeight(true);
        getChildren().add(cells);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        table.getVisibleLeafColumns()
                .addListener((ListChangeListener<TableColumn<MetricsLine, ?>>) change -> rebuild());
        table.totalsProperty().addListener(obs -> rebuild()); // equal totals may read in another currency
        table.skinProperty().addListener((obs, old, skin) -> requestLayout());
        visibleProperty().bind(table.totalsProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        rebuild();
    }

    /** The text of the totals cell of a metric, "" while there are no totals. */
    public String textOf(Metric metric) {
        MetricsLine totals = table.totalsProperty().get();
        return totals == null ? "" : table.textOf(metric, totals);
    }

    private void rebuild() {
        cells.getChildren().clear();
        MetricsLine totals = table.totalsProperty().get();
        if (totals == null) {
            return;
        }
        for (TableColumn<MetricsLine, ?> column : table.getVisibleLeafColumns()) {
            Metric metric = MetricsTableView.metricOf(column);
            Label cell = new Label(metric == null ? totals.name() : table.textOf(metric, totals));
            cell.getStyleClass().add("metrics-total-cell");
            cell.setAlignment(metric == null ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            cell.setMaxHeight(Double.MAX_VALUE);
            cell.minWidthProperty().bind(column.widthProperty());
            cell.prefWidthProperty().bind(column.widthProperty());
            cell.maxWidthProperty().bind(column.widthProperty());
            if (metric != null) {
                cell.setId("total-" + metric.key());
            }
            cells.getChildren().add(cell);
        }
        requestLayout();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + cells.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        ScrollBar bar = horizontalBar();
        double offset = bar == null ? 0 : bar.getValue();
        double width = cells.prefWidth(-1);
        cells.resizeRelocate(
                table.snappedLeftInset() - offset,
                snappedTopInset(),
                width,
                getHeight() - snappedTopInset() - snappedBottomInset());
    }

    /** The table's sideways scroll bar, found once its skin has made it; the bar then lays out on each move. */
    private ScrollBar horizontalBar() {
        if (sideways == null) {
            for (Node node : table.lookupAll(".scroll-bar")) {
                if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.HORIZONTAL) {
                    sideways = bar;
                    bar.valueProperty().addListener((obs, old, now) -> requestLayout());
                    break;
                }
            }
        }
        return sideways;
    }
}
