package app.leadkeeper;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.ui.MainWindow;
import app.leadkeeper.ui.Theme;
import app.leadkeeper.ui.ThemeManager;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The JavaFX application: opens the data folder off the FX thread, then shows the main window. */
public final class LeadkeeperApp extends Application {
    private static volatile Optional<Path> dataDirOption = Optional.empty();

    private AppContext context;
    private MainWindow window;
    private UserException openError;
    private Theme theme = Theme.SYSTEM;

    /** Starts the toolkit and blocks until the window is closed. */
    public static void start(Optional<Path> dataDir) {
        dataDirOption = dataDir;
        Application.launch(LeadkeeperApp.class);
    }

    @Override
    public void init() {
        try {
            context = AppContext.open(DataFolder.resolveDefault(dataDirOption), Clock.systemDefaultZone());
            theme = ThemeManager.stored(context.settings());
        } catch (UserException e) {
            openError = e;
        } catch (RuntimeException e) {
            Log.error("Leadkeeper could not start", e);
            openError = new UserException("Leadkeeper could not start: " + e, e);
        }
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
