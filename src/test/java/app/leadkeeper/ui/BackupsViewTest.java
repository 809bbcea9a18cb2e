package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.Restore;
import app.leadkeeper.settings.BackupFiles;
import app.leadkeeper.settings.SettingsView;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings › Backups: the day's backup is listed, Back up now… writes a file, Restore asks and hands it over. */
@ExtendWith(ApplicationExtension.class)
class BackupsViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    Stage stage;
    final List<Path> restored = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestWindows.freshApp(dir);
        app.leads().create(TempApp.lead("Backed", "Up", "backed@example.com").build());
        window = new MainWindow(app, stage, Theme.SYSTEM, uri -> {}, restored::add);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void backUpNowAndRestoreTheSelectedBackup(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        waitUntil(
                "the settings page shows",
                () -> robot.lookup("#settings-view").tryQuery().isPresent());
        Path chosen = dir.resolve("by-hand-" + System.nanoTime() + ".zip");
        onFx(() -> {
            robot.lookup("#settings-view").<SettingsView>query().setBackupFiles(new BackupFiles() {
                @Override
                public Optional<Path> saveAs(Window owner, String suggestedName) {
                    assertThat(suggestedName).startsWith("leadkeeper-backup-").endsWith(".zip");
                    return Optional.of(chosen);
                }

                @Override
                public Optional<Path> open(Window owner, Path folder) {
                    return Optional.empty();
                }
            });
            return null;
        });
        robot.clickOn("#settings-tab-backups");
        TableView<?> table = robot.lookup("#backups-table").queryAs(TableView.class);
        waitUntil(
                "the day's backup, taken at start, is listed",
                () -> table.getItems().size() == 1);
        assertThat(onFx(() -> table.getItems().getFirst().toString())).contains("Daily", "backup-");

        robot.clickOn("#backup-now");
        waitUntil("the backup is written", () -> message(robot).startsWith("Backed up to"));
        assertThat(chosen).exists();
        assertThat(Restore.check(chosen).leads()).isEqualTo(1);
        assertThat(Files.exists(chosen.resolveSibling(chosen.getFileName() + ".part")))
                .isFalse();
        Snapshots.save(stage.getScene(), "settings-backups");

        onFx(() -> {
            table.getSelectionModel().select(0);
            return null;
        });
        robot.clickOn("#restore-selected");
        waitUntil(
                "the restore asks first",
                () -> robot.lookup("#restore-confirm").tryQuery().isPresent());
        assertThat(robot.lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("holds 1 lead.", "saved in backups/ first");
        robot.clickOn("#restore-confirm");
        waitUntil("the window is asked to restore", () -> restored.size() == 1);
        assertThat(restored.getFirst().getFileName().toString()).startsWith("backup-");
    }

    private String message(FxRobot robot) {
        return onFx(() -> robot.from(stage.getScene().getRoot())
                .lookup("#backups-message")
                .queryAs(Label.class)
                .getText());
    }
}
