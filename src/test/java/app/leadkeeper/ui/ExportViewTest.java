package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * "Export this view…" as a user drives it: search the table, export the view as CSV with a semicolon, and get a file
 * with exactly the view's leads and columns, then the message with Open and Show in folder; and the report workbook
 * from the File menu.
 */
@ExtendWith(ApplicationExtension.class)
class ExportViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    final List<String> opened = new ArrayList<>();

    @Start
    void start(javafx.stage.Stage stage) {
        app = TestWindows.freshApp(dir);
        app.leads()
                .create(LeadData.builder()
                        .firstName("Ada")
                        .lastName("Lovelace")
                        .email("ada@example.com")
                        .build());
        app.leads()
                .create(LeadData.builder()
                        .firstName("Alan")
                        .lastName("Turing")
                        .email("alan@example.com")
                        .build());
        app.leads()
                .create(LeadData.builder()
                        .firstName("Grace")
                        .lastName("Hopper")
                        .email("grace@example.com")
                        .company("=1+2")
                        .build());
        window = new MainWindow(app, stage, Theme.SYSTEM, opened::add);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void theSearchedViewGoesToACsvWithTheTablesColumns(FxRobot robot) throws Exception {
        Path file = dir.resolve("view-" + System.nanoTime() + ".csv");
        window.exports().setSaveAs((name, format) -> {
            assertThat(name).endsWith(".csv");
            return Optional.of(file);
        });
        waitUntil(
                "the table shows the leads",
                () -> robot.lookup("Grace Hopper").tryQuery().isPresent());
        robot.clickOn("#lead-search").write("a");
        robot.clickOn("#lead-search").eraseText(1).write("grace");
        waitUntil(
                "the search leaves one lead",
                () -> robot.lookup("Ada Lovelace").tryQuery().isEmpty());

        robot.clickOn("#export-view");
        waitUntil(
                "the options show", () -> robot.lookup("#export-csv").tryQuery().isPresent());
        Snapshots.save(onFx(() -> robot.lookup("#export-csv").query().getScene()), "export-options");
        robot.clickOn("#export-csv");
        robot.clickOn("#export-delimiter");
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        robot.clickOn("#export-confirm");

        waitUntil("the export is done", () -> toast(robot).startsWith("Exported 1 lead to " + file.getFileName()));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<String> lines = text.substring(1).lines().toList();
        assertThat(lines.getFirst()).startsWith("name;email;");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("Grace Hopper;grace@example.com;").contains(";'=1+2;");

        robot.clickOn("#toast-second-action");
        assertThat(opened).containsExactly(file.getParent().toUri().toString());
    }

    @Test
    void theReportWorkbookFromTheFileMenu(FxRobot robot) throws Exception {
        Path file = dir.resolve("report-" + System.nanoTime() + ".xlsx");
        window.exports().setSaveAs((name, format) -> Optional.of(file));
        waitUntil(
                "the table shows the leads",
                () -> robot.lookup("Grace Hopper").tryQuery().isPresent());

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E).release(KeyCode.E, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(
                "the period shows",
                () -> robot.lookup("#report-period").tryQuery().isPresent());
        robot.clickOn("#export-confirm");

        waitUntil("the report is written", () -> toast(robot).startsWith("Wrote the report to " + file.getFileName()));
        assertThat(Files.size(file)).isPositive();
        robot.clickOn("#toast-action");
        assertThat(opened).containsExactly(file.toUri().toString());
    }

    private static String toast(FxRobot robot) {
        return onFx(() -> robot.lookup("#toast-text")
                .tryQuery()
                .map(n -> ((Label) n).getText())
                .orElse(""));
    }
}
