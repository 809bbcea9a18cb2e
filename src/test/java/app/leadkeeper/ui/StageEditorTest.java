package app.leadkeeper.ui;

import static app.leadkeeper.db.Tables.STAGE_CHANGE;
import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.funnel.FunnelSection;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.settings.StageRow;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** The stage editor in Settings as a user drives it: add, move, delete a stage that holds a lead. Real database. */
@ExtendWith(ApplicationExtension.class)
class StageEditorTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    javafx.stage.Stage stage;

    @Start
    void start(javafx.stage.Stage stage) {
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
    void addMoveAndDeleteAStageHoldingALead(FxRobot robot) {
        long proposal = stored("Proposal").id();
        long engaged = stored("Engaged").id();
        Lead ada = onFx(() -> app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .stageId(proposal)
                        .build()));

        robot.clickOn("#nav-settings");
        waitUntil(
                "the pipeline shows its six stages with the lead counted",
                () -> rows().size() == 6 && rows().stream().anyMatch(r -> r.id() == proposal && r.leads() == 1));
        snapshots("pipeline");

        // Add a stage through the dialog.
        robot.clickOn("#stage-add");
        waitUntil(
                "the stage dialog is open",
                () -> robot.lookup("#stage-name").tryQuery().isPresent());
        robot.clickOn("#stage-name").write("Demo booked");
        onFx(() -> {
            robot.lookup("#stage-color").<ColorPicker>query().setValue(Color.web("#aa33cc"));
            robot.lookup("#stage-section").<ChoiceBox<FunnelSection>>query().setValue(FunnelSection.BOFU);
            return null;
        });
        Snapshots.save(robot.lookup("#stage-name").query().getScene(), "stage-dialog");
        robot.clickOn("#stage-save");
        waitUntil(
                "the new stage is stored after the last open stage",
                () -> storedNames()
                        .equals(List.of("New", "Engaged", "Qualified", "Proposal", "Demo booked", "Won", "Lost")));
        Stage demo = stored("Demo booked");
        assertThat(demo.color()).isEqualTo("#aa33cc");
        assertThat(demo.section()).isEqualTo(FunnelSection.BOFU);
        waitUntil("the new stage is shown and selected", () -> selectedName().equals("Demo booked"));

        // Move it up with the button, then once more with Alt+Up.
        robot.clickOn("#stage-up");
        waitUntil(
                "the stage moved up",
                () -> storedNames()
                        .equals(List.of("New", "Engaged", "Qualified", "Demo booked", "Proposal", "Won", "Lost")));
        waitUntil("it stays selected", () -> selectedName().equals("Demo booked"));
        robot.clickOn(cell("Demo booked"));
        robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        waitUntil(
                "Alt+Up moved it again",
                () -> storedNames()
                        .equals(List.of("New", "Engaged", "Demo booked", "Qualified", "Proposal", "Won", "Lost")));
        waitUntil(
                "the table follows",
                () -> rows().stream().map(r -> r.stage().name()).toList().equals(storedNames()));

        // Delete Proposal, which holds Ada: the dialog asks where she goes.
        robot.clickOn(cell("Proposal"));
        robot.clickOn("#stage-delete");
        waitUntil(
                "the delete dialog asks for a target",
                () -> robot.lookup("#delete-move-to").tryQuery().isPresent());
        ChoiceBox<Stage> target = robot.lookup("#delete-move-to").query();
        assertThat(onFx(() -> target.getItems().stream().map(Stage::name).toList()))
                .doesNotContain("Proposal");
        onFx(() -> {
            target.setValue(target.getItems().stream()
                    .filter(s -> s.id() == engaged)
                    .findFirst()
                    .orElseThrow());
            return null;
        });
        Snapshots.save(target.getScene(), "stage-delete-dialog");
        robot.clickOn("#confirm-delete-stage");

        waitUntil("Proposal is gone", () -> !storedNames().contains("Proposal"));
        assertThat(app.leads().find(ada.id()).orElseThrow().data().stageId()).isEqualTo(engaged);
        var changes = app.database()
                .dsl()
                .selectFrom(STAGE_CHANGE)
                .where(STAGE_CHANGE.LEAD_ID.eq(ada.id()))
                .fetch();
        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.getFromStageId()).isEqualTo(proposal);
            assertThat(change.getToStageId()).isEqualTo(engaged);
        });
        waitUntil(
                "the message says where the lead went",
                () -> robot.lookup("#pipeline-message")
                        .queryAs(Label.class)
                        .getText()
                        .equals("Deleted the stage “Proposal”; 1 lead moved to “Engaged”."));
        waitUntil("Engaged counts Ada now", () -> rows().stream().anyMatch(r -> r.id() == engaged && r.leads() == 1));
        snapshots("pipeline-after");
    }

    @Test
    void lostReasonsAreAddedRenamedMovedAndRemoved(FxRobot robot) {
        onFx(() -> {
            app.stages().setLostReasons(List.of("Price too high", "No budget"));
            return null;
        });
        robot.clickOn("#nav-settings");
        waitUntil("the reasons show", () -> reasons().equals(List.of("Price too high", "No budget")));

        robot.clickOn("#new-lost-reason").write("Went quiet").type(KeyCode.ENTER);
        waitUntil(
                "the reason is stored",
                () -> app.stages().lostReasons().equals(List.of("Price too high", "No budget", "Went quiet")));
        waitUntil("the list shows it", () -> reasons().size() == 3);

        robot.doubleClickOn(reasonCell("Price too high"));
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("Too expensive").type(KeyCode.ENTER);
        waitUntil(
                "the rename is stored",
                () -> app.stages().lostReasons().equals(List.of("Too expensive", "No budget", "Went quiet")));

        robot.clickOn(reasonCell("Went quiet"));
        robot.clickOn("#lost-reason-up");
        waitUntil(
                "the move is stored",
                () -> app.stages().lostReasons().equals(List.of("Too expensive", "Went quiet", "No budget")));

        robot.clickOn(reasonCell("No budget"));
        robot.clickOn("#lost-reason-remove");
        waitUntil(
                "the removal is stored",
                () -> app.stages().lostReasons().equals(List.of("Too expensive", "Went quiet")));
        waitUntil("the list follows", () -> reasons().equals(List.of("Too expensive", "Went quiet")));
    }

    @SuppressWarnings("unchecked")
    private List<String> reasons() {
        return onFx(() -> List.copyOf(
                new FxRobot().lookup("#lost-reasons").queryAs(ListView.class).getItems()));
    }

    private Node reasonCell(String text) {
        FxRobot robot = new FxRobot();
        return robot.from(robot.lookup("#lost-reasons").queryAs(Node.class))
                .lookup(".list-cell")
                .match(LabeledMatchers.hasText(text))
                .query();
    }

    private void snapshots(String name) {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            String sheet = theme == Theme.LIGHT ? "light" : "dark";
            onFx(() -> {
                window.themeProperty().set(theme);
                return null;
            });
            waitUntil(
                    "the " + sheet + " theme is in use",
                    () -> Application.getUserAgentStylesheet().contains(sheet));
            Snapshots.save(stage.getScene(), name + "-" + sheet);
        }
    }

    private Node cell(String stageName) {
        FxRobot robot = new FxRobot();
        return robot.from(robot.lookup("#stages-table").queryAs(Node.class))
                .lookup(".stage-name")
                .match(LabeledMatchers.hasText(stageName))
                .query();
    }

    @SuppressWarnings("unchecked")
    private List<StageRow> rows() {
        return onFx(() -> List.copyOf(
                new FxRobot().lookup("#stages-table").queryAs(TableView.class).getItems()));
    }

    private String selectedName() {
        return onFx(() -> {
            StageRow row = (StageRow) new FxRobot()
                    .lookup("#stages-table")
                    .queryAs(TableView.class)
                    .getSelectionModel()
                    .getSelectedItem();
            return row == null ? "" : row.stage().name();
        });
    }

    private List<String> storedNames() {
        return app.stages().stages().stream().map(Stage::name).toList();
    }

    private Stage stored(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
