package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.Answer;
import app.leadkeeper.leads.Bant;
import app.leadkeeper.leads.BantItem;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Qualifying a lead in the editor as a user does: qualification, stage and BANT answers, saved to the database. */
@ExtendWith(ApplicationExtension.class)
class LeadQualificationTest {
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
        // The smallest window the editor must fit in.
        stage.setWidth(1100);
        stage.setHeight(700);
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void qualifyALeadInTheEditor(FxRobot robot) {
        Lead ada = app.leads().create(lead("Ada", "Lovelace", "ada@example.com").build());
        robot.clickOn("#leads-table").type(KeyCode.F5);
        waitUntil("Ada is in the table", () -> rows().size() == 1);
        assertThat(rows().getFirst().stage()).isEqualTo("New");
        selectFirstRow();
        robot.type(KeyCode.ENTER);
        waitUntil(
                "Ada is in the editor",
                () -> robot.lookup("#editor-title")
                        .tryQuery()
                        .map(title -> ((Label) title).getText().equals("Ada Lovelace"))
                        .orElse(false));

        choose(robot, "#field-qualification", "SQL");
        choose(robot, "#field-stage", "Qualified");
        click(robot, "#bant-budget-yes");
        click(robot, "#bant-budget-note");
        robot.write("20k approved");
        click(robot, "#bant-authority-no");
        click(robot, "#bant-need-yes");
        click(robot, "#bant-timeframe-yes");
        click(robot, "#bant-timeframe-no");
        assertThat(robot.lookup("#bant-timeframe-no")
                        .queryAs(ToggleButton.class)
                        .isSelected())
                .isTrue();
        assertThat(robot.lookup("#field-won-date").query().isVisible()).isFalse();
        assertThat(robot.lookup("#field-lost-reason").query().isVisible()).isFalse();
        scrollTo("#field-qualification");
        Snapshots.save(stage.getScene(), "lead-qualification-light");

        robot.clickOn("#save-lead");
        waitUntil(
                "the table shows the new stage",
                () -> "Qualified".equals(rows().getFirst().stage()));

        LeadData stored = app.leads().find(ada.id()).orElseThrow().data();
        assertThat(stored.qualification()).isEqualTo(Qualification.SQL);
        assertThat(stored.stageId()).isEqualTo(stageId("Qualified"));
        assertThat(stored.status()).isEqualTo(LeadStatus.OPEN);
        assertThat(stored.bant())
                .isEqualTo(new Bant(
                        new BantItem(Answer.YES, "20k approved"),
                        new BantItem(Answer.NO, null),
                        new BantItem(Answer.YES, null),
                        new BantItem(Answer.NO, null)));
        assertThat(count("SELECT COUNT(*) FROM qualification_change WHERE lead_id = ? AND to_value = 'SQL'", ada.id()))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM stage_change WHERE lead_id = ?", ada.id()))
                .isEqualTo(1);

        // A won stage asks for the date and revenue; the dark theme shows the same form.
        choose(robot, "#field-stage", "Won");
        waitUntil(
                "the won fields show",
                () -> robot.lookup("#field-revenue").query().isVisible());
        click(robot, "#field-revenue");
        robot.write("1500");
        onFx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        waitUntil(
                "the dark theme is in use",
                () -> Application.getUserAgentStylesheet().contains("dark"));
        scrollTo("#field-qualification");
        Snapshots.save(stage.getScene(), "lead-qualification-dark");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(
                "the lead is won",
                () -> app.leads().find(ada.id()).orElseThrow().data().status() == LeadStatus.WON);
        LeadData won = app.leads().find(ada.id()).orElseThrow().data();
        assertThat(won.revenue()).isEqualByComparingTo("1500");
        assertThat(won.wonAt()).isNotNull();
        assertThat(won.qualification()).isEqualTo(Qualification.CUSTOMER);

        // The filter bar narrows the table to a stage and a qualification.
        onFx(() -> {
            robot.lookup("#stage-filter")
                    .<ChoiceBox<Object>>query()
                    .getSelectionModel()
                    .select(1);
            return null;
        });
        waitUntil("no lead is in the first stage", () -> rows().isEmpty());
        chooseFilter(robot, "#stage-filter", "Won");
        chooseFilter(robot, "#qualification-filter", "Customer");
        waitUntil("Ada is won and a customer", () -> rows().size() == 1);
        robot.clickOn("#clear-filters");
        waitUntil(
                "the filters are cleared",
                () -> robot.lookup("#stage-filter")
                        .<ChoiceBox<Object>>query()
                        .getValue()
                        .toString()
                        .equals("All stages"));
    }

    /** Opens a choice box and clicks the entry with that text in its popup. */
    private void choose(FxRobot robot, String id, String text) {
        click(robot, id);
        Node item = robot.lookup(n -> n instanceof Labeled l
                        && text.equals(l.getText())
                        && n.getScene() != stage.getScene()
                        && n.isVisible())
                .query();
        robot.clickOn(item);
        waitUntil(id + " shows " + text, () -> {
            ChoiceBox<Object> box = robot.lookup(id).query();
            return text.equals(
                    box.getConverter() == null
                            ? String.valueOf(box.getValue())
                            : box.getConverter().toString(box.getValue()));
        });
    }

    private void chooseFilter(FxRobot robot, String id, String text) {
        robot.clickOn(id);
        Node item = robot.lookup(n -> n instanceof Labeled l
                        && text.equals(l.getText())
                        && n.getScene() != stage.getScene()
                        && n.isVisible())
                .query();
        robot.clickOn(item);
        waitUntil(
                id + " shows " + text,
                () -> text.equals(
                        robot.lookup(id).<ChoiceBox<Object>>query().getValue().toString()));
    }

    /** Clicks a field of the editor, scrolling the form so that it is in view first. */
    private void click(FxRobot robot, String id) {
        scrollTo(id);
        robot.clickOn(id);
    }

    private void scrollTo(String id) {
        onFx(() -> {
            Node node = stage.getScene().getRoot().lookup(id);
            ScrollPane scroll = scrollPaneOf(node);
            Node content = scroll.getContent();
            Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.clamp((bounds.getMinY() - 40) / hidden, 0, 1));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Parent parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }

    private long stageId(String name) {
        return app.stages().stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    private int count(String sql, Object... binds) {
        return app.database().dsl().fetchOne(sql, binds).get(0, Integer.class);
    }

    private void selectFirstRow() {
        onFx(() -> {
            table().requestFocus();
            table().getSelectionModel().clearAndSelect(0);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private TableView<LeadRow> table() {
        return (TableView<LeadRow>)
                window.navigator().currentProperty().get().view().lookup("#leads-table");
    }

    private List<LeadRow> rows() {
        return onFx(() -> List.copyOf(table().getItems()));
    }
}
