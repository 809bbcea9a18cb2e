package app.leadkeeper;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.ui.MainWindow;
import app.leadkeeper.ui.StartupProbe;
import app.leadkeeper.ui.Theme;
import app.leadkeeper.ui.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The JavaFX application: opens the data folder on a thread of its own while the toolkit starts, then shows the main
 * window.
 */
public final class LeadkeeperApp extends Application {
    private static volatile CompletableFuture<Opened> opening;

    private AppContext context;
    private MainWindow window;
    private UserException openError;
    private Theme theme = Theme.SYSTEM;

    /**
     * Starts the toolkit and blocks until the window is closed. The database opens (and migrates, after a backup)
     * meanwhile: the toolkit's start and the database's open overlap instead of following each other.
     */
    public static void start(Optional<Path> dataDir) {
        CompletableFuture<Opened> future = new CompletableFuture<>();
        opening = future;
        Thread thread = new Thread(() -> future.complete(open(dataDir)), "open-data-folder");
        thread.setDaemon(true);
        thread.start();
        Application.launch(LeadkeeperApp.class);
    }

    /** The opened data folder and the user's theme, or why the folder could not be opened. */
    private record Opened(AppContext context, Theme theme, UserException error) {}

    private static Opened open(Optional<Path> dataDir) {
        AppContext context = null;
        try {
            context = AppContext.open(DataFolder.resolveDefault(dataDir), Clock.systemDefaultZone());
            return new Opened(context, ThemeManager.stored(context.settings()), null);
        } catch (UserException e) {
            return new Opened(context, Theme.SYSTEM, e);
        } catch (RuntimeException e) {
            Log.error("Leadkeeper could not start", e);
            return new Opened(context, Theme.SYSTEM, new UserException("Leadkeeper could not start: " + e, e));
        }
    }

    @Override
    public void init() {
        Opened opened = opening.join();
        context = opened.context();
        theme = opened.theme();
        openError = opened.error();
    }

    @Override
    public void start(Stage stage) {
        if (openError != null) {
            Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            Alert alert = new Alert(Alert.AlertType.ERROR, openError.getMessage(), ButtonType.CLOSE);
            alert.setTitle("Leadkeeper");
            alert.setHeaderText("Leadkeeper cannot open its data");
            alert.showAndWait();
            Platform.exit();
            System.exit(1);
            return;
        }
        window = new MainWindow(context, stage, theme, getHostServices()::showDocument);
        window.show();
        StartupProbe.fromEnvironment().ifPresent(probe -> probe.watch(window));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.dispose();
        }
        if (context != null) {
            context.close();
        }
    }
}
