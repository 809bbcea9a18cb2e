package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;

import app.leadkeeper.importing.ImportModel;
import app.leadkeeper.importing.ImportModule;
import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;

/** The import wizard tests' steps in the main window: go to the import page, and choose a file. */
final class ImportPage {
    private ImportPage() {}

    /** Goes to the import page with Ctrl+4 as the user would, and gives its model once it shows. */
    static ImportModel open(FxRobot robot, MainWindow window) {
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT5).release(KeyCode.DIGIT5, KeyCode.CONTROL);
        waitUntil(
                "the import page shows",
                () -> robot.lookup("#import-choose").tryQuery().isPresent());
        return ((ImportModule) window.navigator().currentProperty().get()).model();
    }

    /** Chooses the file: the file chooser is the operating system's, and choosing a file ends in this call. */
    static void choose(ImportModel model, Path file) {
        onFx(() -> {
            model.open(file);
            return null;
        });
    }
}
