package app.leadkeeper.metrics;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The Channels view: a period bar over the tabs Metrics, Charts and Forecast, and the Spend and Traffic tabs once
 * another feature plugs them in. The period bar shows on the tabs that read its period.
 */
public final class ChannelsView extends BorderPane {
    private final ChannelsModel model;
    private final ForecastModel forecast;
    private final MetricsTableView table = new MetricsTableView();
    private final ChannelChartsView charts = new ChannelChartsView();
    private final TabPane tabs = new TabPane();
    private final Map<ChannelsTab, Tab> byKind = new EnumMap<>(ChannelsTab.class);
    private final Map<ChannelsTab, Runnable> refreshers = new EnumMap<>(ChannelsTab.class);
    private ChannelsSnapshot chartsShow;

    public ChannelsView(ChannelsModel model, ForecastModel forecast) {
        this.model = model;
        this.forecast = forecast;
        setId("channels-view");
        getStyleClass().add("channels-view");
        getStylesheets()
                .add(ChannelsView.class
                        .getResource("/app/leadkeeper/metrics/channels.css")
                        .toExternalForm());
        // Each tab that reads the period has the bar at its top: the tab strip stays put when switching tabs.
        javafx.scene.layout.VBox metrics = new javafx.scene.layout.VBox(table, new MetricsTotalsBar(table));
        javafx.scene.layout.VBox.setVgrow(table, Priority.ALWAYS);
        add(ChannelsTab.METRICS, withPeriodBar(metrics, ""));
        add(ChannelsTab.CHARTS, withPeriodBar(charts, "-charts"));
        add(ChannelsTab.FORECAST, new ForecastView(forecast));
        tabs.setId("channels-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("channels-tabs");
        setCenter(tabs);
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            refreshShown();
        });
        model.snapshotProperty().addListener((obs, old, now) -> {
            if (now != null) {
                table.show(now.metrics());
                showCharts();
                ((ForecastView) byKind.get(ChannelsTab.FORECAST).getContent())
                        .setCurrency(now.metrics().currency());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F5) {
                reload();
                e.consume();
            }
        });
    }

    /** Reads everything shown again: the period's figures, and the selected tab if it reads its own. */
    public void reload() {
        model.reload();
        refreshShown();
    }

    /** Puts another feature's view in its tab (in the tabs' order), or replaces the one there. */
    public void plug(ChannelsTab kind, Node content, Runnable refresh) {
        refreshers.put(kind, refresh == null ? () -> {} : refresh);
        Tab tab = byKind.get(kind);
        if (tab != null) {
            tab.setContent(content);
            if (tabs.getSelectionModel().getSelectedItem() == tab) {
                refreshShown();
            }
            return;
        }
        add(kind, content);
    }

    public void select(ChannelsTab kind) {
        Tab tab = byKind.get(kind);
        if (tab != null) {
            tabs.getSelectionModel().select(tab);
        }
    }

    private void add(ChannelsTab kind, Node content) {
        Tab tab = new Tab(kind.label(), content);
        tab.setId(kind.id());
        byKind.put(kind, tab);
        int index = 0;
        for (Tab existing : tabs.getTabs()) {
            if (kindOf(existing).ordinal() < kind.ordinal()) {
                index++;
            }
        }
        tabs.getTabs().add(index, tab);
    }

    /**
     * Charts are drawn while their tab shows: a category axis laid out in a hidden tab keeps its tick labels hidden
     * once shown.
     */
    private void showCharts() {
        ChannelsSnapshot now = model.snapshotProperty().get();
        if (now != null
                && now != chartsShow
                && tabs.getSelectionModel().getSelectedItem() == byKind.get(ChannelsTab.CHARTS)) {
            chartsShow = now;
            charts.show(now);
        }
    }

    private void refreshShown() {
        ChannelsTab kind = kindOf(tabs.getSelectionModel().getSelectedItem());
        if (kind == ChannelsTab.CHARTS) {
            showCharts();
        } else if (kind == ChannelsTab.FORECAST) {
            forecast.reload();
        } else if (kind != null && refreshers.containsKey(kind)) {
            refreshers.get(kind).run();
        }
    }

    private ChannelsTab kindOf(Tab tab) {
        return byKind.entrySet().stream()
                .filter(e -> e.getValue() == tab)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(null);
    }

    private BorderPane withPeriodBar(Node content, String idSuffix) {
        BorderPane pane = new BorderPane(content);
        pane.setTop(periodBar(idSuffix));
        return pane;
    }

    private HBox periodBar(String suffix) {
        ComboBox<PeriodPreset> preset = new ComboBox<>();
        preset.setId("channels-period" + suffix);
        preset.getItems().setAll(PeriodPreset.values());
        preset.valueProperty().bindBidirectional(model.presetProperty());
        DatePicker from = new DatePicker();
        from.setId("channels-from" + suffix);
        from.setPromptText("First day");
        from.setPrefWidth(150);
        from.valueProperty().bindBidirectional(model.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("channels-to" + suffix);
        to.setPromptText("Last day");
        to.setPrefWidth(150);
        to.valueProperty().bindBidirectional(model.toProperty());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.visibleProperty().bind(model.presetProperty().isEqualTo(PeriodPreset.CUSTOM));
            picker.managedProperty().bind(picker.visibleProperty());
        }
        Label dash = new Label("–");
        dash.visibleProperty().bind(from.visibleProperty());
        dash.managedProperty().bind(dash.visibleProperty());
        Label shown = new Label();
        shown.setId("channels-period-label" + suffix);
        shown.getStyleClass().add("field-label");
        // Custom dates are in the pickers already: the label then only speaks up when they make no period.
        shown.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> model.problemProperty().get() != null
                                ? model.problemProperty().get()
                                : model.presetProperty().get() == PeriodPreset.CUSTOM
                                        ? ""
                                        : model.periodProperty().get().label(),
                        model.problemProperty(),
                        model.presetProperty(),
                        model.periodProperty()));
        shown.setMinWidth(0);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("channels-loading" + suffix);
        busy.setMaxSize(18, 18);
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(model.loadingProperty());
        Label title = new Label("Leads created");
        title.getStyleClass().add("field-label");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, title, preset, from, dash, to, shown, grow, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.setId("channels-period-bar" + suffix);
        bar.getStyleClass().addAll("filter-bar", "channels-period-bar");
        return bar;
    }
}
