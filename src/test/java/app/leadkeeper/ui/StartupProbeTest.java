package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;
import static app.leadkeeper.testing.Fx.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The start-up report the installer's check and timing read: written once the first window is usable. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {
    @TempDir
    static Path dir;

    AppContext app;
    MainWindow window;

    @Start
    void start(Stage stage) {
        app = TestWindows.freshApp(dir);
        window = new MainWindow(app, stage);
    }

    @AfterEach
    void close() {
        TestWindows.close(window, app);
    }

    @Test
    void reportsTheFirstUsableWindowOnceInMillisecondsSinceTheStart() throws Exception {
        Path report = dir.resolve("startup-" + System.nanoTime() + ".txt");
        StartupProbe probe = new StartupProbe(Optional.of(report), false, false);
        onFx(() -> {
            window.show();
            probe.watch(window);
            return null;
        });
        waitUntil("the report is written", () -> Files.exists(report));
        String line = Files.readString(report).strip();
        assertThat(line).matches("first-window-ms=\\d+");
        long ms = Long.parseLong(line.substring(line.indexOf('=') + 1));
        // Counted from the test JVM's start: at least as long as this test class has run, less than the suite's time.
        assertThat(ms).isPositive().isLessThan(Duration.ofHours(1).toMillis());
        assertThat(Files.readAllLines(report)).hasSize(1);
    }

    @Test
    void theWorkThatReadsEveryLeadStartsOnceTheWindowIsUsableNotWhileItIsBuilt() {
        // Built, not shown: the search index (like the day's rescore and backup) waits for the first frame.
        assertThat(app.leads().searchIndexReady()).isFalse();
        boolean[] usable = new boolean[1];
        onFx(() -> {
            window.show();
            window.whenUsable(() -> usable[0] = true);
            return null;
        });
        waitUntil("the window is usable", () -> onFx(() -> usable[0]));
        waitUntil("the search index is loaded after it", () -> app.leads().searchIndexReady());
    }

    @Test
    void theEnvironmentSwitchesItOnOnlyWhenAsked() {
        assertThat(StartupProbe.from(Map.of())).isEmpty();
        assertThat(StartupProbe.from(Map.of(StartupProbe.REPORT, " "))).isEmpty();
        assertThat(StartupProbe.from(Map.of(StartupProbe.TRAIN, "0"))).isEmpty();
        assertThat(StartupProbe.from(Map.of(StartupProbe.EXIT, "1"))).isPresent();
        assertThat(StartupProbe.from(Map.of(StartupProbe.REPORT, "/tmp/r.txt"))).isPresent();
    }

    @Test
    void countsFromTheGivenStartTimeWhenThereIsOne() {
        long started = Instant.now().minusSeconds(5).toEpochMilli();
        Duration since = StartupProbe.sinceProcessStart(String.valueOf(started));
        assertThat(since).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(60));
        // Not a number: the operating system's start time of this JVM instead (the test JVM started before now).
        assertThat(StartupProbe.sinceProcessStart("soon")).isPositive();
    }
}
