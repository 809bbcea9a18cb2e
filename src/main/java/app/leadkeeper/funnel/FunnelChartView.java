package app.leadkeeper.funnel;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * The funnel of a period: one bar per open stage and one for won, as wide as the share of leads that reached it, with
 * the conversion to the next stage and the median days spent in the stage; the overall lead-to-customer rate and the
 * lost reasons beside it. Figures are computed off the FX thread.
 */
public final class FunnelChartView extends BorderPane {
    /** The periods offered; CUSTOM shows the two date pickers. */
    enum Period {
        THIS_MONTH("This month"),
        LAST_MONTH("Last month"),
        THIS_QUARTER("This quarter"),
        THIS_YEAR("This year"),
        LAST_12_MONTHS("Last 12 months"),
        ALL("All time"),
        CUSTOM("Custom…");

        private final String label;

        Period(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        LocalDate from(LocalDate today) {
            return switch (this) {
                case THIS_MONTH -> today.withDayOfMonth(1);
                case LAST_MONTH -> today.withDayOfMonth(1).minusMonths(1);
                case THIS_QUARTER -> today.withDayOfMonth(1).withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1);
                case THIS_YEAR -> today.withDayOfYear(1);
                case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
                case ALL, CUSTOM -> null;
            };
        }

        LocalDate to(LocalDate today) {
            return switch (this) {
                case LAST_MONTH -> today.withDayOfMonth(1).minusDays(1);
                case ALL, CUSTOM -> null;
                default -> today;
            };
        }
    }

    private static final Channel ALL_CHANNELS = new Channel(
            -1,
            "All channels",
            app.leadkeeper.channels.ChannelCategory.OTHER,
            app.leadkeeper.channels.Direction.INBOUND);

    private final FunnelService funnel;
    private final ChannelService channels;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final ZoneId zone;

    private final ComboBox<Period> period = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<Channel> channel = new ComboBox<>();
    private final VBox bars = new VBox(6);
    private final Label summary = new Label();
    private final VBox lostReasons = new VBox(4);
    private int generation;

    public FunnelChartView(
            FunnelService funnel, ChannelService channels, TaskRunner tasks, Consumer<Exception> errors, ZoneId zone) {
        this.funnel = funnel;
        this.channels = channels;
        this.tasks = tasks;
        this.errors = errors;
        this.zone = zone;
        getStyleClass().add("funnel-chart-view");
        setTop(filterBar());
        setCenter(body());
    }

