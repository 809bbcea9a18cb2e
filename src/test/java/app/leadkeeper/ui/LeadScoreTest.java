package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.funnel.BoardCard;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSortField;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.scoring.DefaultScoreRules;
import app.leadkeeper.scoring.LeadAttribute;
import app.leadkeeper.scoring.Operator;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.scoring.ScoreThresholds;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TempApp;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
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

/**
 * The score in the Leads view as a user meets it: the sortable Score column, the score range filter, the Score tab's
 * breakdown, a hand-set qualification beside what the score suggests and "Follow score", the board card. Real window,
 * real database, the shipped rules.
 */
@ExtendWith(ApplicationExtension.class)
class LeadScoreTest {
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
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    /** Four leads the shipped rules score 80 (two meetings make an MQL), 10, 0 and −15. */
    private List<Lead> fourLeads() {
        OffsetDateTime now = OffsetDateTime.now(TempApp.CLOCK);
        Lead grace = app.leads()
                .create(lead("Grace", "Hopper", "grace@navy.example")
                        .jobTitle("VP Engineering")
                        .company("US Navy")
                        .companySize(500)
                        .budget("50k")
                        .phone("+49 30 1234567")
                        .build());
        app.touches().log(grace.id(), TouchKind.MEETING, now.minusDays(2), "Demo");
        app.touches().log(grace.id(), TouchKind.MEETING, now.minusHours(3), "Pricing call");
        Lead ada = app.leads()
                .create(lead("Ada", "Lovelace", "ada@example.com")
                        .jobTitle("Director of Research")
                        .company("Analytical Engines")
                        .build());
        Lead linus = app.leads()
                .create(lead("Linus", "Pauling", "linus@example.com")
                        .company("Caltech")
                        .build());
        Lead alan = app.leads().create(lead("Alan", "Turing", "alan@gmail.com").build());
        assertThat(List.of(grace, ada, linus, alan))
                .extracting(l -> app.scoring().breakdown(l.id()).orElseThrow().score())
                .as("the shipped rules score the four leads")
                .containsExactly(80, 10, 0, -15);
        return List.of(grace, ada, linus, alan);
    }

