package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The charts of a period: leads per channel and month (stacked), cost per lead and conversion per channel, and the
 * funnel of one channel (or all). Drawn from the snapshot the Metrics tab shows; no reading of its own.
 */
public final class ChannelChartsView extends ScrollPane {
    /** More channels than this and the smallest are stacked as one "Other channels" (the theme has eight colours). */
    static final int STACKED_SERIES = 7;

    static final String OTHER_CHANNELS = "Other channels";
    static final String ALL_CHANNELS = "All channels";
    private static final int LABEL_LENGTH = 16;
    private static final double MAX_BAR_WIDTH = 90;

    private final StackedBarChart<String, Number> byMonth;
    private final BarChart<String, Number> costPerLead;
    private final BarChart<String, Number> conversion;
    private final BarChart<String, Number> funnel;
    private final Label byMonthNote = note("chart-leads-by-month-note");
    private final Label costNote = note("chart-cpl-note");
    private final Label conversionNote = note("chart-conversion-note");
    private final Label funnelNote = note("chart-funnel-note");
    private final ComboBox<String> funnelChannel = new ComboBox<>();
    private ChannelsSnapshot shown;
    private boolean updating;
    private MetricText text = new MetricText("EUR");

    public ChannelChartsView() {
        getStyleClass().addAll("channel-charts", "edge-to-edge");
        setFitToWidth(true);
        byMonth = new StackedBarChart<>(new CategoryAxis(), axis("Leads"));
        setUp(byMonth, "chart-leads-by-month", "Leads per channel and month");
        costPerLead = new BarChart<>(new CategoryAxis(), axis("Cost per lead"));
        setUp(costPerLead, "chart-cpl", "Cost per lead");
        conversion = new BarChart<>(new CategoryAxis(), axis("Lead → customer"));
        setUp(conversion, "chart-conversion", "Lead → customer conversion");
        ((NumberAxis) conversion.getYAxis()).setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v)
                        ? String.format(Locale.ROOT, "%.0f %%", v)
                        : String.format(Locale.ROOT, "%.1f %%", v);
            }

            @Override
            public Number fromString(String string) {
                return null;
            }
        });
        funnel = new BarChart<>(new CategoryAxis(), axis("Leads"));
        setUp(funnel, "chart-funnel", "Funnel");
        for (BarChart<String, Number> single : List.of(costPerLead, conversion, funnel)) {
            single.setLegendVisible(false);
            slimBars(single);
        }
        funnelChannel.setId("funnel-channel");
        // A long channel name would stretch the chooser across the card; the list shows it whole.
        funnelChannel.setPrefWidth(260);
        funnelChannel.valueProperty().addListener((obs, old, now) -> {
            if (!updating && shown != null && now != null) {
                showFunnel(shown.metrics(), now);
            }
        });
        Label funnelOf = new Label("Funnel of");
        funnelOf.getStyleClass().add("field-label");
        HBox chooser = new HBox(8, funnelOf, funnelChannel);
        chooser.setAlignment(Pos.CENTER_LEFT);

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setPadding(new Insets(16));
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        grid.add(card(byMonth, byMonthNote), 0, 0, 2, 1);
        grid.add(card(costPerLead, costNote), 0, 1);
        grid.add(card(conversion, conversionNote), 1, 1);
        grid.add(card(chooser, funnel, funnelNote), 0, 2, 2, 1);
        setContent(grid);
    }

    /** Draws the charts of this snapshot. */
    public void show(ChannelsSnapshot snapshot) {
        this.shown = snapshot;
        this.text = new MetricText(snapshot.metrics().currency());
        String period = snapshot.metrics().period().label();
        showByMonth(snapshot.byMonth(), period);
        showCostPerLead(snapshot.metrics(), period);
        showConversion(snapshot.metrics(), period);
        List<String> choices = new ArrayList<>();
        choices.add(ALL_CHANNELS);
        snapshot.metrics().rows().forEach(row -> choices.add(row.channel()));
        String chosen = funnelChannel.getValue();
        String target = chosen != null && choices.contains(chosen) ? chosen : ALL_CHANNELS;
        updating = true;
        try {
            if (!choices.equals(funnelChannel.getItems())) {
                funnelChannel.getItems().setAll(choices);
            }
            funnelChannel.setValue(target);
        } finally {
            updating = false;
        }
        showFunnel(snapshot.metrics(), target);
    }

    private void showByMonth(LeadsByMonth data, String period) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("MMM yyyy", Locale.getDefault(Locale.Category.FORMAT));
        List<String> months = data.months().stream().map(format::format).toList();
        List<XYChart.Series<String, Number>> series = new ArrayList<>();
        List<LeadsByMonth.Series> channels = data.series();
        long[] other = new long[months.size()];
        boolean hasOther = false;
        for (int i = 0; i < channels.size(); i++) {
            LeadsByMonth.Series channel = channels.get(i);
            if (i >= STACKED_SERIES && channels.size() > STACKED_SERIES + 1) {
                for (int m = 0; m < months.size(); m++) {
                    other[m] += channel.leads().get(m);
                }
                hasOther = true;
                continue;
            }
            series.add(
                    monthSeries(channel.channel(), months, m -> channel.leads().get(m)));
        }
        if (hasOther) {
            series.add(monthSeries(OTHER_CHANNELS, months, m -> other[m]));
        }
        byMonth.getData().setAll(series);
        series.forEach(s -> s.getData()
                .forEach(d -> tip(
                        d,
                        s.getName() + " · " + d.getXValue() + ": "
                                + text.count(d.getYValue().longValue()))));
        byMonthNote.setText(channels.isEmpty() ? "No leads were created in " + period + "." : "");
    }

    private static XYChart.Series<String, Number> monthSeries(
            String name, List<String> months, Function<Integer, Long> leads) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (int m = 0; m < months.size(); m++) {
            series.getData().add(new XYChart.Data<>(months.get(m), leads.apply(m)));
        }
        return series;
    }

    private void showCostPerLead(ChannelMetrics metrics, String period) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        List<String> noSpend = new ArrayList<>();
        List<String> noLeads = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (ChannelRow row : metrics.rows()) {
            BigDecimal cpl = row.figures().costPerLead();
            if (cpl != null) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(label(row.channel(), used), cpl.doubleValue());
                bar.setExtraValue(row.channel() + ": " + text.money(cpl) + " per lead ("
                        + text.money(row.figures().spend()) + " for "
                        + text.count(row.figures().leads()) + ")");
                series.getData().add(bar);
            } else if (row.figures().hasSpend()) {
                noLeads.add(row.channel());
            } else if (row.figures().leads() > 0) {
                noSpend.add(row.channel());
            }
        }
        costPerLead.getYAxis().setLabel("Cost per lead (" + metrics.currency() + ")");
        costPerLead.getData().setAll(List.of(series));
        series.getData().forEach(d -> tip(d, Objects.toString(d.getExtraValue())));
        List<String> notes = new ArrayList<>();
        if (series.getData().isEmpty()) {
            notes.add("No spend was recorded for channels with leads in " + period + ".");
        }
        if (!noSpend.isEmpty()) {
            notes.add("Not shown, no spend recorded: " + String.join(", ", noSpend) + ".");
        }
        if (!noLeads.isEmpty()) {
            notes.add("Spend but no leads: " + String.join(", ", noLeads) + ".");
        }
        costNote.setText(String.join("\n", notes));
    }

    private void showConversion(ChannelMetrics metrics, String period) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        for (ChannelRow row : metrics.rows()) {
            Double rate = row.figures().conversionRate();
            if (rate != null) {
                XYChart.Data<String, Number> bar = new XYChart.Data<>(label(row.channel(), used), rate * 100);
                bar.setExtraValue(row.channel() + ": " + text.percent(rate) + " ("
                        + text.count(row.figures().customers()) + " of "
                        + text.count(row.figures().leads())
                        + " leads won)");
                series.getData().add(bar);
            }
        }
        conversion.getData().setAll(List.of(series));
        series.getData().forEach(d -> tip(d, Objects.toString(d.getExtraValue())));
        conversionNote.setText(series.getData().isEmpty() ? "No leads were created in " + period + "." : "");
    }

    private void showFunnel(ChannelMetrics metrics, String channel) {
        ChannelFigures figures = ALL_CHANNELS.equals(channel)
                ? metrics.totals()
                : metrics.rows().stream()
                        .filter(r -> r.channel().equals(channel))
                        .map(ChannelRow::figures)
                        .findFirst()
                        .orElse(ChannelFigures.NONE);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.getData().add(new XYChart.Data<>("Leads", figures.leads()));
        series.getData().add(new XYChart.Data<>("MQLs", figures.mqls()));
        series.getData().add(new XYChart.Data<>("SQLs", figures.sqls()));
        series.getData().add(new XYChart.Data<>("Customers", figures.customers()));
        funnel.setTitle("Funnel: " + channel);
        funnel.getData().setAll(List.of(series));
        series.getData()
                .forEach(d ->
                        tip(d, d.getXValue() + ": " + text.count(d.getYValue().longValue())));
        funnelNote.setText(
                figures.leads() == 0
                        ? "No leads from " + channel + " in " + metrics.period().label() + "."
                        : "MQL → SQL " + text.percent(figures.mqlToSqlRate()) + " · lead → customer "
                                + text.percent(figures.conversionRate()));
    }

    /** A channel's name short enough for an axis, and unique among the chart's categories. */
    static String label(String name, Set<String> used) {
        String shortName = name.length() <= LABEL_LENGTH
                ? name
                : name.substring(0, LABEL_LENGTH - 1).strip() + "…";
        String unique = shortName;
        for (int n = 2; !used.add(unique); n++) {
            unique = shortName + " (" + n + ")";
        }
        return unique;
    }

    /** Bars get their node when drawn: the tooltip goes on then (at once if the node is already there). */
    private static void tip(XYChart.Data<String, Number> bar, String text) {
        Runnable install = () -> {
            Tooltip tip = new Tooltip(text);
            tip.setShowDelay(Duration.millis(200));
            Tooltip.install(bar.getNode(), tip);
        };
        if (bar.getNode() != null) {
            install.run();
        } else {
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    install.run();
                }
            });
        }
    }

    /** One or two channels would make bars as wide as the chart: the gap between categories takes the rest. */
    private static void slimBars(BarChart<String, Number> chart) {
        Runnable fit = () -> {
            int categories = chart.getData().isEmpty()
                    ? 0
                    : chart.getData().getFirst().getData().size();
            double width = chart.getXAxis().getWidth();
            chart.setCategoryGap(categories == 0 || width <= 0 ? 10 : Math.max(10, width / categories - MAX_BAR_WIDTH));
        };
        chart.getXAxis().widthProperty().addListener((obs, old, now) -> fit.run());
        chart.dataProperty().addListener((obs, old, now) -> fit.run());
        chart.getData()
                .addListener((javafx.collections.ListChangeListener<XYChart.Series<String, Number>>) c -> fit.run());
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        axis.setMinorTickVisible(false);
        return axis;
    }

    private static void setUp(XYChart<String, Number> chart, String id, String title) {
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinHeight(300);
        chart.setPrefHeight(340);
        chart.getStyleClass().add("channel-chart");
    }

    private static Label note(String id) {
        Label note = new Label();
        note.setId(id);
        note.setWrapText(true);
        note.getStyleClass().add("chart-note");
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.textProperty().isNotEmpty());
        return note;
    }

    private static VBox card(javafx.scene.Node... nodes) {
        VBox card = new VBox(6, nodes);
        card.getStyleClass().add("chart-card");
        card.setPadding(new Insets(8));
        return card;
    }
}
