package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.ChannelMapping;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.testing.Snapshots;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings › Channels as a user drives it: a channel added through its dialog, and an imported source value filed
 * under another channel, then under none, which later imports follow. Real database.
 */
@ExtendWith(ApplicationExtension.class)
class ChannelsSettingsTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;

    @Start
    void start(javafx.stage.Stage stage) {
        app = TestWindows.freshApp(dir);
        // What two imports left behind: "fb" went to Facebook, an answer to "How did you hear about us?" to its own.
        app.channels().resolve("fb", "Facebook");
        app.channels().resolve("A friend told me", "A friend told me");
        app.database()
                .dsl()
                .transaction(cfg -> app.channels().recordSeen(cfg.dsl(), Map.of("fb", 12L, "A friend told me", 3L)));
        window = new MainWindow(app, stage);
        window.show();
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void addAChannelAndRefileASourceValue(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitUntil(
                "the settings tabs show",
                () -> robot.lookup("#settings-tab-channels").tryQuery().isPresent());
        robot.clickOn("#settings-tab-channels");
        waitUntil(
                "the channels are listed",
                () -> channels(robot).stream().anyMatch(c -> c.name().equals("Google Ads")));
        waitUntil("the source values are listed", () -> mappings(robot).size() == 2);
        ChannelMapping fb = mappings(robot).stream()
                .filter(m -> m.value().equals("fb"))
                .findFirst()
                .orElseThrow();
        assertThat(fb.channelName()).isEqualTo("Facebook");
        assertThat(fb.seen()).isEqualTo(12);
        Snapshots.save(onFx(() -> robot.lookup("#channels-settings").query().getScene()), "settings-channels");

        robot.clickOn("#channel-add");
        waitUntil(
                "the dialog is open",
                () -> robot.lookup("#channel-name").tryQuery().isPresent());
        robot.clickOn("#channel-name").write("Google Ads");
        waitUntil(
                "a taken name is refused",
                () -> robot.lookup("#channel-save").queryButton().isDisabled());
        assertThat(onFx(() ->
                        robot.lookup("#channel-name-problem").queryLabeled().getText()))
                .contains("already");
        robot.interact(
                () -> robot.lookup("#channel-name").queryTextInputControl().setText("Podcast ads"));
        robot.interact(() -> {
            robot.lookup("#channel-category")
                    .<ChoiceBox<ChannelCategory>>query()
                    .setValue(ChannelCategory.PROMOTION);
            robot.lookup("#channel-direction").<ChoiceBox<Direction>>query().setValue(Direction.OUTBOUND);
        });
        robot.clickOn("#channel-save");
        waitUntil(
                "the channel is listed",
                () -> channels(robot).stream().anyMatch(c -> c.name().equals("Podcast ads")));
        Channel podcast = app.channels().find("podcast ads").orElseThrow();
        assertThat(podcast.category()).isEqualTo(ChannelCategory.PROMOTION);
        assertThat(podcast.direction()).isEqualTo(Direction.OUTBOUND);

        Channel referral = app.channels().find("Referral").orElseThrow();
        choose(robot, "A friend told me", referral);
        waitUntil(
                "the value is filed under Referral",
                () -> referral.id()
                        == app.channels()
                                .mapping("a friend told me")
                                .orElseThrow()
                                .channelId());
        assertThat(app.channels().resolve("A FRIEND TOLD ME", "anything")).isEqualTo(referral.id());

        choose(robot, "fb", null);
        waitUntil(
                "fb is filed under no channel",
                () -> app.channels().mapping("fb").orElseThrow().channelId() == null);
        assertThat(app.channels().resolve("fb", "Facebook")).isNull();
        robot.interact(
                () -> robot.lookup("#mappings-unmapped-only").<CheckBox>query().setSelected(true));
        assertThat(onFx(() -> List.copyOf(mappings(robot))))
                .extracting(ChannelMapping::value)
                .containsExactly("fb");
    }

    private void choose(FxRobot robot, String value, Channel channel) {
        waitUntil(
                "the value's row shows its channel",
                () -> onFx(() -> robot.lookup(".mapping-choice").<ComboBox<Channel>>queryAll().stream()
                        .anyMatch(c -> c.getParent() != null)));
        int index = onFx(() -> {
            List<ChannelMapping> rows = mappings(robot);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).value().equals(value)) {
                    return i;
                }
            }
            throw new AssertionError("no row " + value);
        });
        robot.interact(() -> {
            TableView<ChannelMapping> table =
                    robot.lookup("#channel-mappings-table").query();
            ComboBox<Channel> box = robot.from(table).lookup(".mapping-choice").<ComboBox<Channel>>queryAll().stream()
                    .filter(c -> c.getParent() instanceof javafx.scene.control.TableCell<?, ?> cell
                            && cell.getIndex() == index)
                    .findFirst()
                    .orElseThrow();
            box.setValue(channel);
        });
    }

    private static List<Channel> channels(FxRobot robot) {
        return onFx(() -> List.copyOf(
                robot.lookup("#channels-table").<TableView<Channel>>query().getItems()));
    }

    private static List<ChannelMapping> mappings(FxRobot robot) {
        return onFx(() -> List.copyOf(robot.lookup("#channel-mappings-table")
                .<TableView<ChannelMapping>>query()
                .getItems()));
    }
}
