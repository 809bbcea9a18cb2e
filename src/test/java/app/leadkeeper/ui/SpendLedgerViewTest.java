package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.spend.Currency;
import app.leadkeeper.spend.SpendDraft;
import app.leadkeeper.spend.SpendEntry;
import app.leadkeeper.spend.SpendLedgerView;
import app.leadkeeper.spend.SpendPeriod;
import app.leadkeeper.testing.Snapshots;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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

/** The spend ledger as a user drives it, on its own in a window, against a real database (today: 20 Nov 2026). */
@ExtendWith(ApplicationExtension.class)
class SpendLedgerViewTest {
    @TempDir
    static Path dir;

    AppContext app;
    LedgerWindow window;
    SpendLedgerView view;
    AtomicInteger changes;

    @Start
    void start(Stage stage) {
        window = new LedgerWindow(dir, app -> {
            long facebook = app.channels().find("Facebook").orElseThrow().id();
            app.spend()
                    .add(new SpendDraft(
                            LocalDate.parse("2026-10-01"),
                            true,
                            facebook,
                            "October boost",
                            new BigDecimal("300"),
                            null));
        });
        app = window.app;
        changes = window.changes;
        view = window.show(
                stage,
                dir,
                960,
                (app, tasks, dialogs, notifier) -> {
                    // As the Channels view does when the tab shows.
                    SpendLedgerView v =
                            new SpendLedgerView(app.spend(), app.channels(), tasks, dialogs, notifier, app.clock());
                    v.refresh();
                    return v;
                },
                SpendLedgerView::setOnChanged);
    }

    @AfterEach
    void close() {
        window.close();
    }

    @Test
    void addedSpendShowsWithItsTotalAndThePeriodChoosesTheRows(FxRobot robot) {
        waitUntil(
                "the ledger has read the channels", () -> !channelChoices(robot).isEmpty());
        assertThat(rows(robot)).isEmpty();
        assertThat(robot.lookup("#spend-empty").queryLabeled().getText())
                .isEqualTo("No spend in this period — add what you paid for ads, events and mailings");

        robot.clickOn("#spend-add");
        waitUntil(
                "the dialog is open",
                () -> robot.lookup("#spend-amount").tryQuery().isPresent());
        assertThat(robot.lookup("#spend-save").queryButton().isDisabled()).isTrue();
        Channel google = app.channels().find("Google Ads").orElseThrow();
        robot.interact(
                () -> robot.lookup("#spend-channel").<ComboBox<Channel>>query().setValue(google));
        robot.clickOn("#spend-campaign").write("Black Friday");
        robot.clickOn("#spend-amount").write("12x");
        waitUntil(
                "the amount is refused by name",
                () -> robot.lookup("#spend-amount-problem")
                        .queryLabeled()
                        .getText()
                        .startsWith("Amount:"));
        assertThat(robot.lookup("#spend-save").queryButton().isDisabled()).isTrue();
        Snapshots.save(onFx(() -> robot.lookup("#spend-amount").query().getScene()), "spend-dialog-problem");
        robot.interact(
                () -> robot.lookup("#spend-amount").queryTextInputControl().setText("1234.50"));
        waitUntil(
                "the entry can be saved",
                () -> !robot.lookup("#spend-save").queryButton().isDisabled());
        assertThat(robot.lookup("#spend-amount-problem").queryLabeled().getText())
                .isEmpty();
        robot.clickOn("#spend-save");

        waitUntil("the entry is listed", () -> rows(robot).size() == 1);
        SpendEntry added = rows(robot).getFirst();
        assertThat(added.channelName()).isEqualTo("Google Ads");
        assertThat(added.campaign()).isEqualTo("Black Friday");
        assertThat(added.amount()).isEqualByComparingTo("1234.50");
        assertThat(added.date()).isEqualTo(LocalDate.parse("2026-11-20"));
        String money = Currency.format(new BigDecimal("1234.50"), "EUR", Locale.getDefault(Locale.Category.FORMAT));
        waitUntil(
                "the total shows",
                () -> robot.lookup("#spend-total").queryLabeled().getText().contains(money));
        assertThat(changes).hasValue(1);
        Snapshots.save(onFx(() -> view.getScene()), "spend-ledger");

        robot.interact(() ->
                robot.lookup("#spend-period").<ComboBox<SpendPeriod>>query().setValue(SpendPeriod.LAST_MONTH));
        waitUntil(
                "last month's entry shows",
                () -> rows(robot).size() == 1
                        && rows(robot).getFirst().campaign().equals("October boost"));
        robot.interact(() ->
                robot.lookup("#spend-period").<ComboBox<SpendPeriod>>query().setValue(SpendPeriod.ALL_TIME));
        waitUntil("every entry shows", () -> rows(robot).size() == 2);
        robot.interact(() ->
                robot.lookup("#spend-channel-filter").<ComboBox<Channel>>query().setValue(google));
        waitUntil("only Google Ads shows", () -> rows(robot).size() == 1);
    }

    @Test
    void anEntryIsEditedAsAWholeMonthAndDeletedAfterAConfirmation(FxRobot robot) {
        robot.interact(() ->
                robot.lookup("#spend-period").<ComboBox<SpendPeriod>>query().setValue(SpendPeriod.ALL_TIME));
        waitUntil("the entry shows", () -> rows(robot).size() == 1);
        waitUntil(
                "the row is drawn",
                () -> robot.lookup("October boost").tryQuery().isPresent());
        robot.doubleClickOn("October boost");
        waitUntil(
                "the dialog is open",
                () -> robot.lookup("#spend-amount").tryQuery().isPresent());
        assertThat(robot.lookup("#spend-kind-month")
                        .<javafx.scene.control.RadioButton>query()
                        .isSelected())
                .isTrue();
        robot.interact(
                () -> robot.lookup("#spend-amount").queryTextInputControl().setText("-5"));
        waitUntil(
                "a negative amount is refused",
                () -> robot.lookup("#spend-amount-problem")
                        .queryLabeled()
                        .getText()
                        .equals("Amount: cannot be negative."));
        robot.interact(
                () -> robot.lookup("#spend-amount").queryTextInputControl().setText("450"));
        waitUntil(
                "the entry can be saved",
                () -> !robot.lookup("#spend-save").queryButton().isDisabled());
        robot.clickOn("#spend-save");
        waitUntil("the new amount shows", () -> rows(robot).getFirst().amount().compareTo(new BigDecimal("450")) == 0);
        assertThat(rows(robot).getFirst().wholeMonth()).isTrue();

        robot.interact(() -> robot.lookup("#spend-table")
                .<TableView<SpendEntry>>query()
                .getSelectionModel()
                .select(0));
        robot.clickOn("#spend-delete");
        waitUntil(
                "the deletion is confirmed first",
                () -> robot.lookup("#confirm-delete-spend").tryQuery().isPresent());
        robot.clickOn("#confirm-delete-spend");
        waitUntil("the entry is gone", () -> rows(robot).isEmpty());
        assertThat(app.spend().list(null, null).entries()).isEmpty();
        assertThat(changes).hasValue(2);
    }

    private static List<SpendEntry> rows(FxRobot robot) {
        return LedgerWindow.rows(robot, "#spend-table");
    }

    private static List<Channel> channelChoices(FxRobot robot) {
        // The first choice, null, stands for every channel: no List.copyOf.
        return onFx(() -> new java.util.ArrayList<>(
                robot.lookup("#spend-channel-filter").<ComboBox<Channel>>query().getItems()));
    }
}
