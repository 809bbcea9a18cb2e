package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.spend.SpendPeriod;
import app.leadkeeper.spend.TrafficDraft;
import app.leadkeeper.spend.TrafficEntry;
import app.leadkeeper.spend.TrafficView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Traffic figures as a user types them, in the view on its own, against a real database (today: 20 Nov 2026). */
@ExtendWith(ApplicationExtension.class)
class TrafficViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    LedgerWindow window;
    AtomicInteger changes;

    @Start
    void start(Stage stage) {
        window = new LedgerWindow(dir, app -> {
            long facebook = app.channels().find("Facebook").orElseThrow().id();
            app.traffic()
                    .add(new TrafficDraft(
                            LocalDate.parse("2026-10-01"),
                            LocalDate.parse("2026-10-31"),
                            facebook,
                            "/october",
                            900L,
                            null,
                            null));
        });
        app = window.app;
        changes = window.changes;
        window.show(
                stage,
                dir,
                1000,
                (app, tasks, dialogs, notifier) -> {
                    // As the Channels view does when the tab shows.
                    TrafficView v =
                            new TrafficView(app.traffic(), app.channels(), tasks, dialogs, notifier, app.clock());
                    v.refresh();
                    return v;
                },
                TrafficView::setOnChanged);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void figuresAreAddedCheckedListedAndDeleted(FxRobot robot) {
        waitUntil(
                "the summary shows",
                () -> robot.lookup("#traffic-summary").queryLabeled().getText().startsWith("0 rows"));
        assertThat(robot.lookup("#traffic-empty").queryLabeled().getText())
                .startsWith("No traffic figures in this period");

        robot.clickOn("#traffic-add");
        waitUntil(
                "the dialog is open",
                () -> robot.lookup("#traffic-visits").tryQuery().isPresent());
        Channel google = app.channels().find("Google Ads").orElseThrow();
        robot.interact(() ->
                robot.lookup("#traffic-channel").<ComboBox<Channel>>query().setValue(google));
        robot.clickOn("#traffic-landing-page").write("/pricing");
        robot.clickOn("#traffic-clicks").write("1.5");
        waitUntil(
                "a fraction of a click is refused by name",
                () -> robot.lookup("#traffic-clicks-problem")
                        .queryLabeled()
                        .getText()
                        .startsWith("Clicks:"));
        assertThat(robot.lookup("#traffic-save").queryButton().isDisabled()).isTrue();
        robot.interact(() -> {
            robot.lookup("#traffic-clicks").queryTextInputControl().setText("300");
            robot.lookup("#traffic-visits").queryTextInputControl().setText("1200");
            robot.lookup("#traffic-impressions").queryTextInputControl().setText("45000");
            robot.lookup("#traffic-start")
                    .<javafx.scene.control.DatePicker>query()
                    .setValue(LocalDate.parse("2026-11-30"));
            robot.lookup("#traffic-end")
                    .<javafx.scene.control.DatePicker>query()
                    .setValue(LocalDate.parse("2026-11-01"));
        });
        waitUntil(
                "an end before the start is refused",
                () -> robot.lookup("#traffic-end-problem")
                        .queryLabeled()
                        .getText()
                        .startsWith("To:"));
        robot.interact(() -> robot.lookup("#traffic-start")
                .<javafx.scene.control.DatePicker>query()
                .setValue(LocalDate.parse("2026-11-01")));
        waitUntil(
                "the row can be saved",
                () -> !robot.lookup("#traffic-save").queryButton().isDisabled());
        robot.clickOn("#traffic-save");

        waitUntil("the row is listed", () -> rows(robot).size() == 1);
        TrafficEntry added = rows(robot).getFirst();
        assertThat(added.landingPage()).isEqualTo("/pricing");
        assertThat(added.visits()).isEqualTo(1200L);
        assertThat(added.clicks()).isEqualTo(300L);
        assertThat(added.impressions()).isEqualTo(45000L);
        assertThat(changes).hasValue(1);

        robot.interact(() ->
                robot.lookup("#traffic-period").<ComboBox<SpendPeriod>>query().setValue(SpendPeriod.LAST_MONTH));
        waitUntil(
                "last month's row shows",
                () -> rows(robot).size() == 1
                        && rows(robot).getFirst().landingPage().equals("/october"));
        robot.interact(() -> robot.lookup("#traffic-table")
                .<TableView<TrafficEntry>>query()
                .getSelectionModel()
                .select(0));
        robot.clickOn("#traffic-delete");
        waitUntil(
                "the deletion is confirmed first",
                () -> robot.lookup("#confirm-delete-traffic").tryQuery().isPresent());
        robot.clickOn("#confirm-delete-traffic");
        waitUntil("the row is gone", () -> rows(robot).isEmpty());
        assertThat(app.traffic().list(null, null))
                .extracting(TrafficEntry::landingPage)
                .containsExactly("/pricing");
        assertThat(changes).hasValue(2);
    }

    private static List<TrafficEntry> rows(FxRobot robot) {
        return LedgerWindow.rows(robot, "#traffic-table");
    }
}