    private HBox filterBar() {
        period.getItems().setAll(Period.values());
        period.setValue(Period.LAST_12_MONTHS);
        period.setId("funnelPeriod");
        from.setPromptText("From");
        to.setPromptText("To");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        channel.setId("funnelChannel");
        channel.getItems().setAll(ALL_CHANNELS);
        channel.setValue(ALL_CHANNELS);
        channel.setConverter(new StringConverter<>() {
            @Override
            public String toString(Channel c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Channel fromString(String text) {
                return null;
            }
        });
        boolean[] custom = {false};
        period.valueProperty().addListener((obs, old, now) -> {
            custom[0] = now == Period.CUSTOM;
            from.setVisible(custom[0]);
            from.setManaged(custom[0]);
            to.setVisible(custom[0]);
            to.setManaged(custom[0]);
            refresh();
        });
        from.setVisible(false);
        from.setManaged(false);
        to.setVisible(false);
        to.setManaged(false);
        from.valueProperty().addListener((obs, old, now) -> refresh());
        to.valueProperty().addListener((obs, old, now) -> refresh());
        channel.valueProperty().addListener((obs, old, now) -> refresh());
        Label periodLabel = new Label("Leads created");
        periodLabel.getStyleClass().add("field-label");
        HBox bar = new HBox(8, periodLabel, period, from, to, channel);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private ScrollPane body() {
        summary.getStyleClass().add("funnel-summary");
        summary.setId("funnelSummary");
        summary.setWrapText(true);
        bars.setId("funnelBars");
        Label barsTitle = new Label("Stage by stage");
        barsTitle.getStyleClass().add("editor-section");
        VBox left = new VBox(10, summary, barsTitle, bars);
        left.setFillWidth(true);
        HBox.setHgrow(left, Priority.ALWAYS);
        Label lostTitle = new Label("Why leads were lost");
        lostTitle.getStyleClass().add("editor-section");
        lostReasons.setId("funnelLostReasons");
        VBox right = new VBox(8, lostTitle, lostReasons);
        right.setMinWidth(220);
        right.setPrefWidth(260);
        right.getStyleClass().add("funnel-side");
        HBox content = new HBox(24, left, right);
        content.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Recomputes the figures (after leads or stages changed). */
    public void refresh() {
        LocalDate today = LocalDate.now(zone);
        Period chosen = period.getValue();
        LocalDate start = chosen == Period.CUSTOM ? from.getValue() : chosen.from(today);
        LocalDate end = chosen == Period.CUSTOM ? to.getValue() : chosen.to(today);
        if (start != null && end != null && end.isBefore(start)) {
            summary.setText("The period ends before it starts: choose a later end date.");
            bars.getChildren().clear();
            return;
        }
        Channel picked = channel.getValue();
        Long channelId = picked == null || picked.id() < 0 ? null : picked.id();
        FunnelPeriod chosenPeriod = FunnelPeriod.days(start, end, channelId, zone);
        int mine = ++generation;
        tasks.run(() -> new Loaded(funnel.report(chosenPeriod), channels.all()))
                .onSuccess(loaded -> {
                    if (mine == generation) {
                        show(loaded.report());
                        updateChannels(loaded.channels());
                    }
                })
                .onError(errors)
                .start();
    }

    private record Loaded(FunnelReport report, List<Channel> channels) {}

    private void updateChannels(List<Channel> all) {
        List<Channel> items = new ArrayList<>();
        items.add(ALL_CHANNELS);
        items.addAll(all);
        Channel selected = channel.getValue();
        if (!items.equals(channel.getItems())) {
            channel.getItems().setAll(items);
            channel.setValue(items.stream()
                    .filter(c -> selected != null && c.id() == selected.id())
                    .findFirst()
                    .orElse(ALL_CHANNELS));
        }
    }

    void show(FunnelReport report) {
        if (report.leads() == 0) {
            summary.setText("No leads were created in this period. Choose a longer period or another channel.");
        } else {
            summary.setText(String.format(
                    Locale.ROOT,
                    "%,d leads · %,d won · %,d lost · lead to customer %s",
                    report.leads(),
                    report.won(),
                    report.lost(),
                    percent(report.leadToCustomerRate())));
        }
        bars.getChildren().clear();
        long top = Math.max(1, report.leads());
        for (FunnelReport.StageFigures figures : report.stages()) {
            if (figures.stage().kind() == StageKind.LOST) {
                continue;
            }
            bars.getChildren().add(bar(figures, top));
        }
        lostReasons.getChildren().clear();
        if (report.lostReasons().isEmpty()) {
            Label none = new Label("No lost leads in this period.");
            none.getStyleClass().add("field-label");
            lostReasons.getChildren().add(none);
        }
        report.lostReasons().forEach((reason, count) -> {
            Label name = new Label(reason.isEmpty() ? "(no reason given)" : reason);
            name.setMaxWidth(Double.MAX_VALUE);
            name.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            HBox.setHgrow(name, Priority.ALWAYS);
            Label number = new Label(String.format(Locale.ROOT, "%,d", count));
            number.getStyleClass().add("funnel-count");
            HBox row = new HBox(8, name, number);
            row.getStyleClass().add("funnel-lost-row");
            lostReasons.getChildren().add(row);
        });
    }

    private GridPane bar(FunnelReport.StageFigures figures, long top) {
        Stage stage = figures.stage();
        Label name = new Label(stage.name());
        name.getStyleClass().add("funnel-stage-name");
        name.setMinWidth(60);
        name.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        Tooltip.install(name, new Tooltip(stage.name() + " · " + stage.section().label()));
        Region fill = new Region();
        fill.getStyleClass().add("funnel-bar");
        fill.setStyle("-fx-background-color: " + stage.color() + ";");
        double share = figures.reached() / (double) top;
        fill.setMinHeight(26);
        fill.setMaxWidth(Region.USE_PREF_SIZE);
        StackPane track = new StackPane(fill);
        track.setAlignment(Pos.CENTER);
        track.getStyleClass().add("funnel-track");
        track.widthProperty()
                .addListener((obs, old, width) -> fill.setPrefWidth(Math.max(4, width.doubleValue() * share)));
        Label count = new Label(String.format(Locale.ROOT, "%,d", figures.reached()));
        count.getStyleClass().add("funnel-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        StringBuilder detail = new StringBuilder();
        if (stage.isOpen()) {
            detail.append("→ next ").append(percent(figures.conversionToNext()));
            detail.append(" · median ").append(days(figures.medianDaysInStage()));
        } else {
            detail.append(String.format(Locale.ROOT, "%s of all leads", percent(share)));
        }
        Label more = new Label(detail.toString());
        more.getStyleClass().add("field-label");
        more.setMinWidth(Region.USE_PREF_SIZE);
        GridPane row = new GridPane();
        row.setHgap(12);
        row.getColumnConstraints()
                .addAll(
                        new ColumnConstraints(110, 140, 200),
                        grow(),
                        new ColumnConstraints(70, 80, Region.USE_PREF_SIZE),
                        new ColumnConstraints(200, 230, Region.USE_PREF_SIZE));
        row.addRow(0, name, track, count, more);
        row.getStyleClass().add("funnel-row");
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ColumnConstraints grow() {
        ColumnConstraints c = new ColumnConstraints();
        c.setHgrow(Priority.ALWAYS);
        c.setMinWidth(120);
        return c;
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : String.format(Locale.ROOT, "%.1f %%", rate * 100);
    }

    private static String days(Double value) {
        if (value == null) {
            return "—";
        }
        return value < 1
                ? String.format(Locale.ROOT, "%.0f h", value * 24)
                : String.format(Locale.ROOT, "%.1f days", value);
    }
}
