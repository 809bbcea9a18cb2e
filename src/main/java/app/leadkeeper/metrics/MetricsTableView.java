package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * The metrics of a period: a row per channel; the totals are pinned under it ({@link MetricsTotalsBar}). A column per
 * {@link Metric}, its formula the header's tooltip; numbers right-aligned, undefined values "—". The table menu
 * button (top right) shows and hides columns; the table scrolls sideways.
 */
public final class MetricsTableView extends TableView<MetricsLine> {
    private final Map<TableColumn<MetricsLine, ?>, Function<MetricsLine, Comparable<?>>> keys = new HashMap<>();
    private final javafx.beans.property.ReadOnlyObjectWrapper<MetricsLine> totals =
            new javafx.beans.property.ReadOnlyObjectWrapper<>();
    private static final double ROW = 40;
    private static final double HEADER = 46;
    /** The sideways bar, and room the flow wants before it stops showing a vertical bar for rows that fit. */
    private static final double SIDEWAYS_BAR = 40;

    private List<MetricsLine> shownOrder = List.of();
    private MetricText text = new MetricText("EUR");
    private String periodLabel = "";

    public MetricsTableView() {
        setId("metrics-table");
        getStyleClass().add("metrics-table");
        setTableMenuButtonVisible(true);
        setFixedCellSize(ROW);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        setPlaceholder(loading());
        getColumns().add(channelColumn());
        for (Metric metric : Metric.values()) {
            getColumns().add(metricColumn(metric));
        }
        setSortPolicy(table -> {
            FXCollections.sort(getItems(), comparator());
            return true;
        });
    }

    /** Shows the metrics of a period: its channels in the service's order (or the user's sort), then the totals. */
    public void show(ChannelMetrics metrics) {
        text = new MetricText(metrics.currency());
        periodLabel = metrics.period().label();
        List<MetricsLine> lines = new ArrayList<>();
        metrics.rows().forEach(row -> lines.add(MetricsLine.of(row)));
        shownOrder = List.copyOf(lines);
        totals.set(lines.isEmpty() ? null : MetricsLine.totals(metrics.totals()));
        setPlaceholder(empty());
        getItems().setAll(lines);
        // A few channels: the table is as tall as its rows, so the totals sit right under them; many: it scrolls.
        setMaxHeight(lines.isEmpty() ? Double.MAX_VALUE : HEADER + lines.size() * ROW + SIDEWAYS_BAR);
        sort();
        refresh();
    }

    /** The totals of the channels shown, for the bar pinned under the table; null when there are none. */
    public javafx.beans.property.ReadOnlyObjectProperty<MetricsLine> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** The metric a column shows; null for the channel column. */
    static Metric metricOf(TableColumn<?, ?> column) {
        return column.getUserData() instanceof Metric metric ? metric : null;
    }

    /** The value of a column's cell as the user reads it (for tests and exports of what the table shows). */
    public String textOf(Metric metric, MetricsLine line) {
        return text.format(metric, line.figures());
    }

    private TableColumn<MetricsLine, MetricsLine> channelColumn() {
        TableColumn<MetricsLine, MetricsLine> column = new TableColumn<>("Channel");
        column.setId("metric-channel");
        column.setPrefWidth(190);
        column.setMinWidth(110);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(MetricsLine line, boolean empty) {
                super.updateItem(line, empty);
                if (empty || line == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(line.name());
                if (line.total()) {
                    tip.setText("All channels of " + periodLabel);
                } else {
                    tip.setText(line.name() + " · " + line.row().category().label() + " · "
                            + line.row().direction().name().toLowerCase(java.util.Locale.ROOT));
                }
                setTooltip(tip);
            }
        });
        column.getStyleClass().add("channel-column");
        keys.put(column, line -> line.name().toLowerCase(java.util.Locale.ROOT));
        return column;
    }

    private TableColumn<MetricsLine, Object> metricColumn(Metric metric) {
        TableColumn<MetricsLine, Object> column = new TableColumn<>(metric.label());
        column.setId("metric-" + metric.key());
        column.setUserData(metric);
        // The header's label shows this graphic only (channels.css): a label of its own carries the tooltip.
        Label header = new Label(metric.label());
        header.getStyleClass().add("metric-header");
        Tooltip formula = new Tooltip(metric.label() + ": " + metric.formula());
        formula.setShowDelay(Duration.millis(300));
        formula.setWrapText(true);
        formula.setMaxWidth(320);
        header.setTooltip(formula);
        column.setGraphic(header);
        column.setPrefWidth(Math.max(
                switch (metric.kind()) {
                    case MONEY -> 132;
                    case PERCENT, DAYS -> 104;
                    case COUNT -> 92;
                },
                headerWidth(metric.label())));
        column.getStyleClass().add("metric-column");
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                metric.of(c.getValue().figures())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Object value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : text.format(metric, value));
            }
        });
        keys.put(column, line -> (Comparable<?>) metric.of(line.figures()));
        return column;
    }

    /** Wide enough for the header in bold, its sort arrow and the table menu's button beside the last one. */
    static double headerWidth(String label) {
        javafx.scene.text.Text text = new javafx.scene.text.Text(label);
        text.setFont(javafx.scene.text.Font.font(
                javafx.scene.text.Font.getDefault().getFamily(), javafx.scene.text.FontWeight.BOLD, 14));
        return Math.ceil(text.getLayoutBounds().getWidth()) + 44;
    }

    /** The user's sort with undefined values last either way; else the service's order. */
    private Comparator<MetricsLine> comparator() {
        Comparator<MetricsLine> order = Comparator.comparing(MetricsLine::total);
        if (getSortOrder().isEmpty()) {
            return order.thenComparingInt(line -> shownOrder.indexOf(line));
        }
        for (TableColumn<MetricsLine, ?> column : getSortOrder()) {
            Function<MetricsLine, Comparable<?>> key = keys.get(column);
            boolean descending = column.getSortType() == TableColumn.SortType.DESCENDING;
            order = order.thenComparing((a, b) -> compare(key.apply(a), key.apply(b), descending));
        }
        return order.thenComparingInt(line -> shownOrder.indexOf(line));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Comparable a, Comparable b, boolean descending) {
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? 1 : -1;
        }
        int result = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) : a.compareTo(b);
        return descending ? -result : result;
    }

    private static Node loading() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        return progress;
    }

    private Node empty() {
        FontIcon icon = new FontIcon(Material2OutlinedAL.INSIGHTS);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("Nothing to measure in " + periodLabel);
        title.getStyleClass().add("title-4");
        Label body = new Label("No lead was created and no spend or traffic was recorded in this period. Choose a"
                + " longer period above, or import leads and spend.");
        body.setWrapText(true);
        body.setTextAlignment(TextAlignment.CENTER);
        body.getStyleClass().add("text-muted");
        body.setMaxWidth(440);
        VBox box = new VBox(10, icon, title, body);
        box.setId("metrics-empty");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }
}
