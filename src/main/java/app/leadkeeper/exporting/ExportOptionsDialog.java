package app.leadkeeper.exporting;

import app.leadkeeper.metrics.PeriodPreset;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.ui.Delimiters;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The questions before an export: format, columns and CSV options for leads; the period for the report. */
final class ExportOptionsDialog {
    /** What the user chose for a lead export. */
    record LeadChoice(ExportFormat format, boolean allColumns, CsvOptions csv) {}

    /** A report period; a null end is open. */
    record Period(LocalDate from, LocalDate to) {}

    private static final ButtonType EXPORT = new ButtonType("Export…", ButtonBar.ButtonData.OK_DONE);

    private ExportOptionsDialog() {}

    static Optional<LeadChoice> askLeads(Window owner, long count, int shownColumns, boolean unfiltered) {
        Dialog<LeadChoice> dialog = dialog(
                owner,
                String.format(
                        Locale.ENGLISH,
                        "Export %s %,d lead%s",
                        unfiltered ? "all" : "the view's",
                        count,
                        count == 1 ? "" : "s"));
        ToggleGroup format = new ToggleGroup();
        RadioButton xlsx =
                radio("Excel workbook (.xlsx): opens in Excel, LibreOffice and Numbers", format, "export-xlsx");
        RadioButton csv = radio("CSV (.csv): for other programs and for importing again", format, "export-csv");
        xlsx.setSelected(true);
        ToggleGroup columns = new ToggleGroup();
        RadioButton shown = radio(
                String.format(Locale.ENGLISH, "The %d columns shown in the table", shownColumns),
                columns,
                "export-shown");
        RadioButton all = radio(
                String.format(Locale.ENGLISH, "All %d columns", LeadColumn.ALL.size()), columns, "export-all-columns");
        (shownColumns > 0 ? shown : all).setSelected(true);
        shown.setDisable(shownColumns == 0);

        ComboBox<Character> delimiter = Delimiters.chooser("export-delimiter");
        delimiter.setValue(',');
        CheckBox bom = new CheckBox("Byte order mark, so that Excel reads accents and other scripts right");
        bom.setId("export-bom");
        bom.setSelected(true);
        ComboBox<CsvOptions.LineEnd> lineEnd = new ComboBox<>();
        lineEnd.setId("export-line-end");
        lineEnd.getItems().setAll(CsvOptions.LineEnd.values());
        lineEnd.setValue(CsvOptions.LineEnd.CRLF);
        GridPane csvOptions = new GridPane(10, 8);
        csvOptions.addRow(0, new Label("Delimiter"), delimiter);
        csvOptions.addRow(1, new Label("Line ends"), lineEnd);
        csvOptions.add(bom, 0, 2, 2, 1);
        csvOptions.setPadding(new Insets(0, 0, 0, 24));
        csvOptions.disableProperty().bind(csv.selectedProperty().not());

        VBox content = new VBox(
                8,
                heading("Format"),
                xlsx,
                csv,
                csvOptions,
                heading("Columns"),
                shown,
                all,
                muted("Text from leads is written as text: a cell starting with = + - or @ cannot run as a formula."));
        content.setPadding(new Insets(8, 14, 4, 14));
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> button != EXPORT
                ? null
                : new LeadChoice(
                        csv.isSelected() ? ExportFormat.CSV : ExportFormat.XLSX,
                        all.isSelected(),
                        new CsvOptions(delimiter.getValue(), bom.isSelected(), lineEnd.getValue())));
        return dialog.showAndWait();
    }

    static Optional<Period> askReportPeriod(Window owner, LocalDate today) {
        Dialog<Period> dialog = dialog(owner, "Export the report workbook");
        ComboBox<String> preset = new ComboBox<>();
        preset.setId("report-period");
        for (PeriodPreset p : PeriodPreset.values()) {
            if (p != PeriodPreset.CUSTOM) {
                preset.getItems().add(p.label());
            }
        }
        preset.getItems().addAll("All time", "Custom");
        DatePicker from = new DatePicker();
        from.setId("report-from");
        DatePicker to = new DatePicker();
        to.setId("report-to");
        preset.valueProperty().addListener((obs, old, label) -> {
            for (PeriodPreset p : PeriodPreset.values()) {
                if (p != PeriodPreset.CUSTOM && p.label().equals(label)) {
                    ReportPeriod period = ReportPeriod.of(p, today);
                    from.setValue(period.from());
                    to.setValue(period.to());
                }
            }
            if ("All time".equals(label)) {
                from.setValue(null);
                to.setValue(null);
            }
        });
        preset.setValue(PeriodPreset.THIS_MONTH.label());
        from.valueProperty().addListener((obs, old, v) -> markCustom(preset, from, to, today));
        to.valueProperty().addListener((obs, old, v) -> markCustom(preset, from, to, today));
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        problem.textProperty()
                .bind(javafx.beans.binding.Bindings.createStringBinding(
                        () -> from.getValue() != null
                                        && to.getValue() != null
                                        && to.getValue().isBefore(from.getValue())
                                ? "The period ends before it starts."
                                : "",
                        from.valueProperty(),
                        to.valueProperty()));
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        GridPane grid = new GridPane(10, 8);
        grid.addRow(0, new Label("Period"), preset);
        grid.addRow(1, new Label("From"), from);
        grid.addRow(2, new Label("To"), to);
        VBox content = new VBox(
                10,
                grid,
                problem,
                muted("Sheets: Summary, Leads (created in the period), Funnel, Channels, Tasks, Spend."));
        content.setPadding(new Insets(8, 14, 4, 14));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane()
                .lookupButton(EXPORT)
                .disableProperty()
                .bind(problem.textProperty().isNotEmpty());
        dialog.setResultConverter(button -> button != EXPORT ? null : new Period(from.getValue(), to.getValue()));
        return dialog.showAndWait();
    }

    /** Dates typed by hand make the period "Custom" (unless they are exactly a preset's). */
    private static void markCustom(ComboBox<String> preset, DatePicker from, DatePicker to, LocalDate today) {
        if (from.getValue() == null && to.getValue() == null) {
            preset.setValue("All time");
            return;
        }
        for (PeriodPreset p : PeriodPreset.values()) {
            if (p != PeriodPreset.CUSTOM) {
                ReportPeriod period = ReportPeriod.of(p, today);
                if (period.from().equals(from.getValue()) && period.to().equals(to.getValue())) {
                    preset.setValue(p.label());
                    return;
                }
            }
        }
        preset.setValue("Custom");
    }

    private static <T> Dialog<T> dialog(Window owner, String header) {
        Dialog<T> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) {
                dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
            }
        }
        dialog.setTitle("Leadkeeper");
        dialog.setHeaderText(header);
        dialog.getDialogPane().getButtonTypes().setAll(EXPORT, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(EXPORT).setId("export-confirm");
        dialog.getDialogPane().getStyleClass().add("export-dialog");
        return dialog;
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton radio = new RadioButton(text);
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-bold");
        label.setPadding(new Insets(6, 0, 0, 0));
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        label.setWrapText(true);
        label.setMaxWidth(460);
        return label;
    }
}
