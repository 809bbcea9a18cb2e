package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.metrics.ChannelsModule;
import app.leadkeeper.metrics.ChannelsTab;
import app.leadkeeper.metrics.Metric;
import app.leadkeeper.metrics.MetricsLine;
import app.leadkeeper.metrics.MetricsTableView;
import app.leadkeeper.metrics.PeriodPreset;
import app.leadkeeper.testing.ChannelFixtures;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The Channels view as a user sees it: Ctrl+4 opens it on the last twelve months (the test clock says 20 Nov 2026);
 * Google Ads has spend and a customer, the newsletter has leads and no spend. Changing the period changes the table
 * and the charts; the totals stay pinned under the channels; undefined metrics read "—"; a small basis gives the forecast's message.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelsViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestWindows.freshApp(dir);
        Channel google = app.channels().find("Google Ads").orElseThrow();
        Channel newsletter = app.channels().find("Newsletter").orElseThrow();
        Channel longName = app.channels()
                .add(
                        "Spring trade fair in Hall 7 with the big booth and the raffle",
                        ChannelCategory.TRADE_SHOW,
                        Direction.OUTBOUND);
        for (int i = 0; i < 4; i++) {
            Lead lead = lead("Gina " + i, google, "2026-11-0" + (i + 2) + "T10:00:00+01:00");
            if (i == 0) {
                win(lead, "2026-11-12T10:00:00+01:00", "900");
            }
        }
        for (int i = 0; i < 3; i++) {
            lead("June " + i, google, "2026-06-1" + i + "T10:00:00+02:00");
        }
        lead("Nora", newsletter, "2026-11-05T10:00:00+01:00");
        lead("Ned", newsletter, "2026-10-05T10:00:00+02:00");
        lead("Fay", longName, "2026-09-05T10:00:00+02:00");
        spend(google, "2026-11-03", "200");
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void thePeriodChangesTheTableAndTheChartsAndTheTotalsStayPinned(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT4).release(KeyCode.DIGIT4, KeyCode.CONTROL);
        assertThat(onFx(() -> window.navigator().currentProperty().get().title()))
                .isEqualTo("Channels");
        MetricsTableView table = robot.lookup("#metrics-table").queryAs(MetricsTableView.class);
        waitUntil(
                "the last twelve months show",
                () -> cell(table, "Google Ads", Metric.LEADS).equals("7"));

        assertThat(onFx(() -> robot.lookup("#metrics-totals").query().isVisible()))
                .isTrue();
        assertThat(cell(table, "Total", Metric.LEADS)).isEqualTo("10");
        assertThat(onFx(() -> robot.lookup("#total-leads").queryAs(Label.class).getText()))
                .isEqualTo("10");
        assertThat(cell(table, "Google Ads", Metric.CUSTOMERS)).isEqualTo("1");
        assertThat(cell(table, "Google Ads", Metric.CPL)).isEqualTo(money("28.57")); // 200 ÷ 7
        // No spend on the newsletter: cost per lead and ROI are undefined, and say so.
        assertThat(cell(table, "Newsletter", Metric.CPL)).isEqualTo("—");
        assertThat(cell(table, "Newsletter", Metric.ROI)).isEqualTo("—");
        assertThat(cell(table, "Newsletter", Metric.MEDIAN_DAYS_TO_CONVERT)).isEqualTo("—");
        assertThat(shownTexts(table)).noneMatch(t -> t.contains("NaN") || t.contains("∞"));
        Snapshots.save(stage.getScene(), "channels-metrics");

        // Sorting by leads, either way, sorts the channels: the totals stay pinned under them.
        TableColumn<MetricsLine, ?> leads = column(table, Metric.LEADS);
        for (TableColumn.SortType direction : TableColumn.SortType.values()) {
            robot.interact(() -> {
                leads.setSortType(direction);
                table.getSortOrder().setAll(List.of(leads));
            });
            assertThat(onFx(() -> table.getItems().stream().noneMatch(MetricsLine::total)))
                    .isTrue();
            assertThat(onFx(() ->
                            robot.lookup("#total-leads").queryAs(Label.class).getText()))
                    .isEqualTo("10");
        }
        assertThat(onFx(() -> table.getItems().getFirst().name())).isEqualTo("Google Ads");

        robot.clickOn("#channels-tab-charts");
        StackedBarChart<String, Number> byMonth =
                robot.lookup("#chart-leads-by-month").query();
        assertThat(onFx(() -> byMonth.getData().getFirst().getData().size())).isEqualTo(12);
        BarChart<String, Number> cpl = robot.lookup("#chart-cpl").query();
        assertThat(onFx(() -> bars(cpl))).containsExactly("Google Ads");
        assertThat(onFx(() ->
                        robot.lookup("#chart-cpl-note").queryAs(Label.class).getText()))
                .contains("no spend recorded", "Newsletter");
        Snapshots.save(stage.getScene(), "channels-charts");

        robot.interact(() ->
                robot.lookup("#channels-period").<ComboBox<PeriodPreset>>query().setValue(PeriodPreset.THIS_MONTH));
        waitUntil(
                "this month shows",
                () -> onFx(() -> byMonth.getData().getFirst().getData().size()) == 1);
        assertThat(onFx(() -> byMonth.getData().getFirst().getName())).isEqualTo("Google Ads");
        assertThat(onFx(() -> byMonth.getData().getFirst().getData().getFirst().getYValue()))
                .isEqualTo(4L);
        assertThat(onFx(() -> cpl.getData().getFirst().getData().getFirst().getYValue()))
                .isEqualTo(50.0);
        BarChart<String, Number> funnel = robot.lookup("#chart-funnel").query();
        assertThat(onFx(() -> funnel.getData().getFirst().getData().stream()
                        .map(d -> d.getYValue().longValue())
                        .toList()))
                .containsExactly(5L, 1L, 1L, 1L); // the customer counts as MQL and SQL too
        robot.interact(
                () -> robot.lookup("#funnel-channel").<ComboBox<String>>query().setValue("Newsletter"));
        assertThat(onFx(() -> funnel.getData().getFirst().getData().getFirst().getYValue()))
                .isEqualTo(1L);

        robot.clickOn("#channels-tab-metrics");
        waitUntil(
                "the table follows",
                () -> cell(table, "Google Ads", Metric.LEADS).equals("4"));
        assertThat(cell(table, "Google Ads", Metric.CPL)).isEqualTo(money("50"));
        assertThat(cell(table, "Total", Metric.LEADS)).isEqualTo("5");
    }

    @Test
    void everyHeaderCarriesItsFormulaAsATooltip(FxRobot robot) {
        robot.clickOn("#nav-channels");
        MetricsTableView table = robot.lookup("#metrics-table").queryAs(MetricsTableView.class);
        for (Metric metric : Metric.values()) {
            Label header = onFx(() -> (Label) column(table, metric).getGraphic());
            assertThat(onFx(() -> header.getTooltip().getText())).contains(metric.formula());
        }
        assertThat(onFx(() -> ((Label) column(table, Metric.CPL).getGraphic())
                        .getTooltip()
                        .getText()))
                .isEqualTo("Cost per lead: Spend ÷ leads");
    }

    @Test
    void aPeriodWithNothingInItShowsTheEmptyState(FxRobot robot) {
        robot.clickOn("#nav-channels");
        MetricsTableView table = robot.lookup("#metrics-table").queryAs(MetricsTableView.class);
        waitUntil("the figures show", () -> onFx(() -> !table.getItems().isEmpty()));
        robot.interact(() -> {
            robot.lookup("#channels-period").<ComboBox<PeriodPreset>>query().setValue(PeriodPreset.CUSTOM);
            robot.lookup("#channels-from").<DatePicker>query().setValue(LocalDate.of(2020, 1, 1));
            robot.lookup("#channels-to").<DatePicker>query().setValue(LocalDate.of(2020, 3, 31));
        });
        waitUntil("the empty period shows", () -> onFx(() -> table.getItems().isEmpty()));
        waitUntil(
                "the empty state says why",
                () -> robot.lookup("#metrics-empty").tryQuery().isPresent());
        assertThat(onFx(() -> ((Label) robot.lookup("#metrics-empty")
                                .queryAs(javafx.scene.layout.VBox.class)
                                .getChildren()
                                .get(1))
                        .getText()))
                .isEqualTo("Nothing to measure in 1 Jan 2020 – 31 Mar 2020");
        Snapshots.save(stage.getScene(), "channels-empty");

        robot.interact(() -> robot.lookup("#channels-to").<DatePicker>query().setValue(LocalDate.of(2019, 3, 31)));
        assertThat(onFx(() -> robot.lookup("#channels-period-label")
                        .queryAs(Label.class)
                        .getText()))
                .contains("ends before it starts");
    }

    @Test
    void theForecastSaysWhenThereIsTooLittleData(FxRobot robot) {
        robot.clickOn("#nav-channels");
        robot.clickOn("#channels-tab-forecast");
        Label message = robot.lookup("#forecast-message").queryAs(Label.class);
        waitUntil("the forecast answers", () -> onFx(message::isVisible));
        assertThat(onFx(message::getText)).startsWith("Too little data to forecast");
        assertThat(onFx(() ->
                        robot.lookup("#forecast-question").queryAs(Label.class).getText()))
                .startsWith("10 customers in December 2026");
        TableView<?> lines = robot.lookup("#forecast-lines").query();
        assertThat(onFx(() -> lines.getItems().size())).isEqualTo(3);
        assertThat(onFx(() -> robot.lookup("#forecast-mix").query().isVisible()))
                .isFalse();
        Snapshots.save(stage.getScene(), "channels-forecast-too-little");
    }

    @Test
    void aPluggedTabShowsInItsPlaceAndRefreshesWhenShownOrTheDataChanged(FxRobot robot) {
        int[] refreshed = {0};
        ChannelsModule module = window.channels();
        robot.interact(() -> module.plug(ChannelsTab.SPEND, new StackPane(new Label("ledger")), () -> refreshed[0]++));
        robot.clickOn("#nav-channels");
        assertThat(onFx(() -> robot.lookup("#channels-tabs").<javafx.scene.control.TabPane>query().getTabs().stream()
                        .map(t -> t.getText())
                        .toList()))
                .as("the window plugs the spend ledger and the traffic figures in")
                .containsExactly("Metrics", "Charts", "Forecast", "Spend", "Traffic");
        robot.clickOn("#channels-tab-spend");
        assertThat(robot.lookup("ledger").tryQuery())
                .as("a view plugged again replaces the first")
                .isPresent();
        assertThat(refreshed[0]).isEqualTo(1);
        // Spend typed in the plugged ledger: the window tells the module, which refreshes the tab on show.
        robot.interact(module::dataChanged);
        waitUntil("the shown tab refreshes", () -> onFx(() -> refreshed[0] == 2));
    }

    private Lead lead(String name, Channel channel, String created) {
        return ChannelFixtures.lead(app, name, channel, created);
    }

    private void win(Lead lead, String at, String revenue) {
        ChannelFixtures.win(app, lead, at, revenue);
    }

    /** Spend is typed in through the spend ledger of another feature; here it goes in as that ledger stores it. */
    private void spend(Channel channel, String date, String amount) {
        ChannelFixtures.spend(app, channel, date, false, amount);
    }

    private static String cell(MetricsTableView table, String channel, Metric metric) {
        if (channel.equals("Total")) {
            return onFx(() -> table.totalsProperty().get() == null
                    ? "(no totals)"
                    : table.textOf(metric, table.totalsProperty().get()));
        }
        return onFx(() -> table.getItems().stream()
                .filter(line -> line.name().equals(channel))
                .findFirst()
                .map(line -> table.textOf(metric, line))
                .orElse("(no row)"));
    }

    /** Money as the user's locale writes it: the test reads the table in whatever locale it runs in. */
    private static String money(String amount) {
        return new app.leadkeeper.metrics.MetricText("EUR").money(new BigDecimal(amount));
    }

    private static List<String> shownTexts(MetricsTableView table) {
        return onFx(() -> table.getItems().stream()
                .flatMap(line -> java.util.Arrays.stream(Metric.values()).map(m -> table.textOf(m, line)))
                .toList());
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<MetricsLine, ?> column(MetricsTableView table, Metric metric) {
        return onFx(() -> table.getColumns().stream()
                .filter(c -> ("metric-" + metric.key()).equals(c.getId()))
                .findFirst()
                .orElseThrow());
    }

    private static List<String> bars(BarChart<String, Number> chart) {
        return chart.getData().getFirst().getData().stream()
                .map(XYChart.Data::getXValue)
                .toList();
    }
}