    @Test
    void sortByScoreReadTheBreakdownAndLetAHandSetQualificationFollowTheScore(FxRobot robot) {
        List<Lead> leads = fourLeads();
        Lead grace = leads.getFirst();
        assertThat(app.leads().find(grace.id()).orElseThrow().data().qualification())
                .as("Grace's qualification followed her score")
                .isEqualTo(Qualification.MQL);
        showLeads(robot, 4);

        // Highest score on top, then lowest.
        sortBy("col-score", TableColumn.SortType.DESCENDING);
        waitUntil(
                "the table is sorted by score, best first",
                () -> names().getFirst().equals("Grace Hopper"));
        assertThat(onFx(() -> ((app.leadkeeper.leads.LeadsModule)
                                window.navigator().currentProperty().get())
                        .model()
                        .sortProperty()
                        .get()
                        .field()))
                .isEqualTo(LeadSortField.SCORE);
        assertThat(scores()).containsExactly(80, 10, 0, -15).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(cellText("Grace Hopper")).isEqualTo("80");
        Snapshots.save(stage.getScene(), "leads-score-light");
        sortBy("col-score", TableColumn.SortType.ASCENDING);
        waitUntil("the lowest score is on top", () -> names().getFirst().equals("Alan Turing"));
        assertThat(scores()).containsExactly(-15, 0, 10, 80);
        sortBy("col-score", TableColumn.SortType.DESCENDING);
        waitUntil("best first again", () -> names().getFirst().equals("Grace Hopper"));

        // The Score tab: the total, big; one line per rule that gave points; the lines add up to it.
        openScore(robot, "Grace Hopper");
        waitUntil("Grace's score is shown", () -> text("#score-total").equals("80"));
        List<Integer> points = linePoints();
        assertThat(points).hasSizeGreaterThanOrEqualTo(4).doesNotContain(0);
        assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(80);
        assertThat(parse(text("#score-lines-total"))).isEqualTo(80);
        assertThat(lineTexts()).contains("Job title contains “VP”", "Meeting");
        assertThat(text("#score-qualification")).isEqualTo("Qualification: MQL — follows the score");
        assertThat(robot.lookup("#follow-score").tryQuery()).isEmpty();
        assertThat(text("#score-scale")).isEqualTo("MQL from 75 · SQL from 120");
        Snapshots.save(stage.getScene(), "score-tab-light");

        // Set by hand: the details show what the score suggests, the Score tab says who decided.
        robot.clickOn("#tab-details");
        choose(robot, "#field-qualification", "SQL");
        waitUntil("the hint shows beside the choice", () -> visible(robot, "#qualification-hint"));
        assertThat(text("#qualification-hint")).isEqualTo("Score suggests MQL");
        robot.clickOn("#save-lead");
        waitUntil(
                "SQL is stored, set by hand",
                () -> app.scoring().breakdown(grace.id()).orElseThrow().qualificationByHand());
        Snapshots.save(stage.getScene(), "score-hint-light");
        robot.clickOn("#tab-score");
        waitUntil(
                "the Score tab says it was set by hand",
                () -> text("#score-qualification").equals("Qualification: SQL — set by hand · the score suggests MQL"));
        waitUntil(
                "Follow score is offered",
                () -> robot.lookup("#follow-score").tryQuery().isPresent());
        Snapshots.save(stage.getScene(), "score-hand-set-light");

        // While the details have unsaved changes, following waits.
        robot.clickOn("#tab-details");
        scrollTo("#field-company");
        robot.clickOn("#field-company").type(KeyCode.END).write(" Reserve");
        robot.clickOn("#tab-score");
        assertThat(robot.lookup("#follow-score").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(
                "the company is saved",
                () -> app.leads()
                        .find(grace.id())
                        .orElseThrow()
                        .data()
                        .company()
                        .equals("US Navy Reserve"));
        waitUntil(
                "Follow score is ready",
                () -> robot.lookup("#follow-score")
                        .tryQuery()
                        .map(b -> !b.isDisabled())
                        .orElse(false));
        robot.clickOn("#follow-score");
        waitUntil(
                "the qualification follows the score again",
                () -> text("#score-qualification").equals("Qualification: MQL — follows the score"));
        assertThat(app.leads().find(grace.id()).orElseThrow().data().qualification())
                .isEqualTo(Qualification.MQL);
        assertThat(app.scoring().breakdown(grace.id()).orElseThrow().qualificationByHand())
                .isFalse();
        waitUntil(
                "the details show MQL",
                () -> onFx(() -> robot.lookup("#field-qualification")
                                .<ChoiceBox<Qualification>>query()
                                .getValue())
                        == Qualification.MQL);
        assertThat(visible(robot, "#qualification-hint")).isFalse();
        assertThat(robot.lookup("#follow-score").tryQuery()).isEmpty();

        // No rule gives Linus points; a new lead has no score yet.
        robot.clickOn("#close-editor");
        openScore(robot, "Linus Pauling");
        waitUntil(
                "the empty state shows",
                () -> robot.lookup("#score-empty").tryQuery().isPresent());
        assertThat(text("#score-total")).isEqualTo("0");
        assertThat(text("#score-empty .label")).isEqualTo("No rule gives this lead points.");
        Snapshots.save(stage.getScene(), "score-empty-light");
        robot.clickOn("#new-lead");
        robot.clickOn("#tab-score");
        waitUntil(
                "a new lead has no score yet",
                () -> robot.lookup("#score-unsaved").tryQuery().isPresent());
        robot.clickOn("#close-editor");
    }

    @Test
    void theScoreRangeNarrowsTheTableAndClearsWithTheOtherFilters(FxRobot robot) {
        fourLeads();
        showLeads(robot, 4);
        robot.clickOn("#score-min").write("10");
        waitUntil("only leads from 10 on", () -> names().size() == 2);
        assertThat(names()).containsExactlyInAnyOrder("Grace Hopper", "Ada Lovelace");
        robot.clickOn("#score-max").write("50");
        waitUntil("only Ada scores 10 to 50", () -> names().equals(List.of("Ada Lovelace")));
        assertThat(text("#page-text")).isEqualTo("1–1 of 1");
        robot.clickOn("#score-min").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("−20");
        waitUntil("−20 to 50", () -> names().size() == 3);
        assertThat(names()).doesNotContain("Grace Hopper");
        robot.clickOn("#score-max").type(KeyCode.ESCAPE);
        waitUntil("the upper end is gone", () -> names().size() == 4);

        // A range upside down matches nothing and is marked.
        robot.clickOn("#score-min").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write("90");
        robot.clickOn("#score-max").write("5");
        waitUntil("nothing matches", () -> names().isEmpty());
        assertThat(onFx(() -> robot.lookup("#score-min")
                        .query()
                        .getPseudoClassStates()
                        .contains(PseudoClass.getPseudoClass("danger"))))
                .isTrue();
        Snapshots.save(stage.getScene(), "leads-score-filter-light");

        robot.clickOn("#clear-filters");
        waitUntil("every lead is back", () -> names().size() == 4);
        assertThat(robot.lookup("#score-min").queryAs(TextField.class).getText())
                .isEmpty();
        assertThat(robot.lookup("#score-max").queryAs(TextField.class).getText())
                .isEmpty();
    }

    @Test
    void longRulesNegativePointsTheBoardAndTheDarkTheme(FxRobot robot) {
        List<ScoreRule> rules = new ArrayList<>(DefaultScoreRules.rules());
        rules.add(ScoreRule.attribute(
                LeadAttribute.JOB_TITLE,
                Operator.CONTAINS,
                "Senior Vice President of Global Strategic Partnerships and Alliances",
                25));
        app.scoring().save(rules, ScoreThresholds.DEFAULT);
        Lead ines = app.leads()
                .create(lead("Inés", "Ortega-Villanueva", "ines@web.de")
                        .jobTitle("Senior Vice President of Global Strategic Partnerships and Alliances")
                        .build());
        app.scoring().rescoreAll(new Progress());
        int score = app.scoring().breakdown(ines.id()).orElseThrow().score();
        // +15 job title contains "Vice President", +25 the long rule, −5 a free-mail address, −10 no company.
        assertThat(score).isEqualTo(25);
        showLeads(robot, 1);
        openScore(robot, "Inés Ortega-Villanueva");
        waitUntil("Inés's score is shown", () -> text("#score-total").equals("25"));
        List<Integer> points = linePoints();
        assertThat(points).contains(-5, -10, 25);
        assertThat(points.stream().mapToInt(Integer::intValue).sum()).isEqualTo(25);
        Label minus = onFx(() -> robot.lookup(".score-points").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("−10"))
                .findFirst()
                .orElseThrow());
        assertThat(minus.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("negative"));
        // The long label wraps inside the pane instead of pushing the points out of it.
        double paneRight = onFx(() -> {
            Node pane = robot.lookup("#lead-score").query();
            return pane.localToScene(pane.getBoundsInLocal()).getMaxX();
        });
        double pointsRight =
                onFx(() -> minus.localToScene(minus.getBoundsInLocal()).getMaxX());
        assertThat(pointsRight).isLessThanOrEqualTo(paneRight);
        Snapshots.save(stage.getScene(), "score-long-rules-light");

        onFx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        waitUntil(
                "the dark theme is in use",
                () -> Application.getUserAgentStylesheet().contains("dark"));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(stage.getScene(), "score-long-rules-dark");
        robot.clickOn("#close-editor");

        // The board card shows the score and says it in its tooltip.
        robot.clickOn("#nav-funnel");
        waitUntil("the card is on the board", () -> card("Inés Ortega-Villanueva") != null);
        ListCell<?> cell = card("Inés Ortega-Villanueva");
        assertThat(onFx(() -> cell.getTooltip().getText())).contains("Score 25");
        assertThat(onFx(() -> ((Label) cell.lookup(".card-score")).getText())).isEqualTo("25");
        Snapshots.save(stage.getScene(), "board-score-dark");
    }

