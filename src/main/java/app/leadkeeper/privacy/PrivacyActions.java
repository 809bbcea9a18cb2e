package app.leadkeeper.privacy;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.leads.LeadPrivacy;
import app.leadkeeper.leads.LeadRef;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import app.leadkeeper.ui.SaveDialog;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * "Export this person's data…" and "Erase this person…" in the window. Export asks where to save and writes the JSON
 * in the background, then offers Open and Show in folder. Erase asks first, naming the person and saying that it
 * cannot be undone and that the file is compacted when Leadkeeper quits; erases in the background; then says what
 * was removed and which backups may still hold the person.
 */
public final class PrivacyActions implements LeadPrivacy {
    /** Where to save: the suggested file name in, the chosen path (or none) out. */
    public interface SaveAs {
        Optional<Path> choose(String suggestedName);
    }

    private final PrivacyService privacy;
    private final TaskRunner tasks;
    private final Notifier notifier;
    private final DialogService dialogs;
    private final Supplier<Window> owner;
    private final Consumer<String> openUri;
    private SaveAs saveAs = this::fileChooser;
    private final SaveDialog saveDialog = new SaveDialog();

    public PrivacyActions(
            PrivacyService privacy,
            TaskRunner tasks,
            Notifier notifier,
            DialogService dialogs,
            Supplier<Window> owner,
            Consumer<String> openUri) {
        this.privacy = privacy;
        this.tasks = tasks;
        this.notifier = notifier;
        this.dialogs = dialogs;
        this.owner = owner;
        this.openUri = openUri;
    }

    /** Replaces the save dialog (tests choose the path themselves). */
    public void setSaveAs(SaveAs saveAs) {
        this.saveAs = saveAs;
    }

    @Override
    public void exportPerson(LeadRef lead) {
        Optional<Path> file = saveAs.choose(fileName(lead.name()) + "-data.json");
        if (file.isEmpty()) {
            return;
        }
        tasks.run(() -> privacy.exportPerson(lead.id(), file.get()))
                .onSuccess(written -> notifier.showFile(
                        "Saved the data of " + lead.name() + " to " + written.getFileName(), written, openUri))
                .onError(e -> dialogs.showError("Could not export the data of " + lead.name(), e))
                .start();
    }

    @Override
    public void erase(LeadRef lead, Runnable erased) {
        if (!dialogs.confirmIrreversible(
                "Erase " + lead.name() + "?",
                ErasureTexts.confirmation(lead.name()),
                "Erase this person",
                "confirm-erase")) {
            return;
        }
        tasks.run(() -> privacy.erase(lead.id()))
                .onSuccess(report -> {
                    erased.run();
                    dialogs.showReport(report.name() + " was erased", ErasureTexts.summary(report), "erase-report");
                })
                .onError(e -> dialogs.showError("Could not erase " + lead.name(), e))
                .start();
    }

    /** A file name from a person's name: letters and digits, words joined by hyphens. */
    static String fileName(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-+|-+$", "");
        return plain.isEmpty() ? "person" : plain.length() > 60 ? plain.substring(0, 60) : plain;
    }

    private Optional<Path> fileChooser(String suggestedName) {
        return saveDialog.ask(owner.get(), "Save the person's data", suggestedName, "JSON", ".json");
    }
}
