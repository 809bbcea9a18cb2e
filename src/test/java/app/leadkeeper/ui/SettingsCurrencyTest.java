package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.spend.Currency;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings › General › Money: the folder's currency, chosen from the common codes first, stored and used. */
@ExtendWith(ApplicationExtension.class)
class SettingsCurrencyTest {
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
    void theChosenCurrencyIsStoredAndTheMetricsUseIt(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitUntil(
                "the settings tabs show",
                () -> robot.lookup("#settings-tab-general").tryQuery().isPresent());
        robot.clickOn("#settings-tab-general");
        waitUntil("the stored currency shows", () -> "EUR".equals(choice(robot).getValue()));
        List<String> codes = onFx(() -> List.copyOf(choice(robot).getItems()));
        assertThat(codes).startsWith("EUR", "USD", "GBP", "CHF").contains("JPY", "THB");

        robot.interact(() -> choice(robot).setValue("CHF"));
        waitUntil("the choice is stored", () -> Currency.code(app.settings()).equals("CHF"));
        waitUntil(
                "the change is explained",
                () -> robot.lookup("#currency-message").queryLabeled().getText().contains("nothing is converted"));
        assertThat(app.metrics().currency()).isEqualTo("CHF");
        assertThat(app.spend().currency()).isEqualTo("CHF");
    }

    private static ComboBox<String> choice(FxRobot robot) {
        return robot.lookup("#currency-choice").query();
    }
}
