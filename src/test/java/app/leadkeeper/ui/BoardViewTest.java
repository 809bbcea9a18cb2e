package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.funnel.BoardCard;
import app.leadkeeper.funnel.BoardModel;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadStatus;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The kanban board as a user drives it: drag a card, undo, move with the keyboard, mark won. Real database. */
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    Stage stage;
    Map<String, Long> stages = new java.util.HashMap<>();
    Map<String, Long> leads = new java.util.HashMap<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = TempApp.open(dir.resolve("data-" + System.nanoTime()));
        app.stages().stages().forEach(s -> stages.put(s.name(), s.id()));
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        onFx(() -> {
            window.dispose();
            return null;
        });
        app.close();
    }

    @Test
    void dragACardToTheNextStageAndUndo(FxRobot robot) {
        addLeads();
        openBoard(robot);
        waitUntil("the New column shows three cards", () -> names("new").size() == 3);
        assertThat(label("#count-new")).isEqualTo("3");
        ListCell<?> ada = cell("Ada Lovelace");
        robot.drag(ada).dropTo("#list-engaged");

        long id = leads.get("Ada");
        waitUntil("Ada stands in Engaged", () -> stageOf(id) == stages.get("Engaged"));
        assertThat(stageChanges(id)).isEqualTo(1);
        waitUntil("the board shows Ada in Engaged", () -> names("engaged").contains("Ada Lovelace"));
        waitUntil(
                "the counts follow",
                () -> label("#count-new").equals("2") && label("#count-engaged").equals("1"));
        assertThat(label("#toast-text")).isEqualTo("Moved “Ada Lovelace” to Engaged");

        robot.clickOn("#toast-action");
        waitUntil("Ada is back in New", () -> stageOf(id) == stages.get("New"));
        assertThat(stageChanges(id)).isZero();
        waitUntil("the board shows Ada in New again", () -> names("new").contains("Ada Lovelace"));
        assertThat(names("engaged")).isEmpty();
    }

    @Test
    void ctrlArrowsMoveTheSelectedCardAndWonAsksFirst(FxRobot robot) {
        addLeads();
        openBoard(robot);
        waitUntil("the New column shows three cards", () -> names("new").size() == 3);
        long alan = leads.get("Alan");

        robot.clickOn(cell("Alan Turing"));
        // Keyboard only from here. The pointer moves off the cards: the "Moved … Undo" message appears at the bottom
        // of the window, and on the headless platform a pointer resting where it appears can press its Undo button.
        robot.moveTo("#board-search");
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitUntil("Alan stands in Engaged", () -> stageOf(alan) == stages.get("Engaged"));
        waitUntil("Alan stays selected in Engaged", () -> selectedIn("engaged").equals("Alan Turing"));
        robot.press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitUntil("Alan stands in Qualified", () -> stageOf(alan) == stages.get("Qualified"));
        waitUntil("Alan is selected in Qualified", () -> selectedIn("qualified").equals("Alan Turing"));
        robot.press(KeyCode.CONTROL, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.CONTROL);
        waitUntil("Alan is back in Engaged", () -> stageOf(alan) == stages.get("Engaged"));
        assertThat(stageChanges(alan)).isEqualTo(3);

        // Mark won (Ctrl+Shift+W): the dialog suggests today and the deal value; Cancel moves nothing.
        long grace = leads.get("Grace");
        robot.clickOn(cell("Grace Hopper"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(
                "the won dialog asks",
                () -> robot.lookup("#won-revenue").tryQuery().isPresent());
        assertThat(robot.lookup("#won-revenue")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("4500");
        robot.clickOn("Cancel");
        waitUntil(
                "the dialog is gone",
                () -> robot.lookup("#won-revenue").tryQuery().isEmpty());
        assertThat(stageOf(grace)).isEqualTo(stages.get("New"));

        robot.clickOn(cell("Grace Hopper"));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.W).release(KeyCode.W, KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(
                "the won dialog asks again",
                () -> robot.lookup("#won-revenue").tryQuery().isPresent());
        robot.doubleClickOn("#won-revenue").eraseText(4).write("5000");
        robot.clickOn("#confirm-outcome");
        waitUntil("Grace is won", () -> stageOf(grace) == stages.get("Won"));
        var won = app.leads().find(grace).orElseThrow().data();
        assertThat(won.status()).isEqualTo(LeadStatus.WON);
        assertThat(won.revenue()).isEqualByComparingTo("5000");
        waitUntil("the Won zone counts her", () -> label("#count-won").equals("1"));
        assertThat(names("new")).containsExactly("Ada Lovelace");

        // Snapshots (with -Dlk.shots=DIR) of the whole board, light and dark.
        onFx(() -> {
            stage.setWidth(1500);
            stage.setHeight(820);
            return null;
        });
        waitUntil(
                "the drop zones are laid out",
                () -> stageNode("#zone-lost").getLayoutBounds().getWidth() > 0);
        Snapshots.save(stage.getScene(), "board-light");
        onFx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        Snapshots.save(stage.getScene(), "board-dark");
    }

    @Test
    void emptyBoardExplainsItselfAndBigColumnsLoadPageByPage(FxRobot robot) {
        openBoard(robot);
        waitUntil(
                "the empty board explains itself",
                () -> robot.lookup("#board-empty").tryQuery().isPresent()
                        && robot.lookup("#board-empty").query().isVisible());
        Snapshots.save(stage.getScene(), "board-empty");

        List<LeadData> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(LeadData.builder()
                    .firstName("Lead" + i)
                    .company(i % 2 == 0 ? "Even Ltd" : "Odd Inc")
                    .createdAt(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                            .plusMinutes(i))
                    .build());
        }
        app.leads().addAll(many);
        robot.press(KeyCode.CONTROL, KeyCode.R).release(KeyCode.R, KeyCode.CONTROL);
        waitUntil("the first page is loaded", () -> names("new").size() == BoardModel.PAGE_SIZE);
        assertThat(label("#count-new")).isEqualTo("450");
        assertThat(robot.lookup("#board-empty").query().isVisible()).isFalse();
        assertThat(names("new").getFirst()).isEqualTo("Lead449");
        // Virtual: only the visible cards have nodes.
        assertThat(robot.lookup(".board-card-cell").queryAll()).hasSizeLessThan(60);

        onFx(() -> {
            list("new").scrollTo(BoardModel.PAGE_SIZE - 1);
            return null;
        });
        waitUntil("the next page is loaded", () -> names("new").size() == 2 * BoardModel.PAGE_SIZE);
        onFx(() -> {
            list("new").scrollTo(2 * BoardModel.PAGE_SIZE - 1);
            return null;
        });
        waitUntil("the rest is loaded", () -> names("new").size() == 450);
        assertThat(names("new").getLast()).isEqualTo("Lead0");

        // Filters reload the columns.
        robot.clickOn("#board-search").write("odd");
        waitUntil(
                "only odd leads show",
                () -> names("new").size() == 200 && label("#count-new").equals("225"));
        assertThat(names("new")).allMatch(n -> Integer.parseInt(n.substring(4)) % 2 == 1);
        robot.clickOn("#board-clear-filters");
        waitUntil("every lead counts again", () -> label("#count-new").equals("450"));
    }

    private void addLeads() {
        onFx(() -> {
            leads.put("Ada", add("Ada", "Lovelace", "Analytical Engines", "1200", 3));
            leads.put("Alan", add("Alan", "Turing", "Bletchley Park", null, 2));
            leads.put("Grace", add("Grace", "Hopper", "Navy of the United States of America", "4500", 1));
            return null;
        });
        app.database().dsl().execute("UPDATE lead SET score = 80 WHERE id = ?", leads.get("Grace"));
    }

    private long add(String first, String last, String company, String value, int day) {
        return app.leads()
                .create(LeadData.builder()
                        .firstName(first)
                        .lastName(last)
                        .company(company)
                        .dealValue(value == null ? null : new BigDecimal(value))
                        .createdAt(OffsetDateTime.of(2026, 11, day, 9, 0, 0, 0, ZoneOffset.UTC))
                        .build())
                .id();
    }

    private void openBoard(FxRobot robot) {
        robot.clickOn("#nav-funnel");
        waitUntil("the board shows", () -> robot.lookup("#list-new").tryQuery().isPresent());
    }

    private long stageOf(long id) {
        return app.leads().find(id).orElseThrow().data().stageId();
    }

    private int stageChanges(long id) {
        return app.database()
                .dsl()
                .fetchValue("SELECT COUNT(*) FROM stage_change WHERE lead_id = ?", id)
                .toString()
                .transform(Integer::parseInt);
    }

    @SuppressWarnings("unchecked")
    private ListView<BoardCard> list(String stage) {
        return (ListView<BoardCard>) stageNode("#list-" + stage);
    }

    private javafx.scene.Node stageNode(String selector) {
        return stage.getScene().lookup(selector);
    }

    private List<String> names(String stage) {
        return onFx(() -> list(stage).getItems().stream().map(BoardCard::name).toList());
    }

    private String selectedIn(String stage) {
        return onFx(() -> {
            BoardCard card = list(stage).getSelectionModel().getSelectedItem();
            return card == null ? "" : card.name();
        });
    }

    private String label(String selector) {
        return onFx(() -> ((Label) stageNode(selector)).getText());
    }

    private ListCell<?> cell(String name) {
        return onFx(() -> stage.getScene().getRoot().lookupAll(".board-card-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c ->
                        c.getItem() instanceof BoardCard card && card.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card " + name)));
    }
}
