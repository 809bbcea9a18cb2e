package app.leadkeeper.ui;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.SPEND;
import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.importing.ImportModel;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A spend report through the import wizard: recognised, previewed, imported into a chosen channel, undone. */
@ExtendWith(ApplicationExtension.class)
class SpendImportWizardTest {
    static final Path REPORTS = Path.of("src/test/resources/importing/spend");

    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TestWindows.freshApp(dir);
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void previewChooseAChannelImportAndUndo(FxRobot robot) {
        ImportModel model = ImportPage.open(robot, window);
        ImportPage.choose(model, REPORTS.resolve("meta_ads.csv"));
        waitUntil(
                "the spend report is shown",
                () -> robot.lookup("#spend-platform").tryQuery().isPresent());

        assertThat(text(robot, "#spend-platform")).isEqualTo("Spend report of Meta Ads Manager");
        assertThat(text(robot, "#count-rows")).isEqualTo("4");
        assertThat(text(robot, "#count-created")).isEqualTo("3");
        assertThat(text(robot, "#count-skipped")).isEqualTo("1");
        assertThat(text(robot, "#count-rejected")).isEqualTo("0");
        assertThat(text(robot, "#spend-total")).contains("2", "540", "40");
        assertThat(text(robot, "#spend-period")).contains("2026");
        assertThat(text(robot, "#spend-verdict")).contains("Facebook");
        ComboBox<String> channel =
                robot.from(stage.getScene().getRoot()).lookup("#spend-channel").query();
        assertThat(onFx(channel::getValue)).isEqualTo("Facebook");
        assertThat(onFx(() -> channel.getItems().contains("Instagram"))).isTrue();
        Snapshots.save(stage.getScene(), "spend-import-1-preview");

        // As a pick from the list does: the editable chooser's text and value both become the channel (a value
        // alone would be put back from the old text when the chooser commits its editor, say on losing focus).
        onFx(() -> {
            channel.getEditor().setText("Instagram");
            channel.setValue("Instagram");
            return null;
        });
        try {
            waitUntil(
                    "checked for the chosen channel",
                    () -> text(robot, "#spend-verdict").contains("Instagram"));
        } catch (AssertionError e) {
            throw new AssertionError(
                    e.getMessage() + "; the verdict reads \"" + text(robot, "#spend-verdict")
                            + "\", the model's channel is "
                            + onFx(() -> model.spendChannelProperty().get()) + ", the chooser's "
                            + onFx(channel::getValue) + ", in the scene: "
                            + onFx(() -> channel.getScene() != null),
                    e);
        }
        assertThat(app.database().dsl().fetchCount(SPEND)).isZero();

        robot.clickOn("#spend-run");
        waitUntil(
                "the import is done",
                () -> robot.lookup("#spend-done-title").tryQuery().isPresent());
        assertThat(text(robot, "#spend-done-title")).contains("meta_ads.csv", "Instagram");
        assertThat(app.database()
                        .dsl()
                        .selectDistinct(CHANNEL.NAME)
                        .from(SPEND)
                        .join(CHANNEL)
                        .on(CHANNEL.ID.eq(SPEND.CHANNEL_ID))
                        .fetch(CHANNEL.NAME))
                .containsExactly("Instagram");
        assertThat(app.imports().history().getFirst().isSpend()).isTrue();
        Snapshots.save(stage.getScene(), "spend-import-2-done");

        robot.clickOn("#import-undo");
        waitUntil("the undo is reported", () -> text(robot, "#import-status").startsWith("Undid the spend import"));
        assertThat(app.database().dsl().fetchCount(SPEND)).isZero();
        assertThat(app.imports().history().getFirst().undone()).isTrue();
    }

    @Test
    void aRefusedReportShowsItsErrorsAndCannotBeImported(FxRobot robot) {
        ImportModel model = ImportPage.open(robot, window);
        ImportPage.choose(model, REPORTS.resolve("google_ads_bad_row.csv"));
        waitUntil(
                "the spend report is shown",
                () -> robot.lookup("#spend-platform").tryQuery().isPresent());

        assertThat(text(robot, "#count-rejected")).isEqualTo("2");
        ListView<String> problems = robot.lookup("#import-problems").query();
        assertThat(onFx(() -> problems.getItems().getFirst()))
                .isEqualTo("google_ads_bad_row.csv, line 3, Cost: “twelve” is not an amount");
        Button run = robot.lookup("#spend-run").query();
        assertThat(onFx(run::isDisabled)).isTrue();
        assertThat(text(robot, "#spend-verdict")).contains("nothing will be written");
    }

    /** A label of this test's window (never one of a window an earlier test left behind). */
    private String text(FxRobot robot, String id) {
        return onFx(() -> robot.from(stage.getScene().getRoot())
                .lookup(id)
                .queryAs(Label.class)
                .getText());
    }
}
