package app.leadkeeper.exporting;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadExport;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import app.leadkeeper.ui.ProgressDialog;
import app.leadkeeper.ui.SaveDialog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * Exports from the window: "Export this view…" in the Leads view and "Export report…" in the File menu. Each asks
 * its options, then where to save, then writes in the background with a progress bar and Cancel; when done, a
 * message offers Open and Show in folder. A cancelled export leaves no file; a failed one says why.
 */
public final class ExportActions implements LeadExport {
    /** Where to save: the suggested file name and format in, the chosen path (or none) out. */
    public interface SaveAs {
        Optional<Path> choose(String suggestedName, ExportFormat format);
    }

    private final ExportService exports;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Consumer<String> openUri;
    private final Clock clock;
    private SaveAs saveAs;
    private final SaveDialog saveDialog = new SaveDialog();

    public ExportActions(
            ExportService exports,
            TaskRunner tasks,
            Notifier notifier,
            DialogService dialogs,
            Supplier<Window> owner,
            Consumer<String> openUri,
            Clock clock) {
        this.exports = exports;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.owner = owner;
        this.openUri = openUri;
        this.clock = clock;
        this.saveAs = this::fileChooser;
    }

    /** Replaces the save dialog (tests choose the path themselves). */
    public void setSaveAs(SaveAs saveAs) {
        this.saveAs = saveAs;
    }

    @Override
    public void exportView(LeadFilter filter, LeadSort sort, List<String> columnIds, long count) {
        List<LeadColumn> shown = LeadColumn.ofTable(columnIds);
        Optional<ExportOptionsDialog.LeadChoice> choice =
                ExportOptionsDialog.askLeads(owner.get(), count, shown.size(), filter.isEmpty());
        if (choice.isEmpty()) {
            return;
        }
        ExportOptionsDialog.LeadChoice c = choice.get();
        String name = "leads-" + LocalDate.now(clock) + c.format().extension();
        Optional<Path> file = saveAs.choose(name, c.format());
        if (file.isEmpty()) {
            return;
        }
        List<LeadColumn> columns = c.allColumns() || shown.isEmpty() ? LeadColumn.ALL : shown;
        LeadSource source = exports.view(filter, sort);
        run("Exporting leads", file.get(), progress -> {
            ExportService.LeadsWritten written = exports.exportLeads(file.get(), source, columns, c.csv(), progress);
            return String.format(
                            Locale.ENGLISH,
                            "Exported %,d lead%s to %s",
                            written.leads(),
                            written.leads() == 1 ? "" : "s",
                            fileName(file.get()))
                    + (written.sheets().size() > 1 ? " (on " + written.sheets().size() + " sheets)" : "");
        });
    }

    /** "Export report…": the period, then the file, then the workbook. */
    public void exportReport() {
        Optional<ExportOptionsDialog.Period> period =
                ExportOptionsDialog.askReportPeriod(owner.get(), LocalDate.now(clock));
        if (period.isEmpty()) {
            return;
        }
        LocalDate from = period.get().from();
        LocalDate to = period.get().to();
        String name = "report-" + (from == null ? "all-time" : from.format(DateTimeFormatter.ISO_LOCAL_DATE))
                + (to == null || from == null ? "" : "-to-" + to) + ExportFormat.XLSX.extension();
        Optional<Path> file = saveAs.choose(name, ExportFormat.XLSX);
        if (file.isEmpty()) {
            return;
        }
        run("Exporting the report", file.get(), progress -> {
            ReportWorkbook.Written written = exports.exportReport(file.get(), from, to, progress);
            return String.format(
                    Locale.ENGLISH, "Wrote the report to %s (%,d leads)", fileName(file.get()), written.leads());
        });
    }

    private interface Work {
        String run(Progress progress);
    }

    private void run(String title, Path file, Work work) {
        Progress progress = new Progress();
        ProgressDialog dialog = new ProgressDialog(owner.get(), title, progress);
        dialog.show();
        tasks.run(() -> work.run(progress))
                .onSuccess(message -> notifier.showFile(message, file, openUri))
                .onError(e -> {
                    if (e instanceof Progress.CancelledException) {
                        notifier.show("Export cancelled: no file was written");
                    } else {
                        dialogs.showError("Could not export", e);
                    }
                })
                .andFinally(dialog::close)
                .start();
    }

    private Optional<Path> fileChooser(String suggestedName, ExportFormat format) {
        return saveDialog.ask(owner.get(), "Export to", suggestedName, format.description(), format.extension());
    }

    private static String fileName(Path file) {
        return file.getFileName().toString();
    }
}
