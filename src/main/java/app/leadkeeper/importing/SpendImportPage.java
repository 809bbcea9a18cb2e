package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The import wizard's pages for a spend report: what it holds and would do, then what it did. */
final class SpendImportPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ImportModel model;

    SpendImportPage(ImportModel model) {
        this.model = model;
    }

    /** The platform, the channel to choose, the period, the counts, the total and every problem; then Import. */
    Node checkPage() {
        SpendReport report = model.spendCheckedProperty().get();
        Label heading = new Label("Spend report of " + report.platform().displayName());
        heading.setId("spend-platform");
        heading.getStyleClass().add("title-4");
        Label file = new Label(Path.of(report.file()).getFileName() + " · " + report.encoding() + " · "
                + (report.delimiter().equals("tab") ? "tab-separated" : "separated by " + report.delimiter()));
        file.getStyleClass().add("text-muted");

        ComboBox<String> channel = new ComboBox<>(model.channelNames());
        channel.setId("spend-channel");
        channel.setEditable(true);
        channel.setValue(model.spendChannelProperty().get());
        // A new channel checks again (the duplicates depend on the channel's ledger). The value, not the action
        // event: an editable chooser can take its editor's text as value without firing an action.
        channel.valueProperty().addListener((obs, old, chosen) -> {
            if (chosen != null
                    && !chosen.isBlank()
                    && !chosen.equals(model.spendChannelProperty().get())) {
                model.spendChannelProperty().set(chosen);
                model.checkSpend();
            }
        });
        channel.disableProperty().bind(model.busyProperty());
        Label period = new Label(period(report.from(), report.to()));
        period.setId("spend-period");
        Label total = new Label(money(report.total(), report.currency()));
        total.setId("spend-total");
        total.getStyleClass().add("title-3");
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(6);
        facts.addRow(0, ImportView.label("Channel"), channel);
        facts.addRow(1, ImportView.label("Period"), period);
        facts.addRow(2, ImportView.label("Spend in the file"), total);

        Label verdict = new Label(verdict(report));
        verdict.setId("spend-verdict");
        verdict.setWrapText(true);
        if (report.refused()) {
            verdict.getStyleClass().add("danger");
        }
        Button back = new Button("Back");
        back.setOnAction(e -> model.back());
        Button run = new Button(
                String.format("Import %,d rows", report.created()), new FontIcon(Material2OutlinedAL.DONE_ALL));
        run.setId("spend-run");
        run.getStyleClass().add("accent");
        run.setDefaultButton(true);
        run.setOnAction(e -> model.runSpendImport());
        if (report.refused() || report.created() == 0) {
            run.setDisable(true);
        } else {
            run.disableProperty().bind(model.busyProperty());
        }
        return ImportView.page(
                5,
                heading,
                file,
                facts,
                counts(report),
                verdict,
                problems(report),
                ImportView.statusLabel(model),
                ImportView.buttons(back, run));
    }

    /** What the import did, with Undo. */
    Node donePage() {
        SpendReport report = model.spendImportedProperty().get();
        Label heading = new Label(String.format(
                "Imported %s as import %d: %s of spend for %s",
                Path.of(report.file()).getFileName(),
                report.batchId(),
                money(report.total(), report.currency()),
                report.channel()));
        heading.setId("spend-done-title");
        heading.setWrapText(true);
        heading.getStyleClass().add("title-4");
        return ImportView.page(
                2,
                heading,
                counts(report),
                problems(report),
                ImportView.statusLabel(model),
                ImportView.buttons(
                        ImportView.undoButton(model, model::undoLastSpendImport), ImportView.againButton(model)));
    }

    private static Node counts(SpendReport report) {
        // Wraps in a narrow window rather than pushing the buttons out of it.
        FlowPane cards = new FlowPane(
                12,
                12,
                ImportView.count("Rows", report.rows(), "count-rows"),
                ImportView.count(report.dryRun() ? "New" : "Imported", report.created(), "count-created"),
                ImportView.count("Already there", report.duplicates(), "count-duplicates"),
                ImportView.count("Skipped", report.skipped(), "count-skipped"),
                ImportView.count("Rejected", report.rejected(), "count-rejected"));
        return cards;
    }

    private static Node problems(SpendReport report) {
        ListView<String> list = new ListView<>();
        list.setId("import-problems");
        String file = Path.of(report.file()).getFileName().toString();
        for (SpendProblem error : report.errors()) {
            list.getItems().add(file + ", line " + error.line() + ", " + error.field() + ": " + error.reason());
        }
        for (SpendProblem skipped : report.skippedRows()) {
            list.getItems().add("Line " + skipped.line() + " skipped: " + skipped.reason());
        }
        list.setPlaceholder(new Label("Every row is spend; nothing was skipped or rejected."));
        list.setPrefHeight(200);
        return list;
    }

    private static String verdict(SpendReport report) {
        if (report.refused()) {
            return "This file cannot be imported as it is: nothing will be written. Fix the rows below (or export"
                    + " the report again) and open it again.";
        }
        if (report.created() == 0) {
            return "Every row is already in the ledger of " + report.channel() + ": importing again changes nothing.";
        }
        return String.format(
                "%,d rows go into the ledger of %s%s.",
                report.created(),
                report.channel(),
                report.traffic() > 0
                        ? String.format(", with %,d traffic figures (impressions, clicks)", report.traffic())
                        : "");
    }

    static String period(LocalDate from, LocalDate to) {
        if (from == null) {
            return "—";
        }
        return from.equals(to) ? DAY.format(from) : DAY.format(from) + " – " + DAY.format(to);
    }

    static String money(BigDecimal amount, String currency) {
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance();
            format.setCurrency(Currency.getInstance(currency));
            return format.format(amount);
        } catch (IllegalArgumentException | NullPointerException e) {
            return String.format("%,.2f %s", amount, currency == null ? "" : currency);
        }
    }
}
