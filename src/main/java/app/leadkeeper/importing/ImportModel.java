package app.leadkeeper.importing;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.TaskRunner;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The presentation model of the import wizard: file → detected format and column mapping → dry run over the whole
 * file → import with progress and Cancel → report with undo; plus the import history. Work runs through the
 * {@link TaskRunner}; the view polls {@link #progress()} while something runs.
 */
public final class ImportModel {
    /** Where the wizard is. */
    public enum Step {
        FILE,
        MAPPING,
        CHECKED,
        DONE,
        /** A spend report of an ad platform: what it holds and what an import would do (a dry run). */
        SPEND,
        SPEND_DONE
    }

    /** One column of the file and where its values go. */
    public static final class MappingRow {
        private final int column;
        private final String header;
        private final String example;
        private final ObjectProperty<Target> target;

        MappingRow(int column, String header, String example, Target target) {
            this.column = column;
            this.header = header;
            this.example = example;
            this.target = new SimpleObjectProperty<>(target);
        }

        public int column() {
            return column;
        }

        public String header() {
            return header;
        }

        public String example() {
            return example;
        }

        public ObjectProperty<Target> targetProperty() {
            return target;
        }
    }

    private final ImportService imports;
    private final SpendImportService spend;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final Runnable leadsChanged;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.FILE);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObjectProperty<Charset> encoding = new SimpleObjectProperty<>();
    private final ObjectProperty<Character> delimiter = new SimpleObjectProperty<>();
    private final ObjectProperty<SourceTool> tool = new SimpleObjectProperty<>();
    private final StringProperty profileName = new SimpleStringProperty("");
    private final StringProperty channel = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ImportReport> checked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportReport> imported = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UndoReport> undone = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpendReport> spendChecked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SpendReport> spendImported = new ReadOnlyObjectWrapper<>();
    private final StringProperty spendChannel = new SimpleStringProperty("");
    private final ObservableList<String> channelNames = FXCollections.observableArrayList();
    private Path spendFile;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<ImportBatch> history = FXCollections.observableArrayList();
    /** Handed out once: a fresh read-only wrapper per call would lose its listeners when collected. */
    private final ObservableList<ImportBatch> historyReadOnly = FXCollections.unmodifiableObservableList(history);

    private volatile Progress progress = new Progress();
    private boolean applyingPreview;

    public ImportModel(ImportService imports, TaskRunner tasks, Consumer<Exception> errors, Runnable leadsChanged) {
        this(imports, null, tasks, errors, leadsChanged);
    }

    /** {@code spend}: imports of ad platforms' spend reports, recognised when a file is opened; null for none. */
    public ImportModel(
            ImportService imports,
            SpendImportService spend,
            TaskRunner tasks,
            Consumer<Exception> errors,
            Runnable leadsChanged) {
        this.imports = imports;
        this.spend = spend;
        this.tasks = tasks;
        this.errors = errors;
        this.leadsChanged = leadsChanged;
        encoding.addListener((obs, old, now) -> reformat());
        delimiter.addListener((obs, old, now) -> reformat());
        tool.addListener((obs, old, now) -> {
            if (!applyingPreview
                    && now != null
                    && preview.get() != null
                    && now != preview.get().sniff().tool()) {
                applyPreview(preview.get()
                        .withSniff(preview.get().sniff().withTool(now))
                        .withMapping(
                                ColumnMapping.automatic(preview.get().sniff().header(), now)));
            }
        });
    }

    public void start() {
        reloadHistory();
    }

    public void reloadHistory() {
        tasks.run(imports::history).onSuccess(history::setAll).onError(errors).start();
    }

    /**
     * Reads the file's format, header and first rows, and proposes a mapping; a spend report of an ad platform is
     * checked whole instead (a dry run into its platform's channel) and shown in the spend step.
     */
    public void open(Path file) {
        run(
                "Reading " + file.getFileName() + "…",
                p -> {
                    if (spend != null && spend.recognise(file).isPresent()) {
                        return new Opened(null, spend.dryRun(file, null, p), spend.channelNames());
                    }
                    return new Opened(imports.preview(file), null, List.of());
                },
                opened -> {
                    checked.set(null);
                    imported.set(null);
                    undone.set(null);
                    spendImported.set(null);
                    if (opened.spend() != null) {
                        spendFile = file;
                        channelNames.setAll(opened.channels());
                        spendChannel.set(opened.spend().channel());
                        spendChecked.set(opened.spend());
                        step.set(Step.SPEND);
                    } else {
                        spendFile = null;
                        spendChecked.set(null);
                        applyPreview(opened.leads());
                        step.set(Step.MAPPING);
                    }
                });
    }

    /** What opening a file found: a lead file's preview, or a spend report's dry run and the channels to choose. */
    private record Opened(ImportPreview leads, SpendReport spend, List<String> channels) {}

    /** Checks the spend report again for the chosen channel (its duplicates depend on the channel's ledger). */
    public void checkSpend() {
        Path file = spendFile;
        String channel = chosenSpendChannel();
        long mine = ++spendChecks;
        // Two quick choices of channel: only the newest check's answer shows, whichever finishes first.
        run("Checking every row…", p -> spend.dryRun(file, channel, p), report -> {
            if (mine == spendChecks) {
                spendChecked.set(report);
            }
        });
    }

    private long spendChecks;

    /** Imports the spend report in one transaction; Cancel leaves the database as it was. */
    public void runSpendImport() {
        Path file = spendFile;
        String channel = chosenSpendChannel();
        run("Importing spend…", p -> spend.run(file, channel, p), report -> {
            if (report.refused()) {
                spendChecked.set(report);
                return;
            }
            spendImported.set(report);
            step.set(Step.SPEND_DONE);
            reloadHistory();
            // The channel metrics and the spend ledger read what was imported.
            leadsChanged.run();
        });
    }

    public void undoLastSpendImport() {
        SpendReport report = spendImported.get();
        if (report != null && report.batchId() != null) {
            undo(report.batchId());
        }
    }

    private String chosenSpendChannel() {
        String chosen = spendChannel.get();
        return chosen == null || chosen.isBlank() ? null : chosen.strip();
    }

    private void reformat() {
        ImportPreview current = preview.get();
        if (applyingPreview || current == null || encoding.get() == null || delimiter.get() == null) {
            return;
        }
        if (encoding.get().equals(current.sniff().charset())
                && delimiter.get() == current.sniff().delimiter()) {
            return;
        }
        Charset charset = encoding.get();
        char chosen = delimiter.get();
        run(
                "Reading again…",
                p -> imports.preview(current.file(), ImportReader.sniff(current.file(), charset, chosen), null),
                this::applyPreview);
    }

    private void applyPreview(ImportPreview result) {
        applyingPreview = true;
        try {
            preview.set(result);
            encoding.set(result.sniff().charset());
            delimiter.set(result.sniff().delimiter());
            tool.set(result.sniff().tool());
            profileName.set(result.profileName() == null ? "" : result.profileName());
            List<String> header = result.sniff().header();
            List<String> first = result.examples();
            mapping.clear();
            for (int i = 0; i < header.size(); i++) {
                mapping.add(new MappingRow(
                        i,
                        header.get(i),
                        i < first.size() ? first.get(i) : "",
                        result.mapping().target(i)));
            }
            checked.set(null);
        } finally {
            applyingPreview = false;
        }
    }

    /** The mapping as the user edited it. */
    ColumnMapping currentMapping() {
        return new ColumnMapping(
                mapping.stream().map(row -> row.targetProperty().get()).toList());
    }

    public void saveProfile() {
        ImportPreview current = preview.get();
        String name = profileName.get();
        ColumnMapping edited = currentMapping();
        run(
                "Saving the mapping…",
                p -> {
                    imports.saveProfile(name, current.sniff(), edited);
                    return name;
                },
                saved -> status.set(
                        "Mapping saved as “" + saved + "”; it is picked automatically for files with these columns."));
    }

    /** Reads the whole file and counts what an import would do. */
    public void check() {
        ImportPreview current = preview.get().withMapping(currentMapping());
        ImportOptions options = options();
        run("Checking every row…", p -> imports.dryRun(current, options, p), report -> {
            checked.set(report);
            step.set(Step.CHECKED);
        });
    }

    /** Imports the file in one transaction; Cancel leaves the database as it was. */
    public void runImport() {
        ImportPreview current = preview.get().withMapping(currentMapping());
        ImportOptions options = options();
        run("Importing…", p -> imports.run(current, options, p), report -> {
            imported.set(report);
            step.set(Step.DONE);
            leadsChanged.run();
            reloadHistory();
        });
    }

    public void undo(long batchId) {
        run("Undoing the import…", p -> imports.undo(batchId), report -> {
            undone.set(report);
            status.set(describe(report));
            leadsChanged.run();
            reloadHistory();
        });
    }

    public void undoLastImport() {
        ImportReport report = imported.get();
        if (report != null && report.batchId() != null) {
            undo(report.batchId());
        }
    }

    public void saveRejected(Path out) {
        ImportReport report = imported.get() != null ? imported.get() : checked.get();
        if (report == null) {
            return;
        }
        run(
                "Saving rejected rows…",
                p -> imports.saveRejected(report, out),
                saved -> status.set("Saved " + report.rejected() + " rejected rows to " + saved));
    }

    public void cancel() {
        progress.cancel();
    }

    public void restart() {
        preview.set(null);
        spendFile = null;
        spendChecked.set(null);
        spendImported.set(null);
        mapping.clear();
        checked.set(null);
        imported.set(null);
        step.set(Step.FILE);
        status.set("");
    }

    public void back() {
        if (step.get() == Step.SPEND) {
            restart();
        } else if (step.get() == Step.CHECKED) {
            step.set(Step.MAPPING);
        } else if (step.get() == Step.MAPPING) {
            restart();
        }
    }

    static String describe(UndoReport report) {
        if (report.isSpend()) {
            return "Undid the spend import of " + report.fileName() + ": removed " + report.removed()
                    + " spend entries and " + report.trafficRemoved() + " traffic rows.";
        }
        String text = "Undid the import of " + report.fileName() + ": removed " + report.removed() + " leads, restored "
                + report.restored() + ".";
        if (!report.leftAlone().isEmpty()) {
            text += " Left alone because they were edited since: " + String.join(", ", report.leftAlone()) + ".";
        }
        return text;
    }

    private ImportOptions options() {
        String chosen = channel.get() == null || channel.get().isBlank()
                ? null
                : channel.get().strip();
        String profile = profileName.get() == null || profileName.get().isBlank()
                ? null
                : profileName.get().strip();
        return new ImportOptions(chosen, profile);
    }

    private <T> void run(String message, Work<T> work, Consumer<T> done) {
        Progress mine = new Progress();
        progress = mine;
        mine.update(-1, message);
        busy.set(true);
        status.set("");
        tasks.run(() -> work.run(mine))
                .onSuccess(done)
                .onError(e -> {
                    if (e instanceof Progress.CancelledException) {
                        status.set("Cancelled: nothing was imported or changed.");
                    } else {
                        errors.accept(e);
                    }
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    /** The progress of whatever runs now; the view polls it a few times a second. */
    public Progress progress() {
        return progress;
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObjectProperty<Charset> encodingProperty() {
        return encoding;
    }

    public ObjectProperty<Character> delimiterProperty() {
        return delimiter;
    }

    public ObjectProperty<SourceTool> toolProperty() {
        return tool;
    }

    public StringProperty profileNameProperty() {
        return profileName;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public ReadOnlyObjectProperty<ImportReport> checkedProperty() {
        return checked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ImportReport> importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UndoReport> undoneProperty() {
        return undone.getReadOnlyProperty();
    }

    /** The dry run of the spend report being imported, for the spend step. */
    public ReadOnlyObjectProperty<SpendReport> spendCheckedProperty() {
        return spendChecked.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SpendReport> spendImportedProperty() {
        return spendImported.getReadOnlyProperty();
    }

    /** The channel the spend goes to: the platform's, or the one the user picks or types. */
    public StringProperty spendChannelProperty() {
        return spendChannel;
    }

    public ObservableList<String> channelNames() {
        return channelNames;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<ImportBatch> history() {
        return historyReadOnly;
    }
}
