package app.leadkeeper.testing;

import static app.leadkeeper.testing.Fx.onFx;

import app.leadkeeper.AppContext;
import app.leadkeeper.ui.MainWindow;
import app.leadkeeper.ui.Theme;
import java.nio.file.Path;

/** The main-window tests' set-up and tear-down: a fresh data folder per test, and a window closed as the user would. */
public final class TestWindows {
    private TestWindows() {}

    /** A real app on a data folder of its own inside {@code dir} (shared by a class's tests). */
    public static AppContext freshApp(Path dir) {
        return TempApp.open(dir.resolve("data-" + System.nanoTime()));
    }

    /** Puts the theme back (it is stored per user), disposes the window on the FX thread, then closes the app. */
    public static void close(MainWindow window, AppContext app) {
        onFx(() -> {
            window.themeProperty().set(Theme.SYSTEM);
            window.dispose();
            return null;
        });
        app.close();
    }
}
