package app.leadkeeper.importing;

import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.Module;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The Import destination: the wizard and the history of imports. */
public final class ImportModule implements Module {
    private final ImportModel model;
    private final Supplier<Window> window;
    private ImportView view;

    public ImportModule(
            ImportService imports,
            TaskRunner tasks,
            Consumer<Exception> errors,
            Runnable leadsChanged,
            Supplier<Window> window) {
        this(imports, null, tasks, errors, leadsChanged, window);
    }

    /** With {@code spend}, the wizard also takes the spend reports of ad platforms. */
    public ImportModule(
            ImportService imports,
            SpendImportService spend,
            TaskRunner tasks,
            Consumer<Exception> errors,
            Runnable leadsChanged,
            Supplier<Window> window) {
        this.model = new ImportModel(imports, spend, tasks, errors, leadsChanged);
        this.window = window;
    }

    @Override
    public String title() {
        return "Import";
    }

    @Override
    public Ikon icon() {
        return Material2OutlinedAL.FILE_UPLOAD;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ImportView(model, window);
            model.start();
        }
        return view;
    }

    public ImportModel model() {
        return model;
    }

    @Override
    public List<MenuItem> menuItems() {
        MenuItem open = new MenuItem("Import a CSV file…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> {
            view();
            model.restart();
        });
        return List.of(open);
    }
}