    @Test
    void theTabFollowsTouchesAndRescoresInTheDarkTheme(FxRobot robot) {
        Lead grace = fourLeads().getFirst();
        onFx(() -> {
            window.themeProperty().set(Theme.DARK);
            return null;
        });
        waitUntil(
                "the dark theme is in use",
                () -> Application.getUserAgentStylesheet().contains("dark"));
        showLeads(robot, 4);
        sortBy("col-score", TableColumn.SortType.DESCENDING);
        waitUntil("best first", () -> names().getFirst().equals("Grace Hopper"));
        openScore(robot, "Grace Hopper");
        waitUntil("Grace's score is shown", () -> text("#score-total").equals("80"));
        assertThat(parse(text("#score-lines-total"))).isEqualTo(80);
        Snapshots.save(stage.getScene(), "score-tab-dark");

        // A touch logged anywhere (here: not in this window) is in the tab and the table at once.
        app.touches().log(grace.id(), TouchKind.MEETING, OffsetDateTime.now(TempApp.CLOCK), null);
        waitUntil("the third meeting counts", () -> text("#score-total").equals("100"));
        assertThat(linePoints()).contains(60);
        waitUntil("the table shows 100", () -> scores().getFirst() == 100);

        // New thresholds and a rescore: Grace is an SQL now, and her qualification follows.
        app.scoring().save(DefaultScoreRules.rules(), new ScoreThresholds(50, 90));
        app.scoring().rescoreAll(new Progress());
        waitUntil("the tab shows the new thresholds", () -> text("#score-scale").equals("MQL from 50 · SQL from 90"));
        waitUntil(
                "the qualification followed the score",
                () -> text("#score-qualification").equals("Qualification: SQL — follows the score"));
        waitUntil(
                "the details show SQL",
                () -> onFx(() -> robot.lookup("#field-qualification")
                                .<ChoiceBox<Qualification>>query()
                                .getValue())
                        == Qualification.SQL);
        assertThat(onFx(() -> table().lookupAll(".score-value").stream()
                        .filter(n -> ((Label) n).getText().equals("100"))
                        .findFirst()
                        .orElseThrow()
                        .getPseudoClassStates()))
                .contains(PseudoClass.getPseudoClass("sql"));
        Snapshots.save(stage.getScene(), "score-rescored-dark");
    }

