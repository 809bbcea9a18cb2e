package app.leadkeeper.settings;

import app.leadkeeper.backup.BackupTexts;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.data.Backups;
import app.leadkeeper.data.Restore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings › Backups: the folder's backups (newest first), how many to keep, a backup to a file of the user's choice,
 * and a restore (checked first; the window then closes its data, restores and opens again).
 */
public final class BackupsModel {
    /** One backup as the list shows it. */
    public record Row(Path file, String when, String kind, String size) {}

    private final Backups backups;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final Consumer<Path> restoreAndReopen;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerProperty keep = new SimpleIntegerProperty(Backups.DEFAULT_KEEP);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private int storedKeep = -1;
    private volatile boolean cancelled;

    /**
     * @param restoreAndReopen closes the window's data, puts the (checked) backup in place and opens it again
     */
    public BackupsModel(
            Backups backups,
            TaskRunner tasks,
            Consumer<Exception> errors,
            Consumer<Path> restoreAndReopen,
            ZoneId zone) {
        this.backups = backups;
        this.tasks = tasks;
        this.errors = errors;
        this.restoreAndReopen = restoreAndReopen;
        this.zone = zone;
        keep.addListener((obs, old, now) -> {
            int n = now.intValue();
            if (storedKeep < 0 || n == storedKeep) {
                return;
            }
            tasks.run(() -> {
                        backups.setKeep(n);
                        return backups.list();
                    })
                    .onSuccess(list -> {
                        storedKeep = n;
                        show(list);
                    })
                    .onError(errors)
                    .start();
        });
    }

    /** Reads the list and the setting again (Settings shows; a backup was taken meanwhile). */
    public void load() {
        tasks.run(() -> new Loaded(backups.list(), backups.keep()))
                .onSuccess(loaded -> {
                    storedKeep = loaded.keep();
                    keep.set(loaded.keep());
                    show(loaded.list());
                })
                .onError(errors)
                .start();
    }

    private record Loaded(List<Backups.Backup> list, int keep) {}

    /** Backs up into {@code file} in the background; Cancel leaves no file. */
    public void backUpTo(Path file) {
        cancelled = false;
        busy.set(true);
        message.set("Backing up to " + file.getFileName() + "…");
        // A cancelled backup is removed in the background too: the FX thread never touches the file.
        tasks.run(() -> {
                    Backups.Backup backup = backups.backupTo(file);
                    if (cancelled) {
                        delete(backup.file());
                        return Optional.<Backups.Backup>empty();
                    }
                    return Optional.of(backup);
                })
                .onSuccess(written -> message.set(written.map(backup ->
                                "Backed up to " + backup.file() + " (" + BackupTexts.size(backup.bytes()) + ").")
                        .orElse("Cancelled: no backup was written.")))
                .onError(e -> {
                    message.set("");
                    errors.accept(e);
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** Asks a running backup to leave no file behind (H2 writes it in one go: the file is removed once written). */
    public void cancel() {
        cancelled = true;
        message.set("Cancelling…");
    }

    /** Checks a backup in the background; {@code confirm} gets what it holds, to ask the user before restoring. */
    public void check(Path file, Consumer<Restore.Checked> confirm) {
        busy.set(true);
        message.set("Checking " + file.getFileName() + "…");
        tasks.run(() -> Restore.check(file))
                .onSuccess(checked -> {
                    // Nothing runs while the user decides: no progress bar or Cancel beside the question.
                    busy.set(false);
                    message.set("");
                    confirm.accept(checked);
                })
                .onError(e -> {
                    message.set("");
                    errors.accept(e);
                })
                .andFinally(() -> busy.set(false))
                .start();
    }

    /** What the confirmation says about a checked backup. */
    public String describe(Restore.Checked checked) {
        return String.format(
                "The backup of %s holds %,d %s. Everything now in this data folder is replaced by it; the current"
                        + " data is saved in backups/ first, so this can be undone by restoring that file."
                        + " Leadkeeper closes and opens the data again.",
                BackupTexts.when(checked.takenAt(), zone), checked.leads(), checked.leads() == 1 ? "lead" : "leads");
    }

    /** Restores the checked backup: the window closes its data, restores and opens it again. */
    public void restore(Restore.Checked checked) {
        restoreAndReopen.accept(checked.file());
    }

    private void show(List<Backups.Backup> list) {
        rows.setAll(list.stream()
                .map(b -> new Row(
                        b.file(), BackupTexts.when(b.takenAt(), zone), kind(b.kind()), BackupTexts.size(b.bytes())))
                .toList());
    }

    static String kind(Backups.Kind kind) {
        if (kind == null) {
            return "Other file";
        }
        return switch (kind) {
            case DAILY -> "Daily";
            case BEFORE_IMPORT -> "Before an import";
            case BEFORE_MIGRATION -> "Before an update";
            case BEFORE_RESTORE -> "Before a restore";
        };
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Said in the message: the user cancelled; a file that cannot be removed stays visible in its folder.
        }
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public IntegerProperty keepProperty() {
        return keep;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public Path folder() {
        return backups.folder();
    }
}
