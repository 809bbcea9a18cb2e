package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SettingsViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;

    @Start
    void start(Stage stage) {
        app = TestWindows.freshApp(dir);
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void themeAndPhoneCountryAreAppliedAndKept(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitUntil(
                "the settings page shows",
                () -> robot.lookup("#settings-view").tryQuery().isPresent());

        onFx(() -> {
            robot.lookup("#theme-choice").<ComboBox<Theme>>query().setValue(Theme.DARK);
            return null;
        });
        waitUntil(
                "the dark stylesheet is in use",
                () -> Application.getUserAgentStylesheet().contains("dark"));
        robot.clickOn("#settings-tab-general");
        waitUntil(
                "the general tab is selected",
                () -> robot.lookup("#settings-tabs")
                        .queryAs(TabPane.class)
                        .getSelectionModel()
                        .getSelectedItem()
                        .getId()
                        .equals("settings-tab-general"));
        Snapshots.save(robot.lookup("#settings-view").query().getScene(), "settings-general-dark");
        waitUntil(
                "the choice is stored",
                () -> app.settings().get(ThemeManager.SETTING).orElse("").equals("DARK"));

        onFx(() -> {
            robot.lookup("#phone-region").<ComboBox<String>>query().setValue("FR");
            return null;
        });
        waitUntil("numbers are read as French", () -> app.leads().phoneRegion().equals("FR"));
        assertThat(app.leads().normalizePhone("06 12 34 56 78")).contains("+33612345678");

        onFx(() -> {
            robot.lookup("#theme-choice").<ComboBox<Theme>>query().setValue(Theme.LIGHT);
            return null;
        });
        waitUntil(
                "the light stylesheet is back",
                () -> Application.getUserAgentStylesheet().contains("light"));
    }
}
