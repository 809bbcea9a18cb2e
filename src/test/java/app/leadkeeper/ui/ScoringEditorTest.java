package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static app.leadkeeper.testing.TempApp.lead;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.scoring.LeadAttribute;
import app.leadkeeper.scoring.Operator;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.scoring.ScoreThresholds;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings › Scoring as a user drives it: a rule added in the dialog shows how many leads it matches, and saving it
 * stores it and rescores the leads. Real database, fixed clock.
 */
@ExtendWith(ApplicationExtension.class)
class ScoringEditorTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;
    javafx.stage.Stage stage;
    Lead olga;
    Lead dev;

    @Start
    void start(javafx.stage.Stage stage) {
        this.stage = stage;
        app = TestWindows.freshApp(dir);
        olga = app.leads()
                .create(lead("Olga", "Baker", "olga@bakery.example")
                        .jobTitle("Owner")
                        .company("Olga's Bakery")
                        .build());
        app.leads()
                .create(lead("Sam", "Shop", "sam@shop.example")
                        .jobTitle("Shop owner")
                        .company("Sam's")
                        .build());
        app.leads()
                .create(lead("Kim", "Lee", "kim@gmail.com")
                        .jobTitle("Co-owner and CEO")
                        .build());
        dev = app.leads()
                .create(lead("Dev", "Eloper", "dev@code.example")
                        .jobTitle("Developer")
                        .company("Code Co")
                        .customFields(Map.of("Industry", "Software"))
                        .build());
        app.leads()
                .create(lead("Vic", "Pres", "vic@corp.example")
                        .jobTitle("VP Sales")
                        .company("Corp")
                        .build());
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void anAttributeRuleAddedInTheDialogShowsItsMatchesAndSavingRescoresTheLeads(FxRobot robot) {
        int olgaBefore = score(olga);
        int devBefore = score(dev);
        openScoring(robot);
        waitUntil("the shipped rules are listed", () -> rules().size() == 16);
        waitUntil("their matches are counted", () -> !updating() && "1".equals(matched(0)));
        snapshots("scoring");
        wideSnapshots("scoring-wide");

        robot.clickOn("#score-add-attribute");
        waitUntil(
                "the rule dialog is open",
                () -> robot.lookup("#rule-value").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#rule-attribute")
                        .<ComboBox<LeadAttribute>>query()
                        .getValue()))
                .isEqualTo(LeadAttribute.JOB_TITLE);
        assertThat(onFx(() -> robot.lookup("#rule-operator")
                        .<ComboBox<Operator>>query()
                        .getValue()))
                .isEqualTo(Operator.CONTAINS);
        assertThat(onFx(() -> robot.lookup("#rule-ok").queryAs(Button.class).isDisabled()))
                .isTrue();
        robot.clickOn("#rule-value").write("Owner");
        Spinner<Integer> points = robot.lookup("#rule-points").query();
        robot.clickOn(points.getEditor());
        selectAll(robot);
        robot.write("30");
        waitUntil(
                "the dialog reads the rule back",
                () -> text("#rule-preview").equals("Job title contains “Owner”   +30")
                        && !robot.lookup("#rule-ok").queryAs(Button.class).isDisabled());
        Snapshots.save(robot.lookup("#rule-value").query().getScene(), "score-rule-dialog");
        robot.clickOn("#rule-ok");

        waitUntil("the rule is added at the end", () -> rules().size() == 17);
        assertThat(rules().getLast())
                .isEqualTo(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "Owner", 30));
        // Three job titles hold "owner" in any case: Owner, Shop owner, Co-owner and CEO.
        waitUntil("the preview counts the three owners", () -> !updating() && "3".equals(matched(16)));
        assertThat(text("#scoring-message")).isEqualTo("Not saved yet. Saving (Ctrl+S) rescores every lead.");
        assertThat(app.scoring().rules()).hasSize(16);

        // A threshold pair that cannot be is refused in place.
        Spinner<Integer> sql = robot.lookup("#score-sql").query();
        robot.clickOn(sql.getEditor());
        selectAll(robot);
        robot.write("60");
        waitUntil(
                "the thresholds are refused",
                () -> text("#score-threshold-problem").equals("The SQL threshold must be above the MQL threshold (75).")
                        && robot.lookup("#scoring-save").queryAs(Button.class).isDisabled());
        snapshots("scoring-threshold-problem");
        robot.clickOn(sql.getEditor());
        selectAll(robot);
        robot.write("150");
        waitUntil(
                "the thresholds are accepted",
                () -> text("#score-threshold-problem").isEmpty());

        robot.clickOn("#scoring-save");

        waitUntil("the rules are stored", () -> app.scoring().rules().size() == 17);
        assertThat(app.scoring().rules().getLast().withId(null))
                .isEqualTo(ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "Owner", 30));
        assertThat(app.scoring().thresholds()).isEqualTo(new ScoreThresholds(75, 150));
        waitUntil(
                "the save is reported", () -> text("#scoring-message").startsWith("Saved 17 rules. Rescored 5 leads"));
        assertThat(score(olga)).isEqualTo(olgaBefore + 30);
        assertThat(score(dev)).isEqualTo(devBefore);
        assertThat(onFx(() ->
                        robot.lookup("#scoring-save").queryAs(Button.class).isDisabled()))
                .isTrue();
        assertThat(onFx(() -> robot.lookup("#score-stale").query().isVisible())).isFalse();
        snapshots("scoring-saved");
    }

    @Test
    void longRulesAreCutDeletingEveryRuleShowsTheEmptyStateAndTheShippedRulesComeBack(FxRobot robot) {
        app.scoring()
                .save(
                        List.of(
                                ScoreRule.customField(
                                        "Annual procurement budget approved by the finance department",
                                        Operator.IN_LIST,
                                        "yes\nconfirmed\napproved in principle",
                                        25),
                                ScoreRule.burst(TouchKind.PRICING_PAGE_VISITED, 3, 14, 25, 45)
                                        .withPoints(-5),
                                ScoreRule.attribute(LeadAttribute.EMAIL_DOMAIN, Operator.EQUALS, "gmail.com", -5)
                                        .withEnabled(false)),
                        ScoreThresholds.DEFAULT);
        openScoring(robot);
        waitUntil("the three rules are listed", () -> rules().size() == 3);
        waitUntil("a disabled rule counts nobody", () -> !updating() && "—".equals(matched(2)));
        snapshots("scoring-long-rules");

        // Delete them all from the keyboard.
        robot.clickOn(ruleCell(0));
        for (int i = 0; i < 3; i++) {
            robot.type(KeyCode.DELETE);
        }
        waitUntil(
                "the empty state shows",
                () -> rules().isEmpty()
                        && onFx(() ->
                                robot.lookup("#score-rules-empty").tryQuery().isPresent()));
        assertThat(text("#score-rules-empty"))
                .isEqualTo("No rules: every lead scores 0. Add a rule or restore the shipped ones.");
        snapshots("scoring-empty");

        robot.clickOn("#score-empty-restore");
        waitUntil("the shipped rules are back as a draft", () -> rules().size() == 16);
        assertThat(text("#scoring-message"))
                .isEqualTo("The shipped rules are back as a draft. Save to use them, or revert.");
        assertThat(app.scoring().rules()).hasSize(3);

        // The free-mail rule is a list of domains, one per line, in a text area.
        int freeMail = onFx(() -> {
            List<ScoreRule> rules = rules();
            for (int i = 0; i < rules.size(); i++) {
                if (rules.get(i).attribute() == LeadAttribute.EMAIL_DOMAIN) {
                    return i;
                }
            }
            return -1;
        });
        robot.doubleClickOn(ruleCell(freeMail));
        waitUntil(
                "the rule dialog shows the list",
                () -> robot.lookup("#rule-values").tryQuery().isPresent());
        TextArea values = robot.lookup("#rule-values").query();
        assertThat(onFx(() -> values.getText().lines().toList())).contains("gmail.com", "web.de");
        assertThat(onFx(values::isVisible)).isTrue();
        assertThat(onFx(() -> robot.lookup("#rule-value").query().isVisible())).isFalse();
        Snapshots.save(values.getScene(), "score-rule-list-dialog");
        robot.type(KeyCode.ESCAPE);
        waitUntil(
                "the dialog is closed",
                () -> robot.lookup("#rule-values").tryQuery().isEmpty());

        // A behaviour rule with a burst bonus and a decay.
        robot.clickOn("#score-add-behaviour");
        waitUntil(
                "the behaviour dialog is open",
                () -> robot.lookup("#rule-burst").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#rule-burst-count").query().isDisabled()))
                .isTrue();
        robot.clickOn("#rule-burst");
        robot.clickOn("#rule-decay");
        waitUntil(
                "the dialog reads the rule back",
                () -> text("#rule-preview")
                        .equals("Pricing page visited   +10 per touch · +20 for 5 within 7 days · halves every 30"
                                + " days"));
        Snapshots.save(robot.lookup("#rule-burst").query().getScene(), "score-rule-behaviour-dialog");
        robot.clickOn("#rule-ok");
        waitUntil("the behaviour rule is added", () -> rules().size() == 17);
        assertThat(rules().getLast())
                .isEqualTo(ScoreRule.burst(TouchKind.PRICING_PAGE_VISITED, 5, 7, 20, 30)
                        .withPoints(10));

        robot.clickOn("#scoring-revert");
        waitUntil("the stored rules are back", () -> rules().size() == 3);
    }

    private void openScoring(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitUntil(
                "the settings tabs show",
                () -> robot.lookup("#settings-tab-scoring").tryQuery().isPresent());
        robot.clickOn("#settings-tab-scoring");
        waitUntil(
                "the scoring editor shows",
                () -> robot.lookup("#score-rules").query().isVisible());
    }

    private int score(Lead lead) {
        return app.leads().find(lead.id()).orElseThrow().score();
    }

    private static void selectAll(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
    }

    /** The window as the test screen fits it (narrow: the preview goes below the rules), in both themes. */
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

    /** The window at the size it opens with on a laptop (the rules and the preview side by side). */
    private void wideSnapshots(String name) {
        if (System.getProperty("lk.shots") == null) {
            return;
        }
        double[] size = onFx(() -> new double[] {stage.getWidth(), stage.getHeight()});
        onFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            return null;
        });
        waitUntil("the window is wide", () -> stage.getScene().getWidth() >= 1200);
        snapshots(name);
        onFx(() -> {
            stage.setWidth(size[0]);
            stage.setHeight(size[1]);
            return null;
        });
        waitUntil("the window is back", () -> stage.getScene().getWidth() <= size[0]);
    }

    private static boolean updating() {
        return onFx(() -> new FxRobot().lookup("#score-updating").query().isVisible());
    }

    /** The "Leads matched" cell of a row, as shown; null while the row is not drawn. */
    private static String matched(int index) {
        return onFx(() -> new FxRobot()
                .lookup(".rule-matches").queryAllAs(TableCell.class).stream()
                        .filter(cell -> cell.getIndex() == index && !cell.isEmpty())
                        .map(TableCell::getText)
                        .findFirst()
                        .orElse(null));
    }

    /** The rule's cell, scrolled into view. */
    private static Node ruleCell(int index) {
        onFx(() -> {
            new FxRobot().lookup("#score-rules").queryAs(TableView.class).scrollTo(index);
            return null;
        });
        waitUntil("rule " + index + " is drawn", () -> drawnRuleCell(index) != null);
        return onFx(() -> drawnRuleCell(index));
    }

    private static Node drawnRuleCell(int index) {
        return new FxRobot()
                .lookup(".rule-label").queryAllAs(TableCell.class).stream()
                        .filter(cell -> cell.getIndex() == index && !cell.isEmpty() && cell.isVisible())
                        .findFirst()
                        .orElse(null);
    }

    private static String text(String id) {
        return onFx(() -> new FxRobot().lookup(id).queryAs(Label.class).getText());
    }

    @SuppressWarnings("unchecked")
    private static List<ScoreRule> rules() {
        return onFx(() -> List.copyOf(
                new FxRobot().lookup("#score-rules").queryAs(TableView.class).getItems()));
    }
}
