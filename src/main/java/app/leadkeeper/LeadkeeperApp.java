package app.leadkeeper;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.data.Restore;
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
        StartupProbe.mark("main");
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
            StartupProbe.mark("data-open");
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
        StartupProbe.mark("toolkit-init");
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
        showWindow(stage);
        StartupProbe.fromEnvironment().ifPresent(probe -> probe.watch(window));
    }

    private void showWindow(Stage stage) {
        StartupProbe.mark("fx-start");
        window = new MainWindow(
                context, stage, theme, getHostServices()::showDocument, backup -> restoreAndReopen(stage, backup));
        StartupProbe.mark("window-built");
        window.show();
        StartupProbe.mark("window-shown");
    }

    /**
     * Settings › Backups › Restore (the backup already checked): closes the window's data, restores the backup (which
     * saves the current data into backups/ first) and opens a new window on it. If the restore fails, the data as it
     * was opens again and the message says why.
     */
    private void restoreAndReopen(Stage stage, Path backup) {
        window.dispose();
        window = null;
        javafx.scene.control.ProgressIndicator spinner = new javafx.scene.control.ProgressIndicator();
        javafx.scene.control.Label label = new javafx.scene.control.Label("Restoring " + backup.getFileName() + "…");
        javafx.scene.layout.VBox waiting = new javafx.scene.layout.VBox(16, spinner, label);
        waiting.setAlignment(javafx.geometry.Pos.CENTER);
        stage.getScene().setRoot(waiting);
        AppContext old = context;
        context = null;
        Thread thread = new Thread(
                () -> {
                    DataFolder folder = old.folder();
                    Clock clock = old.clock();
                    old.close();
                    String outcome;
                    boolean failed = false;
                    try {
                        Restore.Restored restored = Restore.restore(folder, backup, clock);
                        outcome = "Restored the backup " + backup.getFileName() + " ("
                                + restored.backup().leads() + " leads)."
                                + (restored.previous() == null
                                        ? ""
                                        : " The data it replaced is saved as " + restored.previous() + ".");
                    } catch (RuntimeException e) {
                        Log.error("Restoring " + backup + " failed", e);
                        outcome = e.getMessage();
                        failed = true;
                    }
                    AppContext reopened;
                    try {
                        reopened = AppContext.open(folder, clock);
                    } catch (RuntimeException e) {
                        Log.error("Opening " + folder.path() + " after a restore failed", e);
                        Platform.runLater(() -> {
                            new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.CLOSE).showAndWait();
                            Platform.exit();
                        });
                        return;
                    }
                    String message = outcome;
                    boolean error = failed;
                    Platform.runLater(() -> {
                        context = reopened;
                        showWindow(stage);
                        Alert alert = new Alert(
                                error ? Alert.AlertType.ERROR : Alert.AlertType.INFORMATION, message, ButtonType.OK);
                        alert.initOwner(stage);
                        alert.setTitle("Leadkeeper");
                        alert.setHeaderText(error ? "The backup was not restored" : "Backup restored");
                        alert.show();
                    });
                },
                "restore");
        thread.setDaemon(false);
        thread.start();
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
