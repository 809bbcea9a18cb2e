package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * "N customers in a period": the leads and spend each channel alone would need at its current rates, and the
 * cheapest mix by cost of acquisition. With too little data it says so instead of a number.
 */
public final class ForecastView extends ScrollPane {
    private static final double ROW = 30;

    private final ForecastModel model;
    private final Label question = new Label();
    private final Label message = new Label();
    private final Label summary = new Label();
    private final TableView<Forecast.MixPart> mix = new TableView<>();
    private final TableView<Forecast.Line> lines = new TableView<>();
    private final Label mixTitle = section("The cheapest mix");
    private MetricText text = new MetricText("EUR");

    public ForecastView(ForecastModel model) {
        this.model = model;
        getStyleClass().addAll("forecast-view", "edge-to-edge");
        setFitToWidth(true);
        question.setId("forecast-question");
        question.getStyleClass().add("forecast-question");
        question.setWrapText(true);
        message.setId("forecast-message");
        message.getStyleClass().add("forecast-message");
        message.setGraphic(new FontIcon(Material2OutlinedMZ.WARNING));
        message.setWrapText(true);
        summary.setId("forecast-summary");
        summary.getStyleClass().add("forecast-summary");
        summary.setWrapText(true);
        buildMix();
        buildLines();
        Label linesTitle = section("Each channel alone, at its rates");
        VBox content = new VBox(12, inputs(), question, message, mixTitle, summary, mix, linesTitle, lines);
        content.setPadding(new Insets(16));
        setContent(content);
        model.forecastProperty().addListener((obs, old, now) -> show(now));
        model.questionProperty().addListener((obs, old, now) -> question.setText(now));
        show(null);
    }

    /** The currency the amounts read in (the metrics' folder currency). */
    public void setCurrency(String currency) {
        text = new MetricText(currency);
        mix.refresh();
        lines.refresh();
        show(model.forecastProperty().get());
    }

    private FlowPane inputs() {
        Spinner<Integer> customers =
                new Spinner<>(1, 100_000, model.customersProperty().get());
        customers.setId("forecast-customers");
        customers.setEditable(true);
        customers.setPrefWidth(110);
        customers.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.customersProperty().set(now);
            }
        });
        ComboBox<ForecastTarget> target = new ComboBox<>();
        target.setId("forecast-target");
        target.getItems().setAll(ForecastTarget.values());
        target.valueProperty().bindBidirectional(model.targetProperty());
        Spinner<Integer> days = new Spinner<>(1, 3650, model.daysProperty().get());
        days.setId("forecast-days");
        days.setEditable(true);
        days.setPrefWidth(100);
        days.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.daysProperty().set(now);
            }
        });
        days.visibleProperty().bind(model.targetProperty().isEqualTo(ForecastTarget.DAYS));
        days.managedProperty().bind(days.visibleProperty());
        ComboBox<PeriodPreset> basis = new ComboBox<>();
        basis.setId("forecast-basis");
        basis.getItems().setAll(ForecastModel.BASES);
        basis.valueProperty().bindBidirectional(model.basisProperty());
        FlowPane row = new FlowPane(
                8, 8, field("Win"), customers, field("customers in"), target, days, field("at the rates of"), basis);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("forecast-inputs");
        return row;
    }

    private void show(Forecast forecast) {
        boolean none = forecast == null || forecast.problem() != null;
        message.setText(forecast == null ? "" : forecast.problem());
        message.setVisible(forecast != null && forecast.problem() != null);
        message.setManaged(message.isVisible());
        for (javafx.scene.Node node : new javafx.scene.Node[] {mixTitle, summary, mix}) {
            node.setVisible(!none);
            node.setManaged(!none);
        }
        mix.getItems().setAll(forecast == null ? java.util.List.of() : forecast.mix());
        lines.getItems().setAll(forecast == null ? java.util.List.of() : forecast.lines());
        lines.setVisible(forecast != null && !forecast.lines().isEmpty());
        lines.setManaged(lines.isVisible());
        fit(mix);
        fit(lines);
        if (!none) {
            StringBuilder s = new StringBuilder(String.format(
                    "%s leads in all, for %s of spend.",
                    text.count(forecast.mixLeads()), text.money(forecast.mixSpend())));
            if (forecast.shortfall() > 0) {
                s.append(' ')
                        .append(text.count(forecast.shortfall()))
                        .append(forecast.shortfall() == 1 ? " customer" : " customers")
                        .append(" could not be placed: no paid channel has enough data to scale beyond its pace.");
            }
            summary.setText(s.toString());
        }
    }

    private void buildMix() {
        mix.setId("forecast-mix");
        mix.getColumns().add(textColumn("Channel", 200, Forecast.MixPart::channel, false));
        mix.getColumns().add(textColumn("Customers", 110, p -> text.count(p.customers()), true));
        mix.getColumns().add(textColumn("Leads", 110, p -> text.count(p.leads()), true));
        mix.getColumns().add(textColumn("Spend", 130, p -> money(p.spend()), true));
        mix.getColumns()
                .add(textColumn(
                        "How",
                        380,
                        p -> p.atPace() ? "at its current pace" : "scaled beyond its pace, at its cost per customer",
                        false));
        setUpTable(mix, "No channel had enough data for a mix.");
    }

    private void buildLines() {
        lines.setId("forecast-lines");
        lines.getColumns().add(textColumn("Channel", 200, Forecast.Line::channel, false));
        lines.getColumns().add(textColumn("Leads (basis)", 100, l -> text.count(l.basisLeads()), true));
        lines.getColumns().add(textColumn("Customers (basis)", 120, l -> text.count(l.basisCustomers()), true));
        lines.getColumns().add(textColumn("Lead → customer", 120, l -> text.percent(l.conversionRate()), true));
        lines.getColumns().add(textColumn("Cost per lead", 110, l -> money(l.costPerLead()), true));
        lines.getColumns().add(textColumn("Cost per customer", 130, l -> money(l.costOfAcquisition()), true));
        lines.getColumns()
                .add(textColumn(
                        "Leads needed",
                        110,
                        l -> l.leadsNeeded() == null ? MetricText.UNDEFINED : text.count(l.leadsNeeded()),
                        true));
        lines.getColumns().add(textColumn("Spend needed", 120, l -> money(l.spendNeeded()), true));
        lines.getColumns()
                .add(textColumn(
                        "Note",
                        360,
                        l -> l.problem() != null
                                ? l.problem()
                                : l.spendNeeded() == null ? "No spend recorded: leads at no cost so far" : "",
                        false));
        setUpTable(lines, "No channel had leads in the basis period.");
    }

    private String money(BigDecimal amount) {
        return text.money(amount);
    }

    private static <S> TableColumn<S, String> textColumn(
            String title, double width, Function<S, String> value, boolean numeric) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(Math.max(width, MetricsTableView.headerWidth(title)));
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        if (numeric) {
            column.getStyleClass().add("metric-column");
        }
        return column;
    }

    private static void setUpTable(TableView<?> table, String empty) {
        table.setFixedCellSize(ROW);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(empty));
        table.getStyleClass().add("forecast-table");
    }

    /** Tall enough for every row: the page scrolls, not each table. */
    private static void fit(TableView<?> table) {
        // The header, the rows, and room for the sideways scroll bar of a table wider than the page.
        double height = 46 + Math.max(1, table.getItems().size()) * ROW + 26;
        table.setMinHeight(height);
        table.setPrefHeight(height);
        table.setMaxHeight(height);
    }

    private static Label field(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("editor-section");
        return label;
    }
}
