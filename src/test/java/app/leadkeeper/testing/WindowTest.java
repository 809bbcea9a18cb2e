package app.leadkeeper.testing;

import app.leadkeeper.AppContext;
import app.leadkeeper.ui.MainWindow;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The real main window on a fresh H2 data folder per test, closed afterwards. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTest {
    @TempDir
    static Path dir;

    protected AppContext app;
    protected MainWindow window;
    protected Stage stage;

    /** The phone region the test's numbers are written in. */
    protected String phoneRegion() {
        return "GB";
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TempApp.open(dir.resolve("data-" + System.nanoTime()));
        app.leads().setPhoneRegion(phoneRegion());
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void closeWindow() {
        Fx.onFx(() -> {
            window.dispose();
            return null;
        });
        app.close();
    }

    protected static Path dir() {
        return dir;
    }
}