    private void showLeads(FxRobot robot, int count) {
        robot.clickOn("#leads-table").type(KeyCode.F5);
        waitUntil(count + " leads are in the table", () -> table().getItems().size() == count);
    }

    /**
     * What a click on the column's header does ({@code TableColumnHeader.sortColumn}): the sort type, then the column
     * alone in the sort order. The headless platform marks every press as a popup trigger, on which the header does
     * not sort, so the robot cannot click it.
     */
    private void sortBy(String columnId, TableColumn.SortType type) {
        onFx(() -> {
            TableColumn<LeadRow, ?> column = table().getColumns().stream()
                    .filter(c -> columnId.equals(c.getId()))
                    .findFirst()
                    .orElseThrow();
            column.setSortType(type);
            table().getSortOrder().setAll(List.of(column));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openScore(FxRobot robot, String name) {
        onFx(() -> {
            TableView<LeadRow> table = table();
            table.requestFocus();
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).name().equals(name)) {
                    table.getSelectionModel().clearAndSelect(i);
                }
            }
            return null;
        });
        robot.type(KeyCode.ENTER);
        waitUntil(
                name + " is in the editor",
                () -> robot.lookup("#editor-title")
                        .tryQuery()
                        .map(title -> ((Label) title).getText().equals(name))
                        .orElse(false));
        robot.clickOn("#tab-score");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a choice box of the details form and clicks the entry with that text. */
    private void choose(FxRobot robot, String id, String text) {
        scrollTo(id);
        robot.clickOn(id);
        Node item = robot.lookup(n -> n instanceof Labeled l
                        && text.equals(l.getText())
                        && n.getScene() != stage.getScene()
                        && n.isVisible())
                .query();
        robot.clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the details form so that the field is in view (a click outside the viewport would miss it). */
    private void scrollTo(String id) {
        onFx(() -> {
            Node node = stage.getScene().getRoot().lookup(id);
            javafx.scene.Parent parent = node.getParent();
            while (!(parent instanceof javafx.scene.control.ScrollPane)) {
                parent = parent.getParent();
            }
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) parent;
            Node content = scroll.getContent();
            javafx.geometry.Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double hidden = content.getBoundsInLocal().getHeight()
                    - scroll.getViewportBounds().getHeight();
            if (hidden > 0) {
                scroll.setVvalue(Math.clamp((bounds.getMinY() - 40) / hidden, 0, 1));
            }
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<Integer> linePoints() {
        return onFx(() -> stage.getScene().getRoot().lookupAll(".score-points").stream()
                .filter(n -> n.getId() != null && n.getId().startsWith("score-points-"))
                .map(n -> parse(((Label) n).getText()))
                .toList());
    }

    private List<String> lineTexts() {
        return onFx(() -> stage.getScene().getRoot().lookupAll(".score-rule").stream()
                .map(n -> ((Label) n).getText())
                .toList());
    }

    /** "+15", "−5" (a real minus sign), "80". */
    private static int parse(String points) {
        return Integer.parseInt(points.replace("+", "").replace('−', '-'));
    }

    private String text(String selector) {
        return onFx(() -> {
            Node node = stage.getScene().getRoot().lookup(selector);
            return node instanceof Labeled l ? l.getText() : "";
        });
    }

    private static boolean visible(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    private List<String> names() {
        return onFx(() -> table().getItems().stream().map(LeadRow::name).toList());
    }

    private List<Integer> scores() {
        return onFx(() -> table().getItems().stream().map(LeadRow::score).toList());
    }

    /** What the score cell of a lead's row shows. */
    private String cellText(String name) {
        return onFx(() -> table().lookupAll(".score-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableRow() != null
                        && c.getTableRow().getItem() instanceof LeadRow row
                        && row.name().equals(name))
                .map(c -> ((Label) c.getGraphic()).getText())
                .findFirst()
                .orElse(""));
    }

    private ListCell<?> card(String name) {
        return onFx(() -> stage.getScene().getRoot().lookupAll(".board-card-cell").stream()
                .map(n -> (ListCell<?>) n)
                .filter(c ->
                        c.getItem() instanceof BoardCard card && card.name().equals(name))
                .findFirst()
                .orElse(null));
    }

    @SuppressWarnings("unchecked")
    private TableView<LeadRow> table() {
        return (TableView<LeadRow>)
                window.navigator().currentProperty().get().view().lookup("#leads-table");
    }
}
