package app.leadkeeper.ui;

import app.leadkeeper.core.Log;
import app.leadkeeper.leads.LeadsModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;

/**
 * For the installer's checks and the start-up cache's training run, switched on by environment variables (never by
 * the user's own start):
 *
 * <ul>
 *   <li>{@value #REPORT}={@code FILE}: once the first window is usable (shown, and the Leads table's first page
 *       drawn) a line {@code first-window-ms=N} goes to the end of FILE, N counted from the process's start;
 *   <li>{@value #EXIT}={@code 1}: then the app quits;
 *   <li>{@value #TRAIN}={@code 1}: then every view opens in turn, and the app quits (the ahead-of-time cache records
 *       the classes that start-up and the main views load);
 *   <li>{@value #STARTED}={@code EPOCH_MILLIS}: when the process was started, for a precise count.
 * </ul>
 */
public final class StartupProbe {
    public static final String REPORT = "LEADKEEPER_STARTUP_REPORT";
    public static final String EXIT = "LEADKEEPER_EXIT_AFTER_START";
    public static final String TRAIN = "LEADKEEPER_TRAINING";
    public static final String STARTED = "LEADKEEPER_STARTED_AT";

    /** How long each view stays on screen in the training run: its first page loads and draws meanwhile. */
    private static final Duration VIEW_TIME = Duration.ofMillis(700);

    private final Optional<Path> report;
    private final boolean exit;
    private final boolean train;

    StartupProbe(Optional<Path> report, boolean exit, boolean train) {
        this.report = report;
        this.exit = exit;
        this.train = train;
    }

    /** The probe the environment asks for, or none (the usual start). */
    public static Optional<StartupProbe> fromEnvironment() {
        return from(System.getenv());
    }

    static Optional<StartupProbe> from(Map<String, String> environment) {
        Optional<Path> report = Optional.ofNullable(environment.get(REPORT))
                .filter(s -> !s.isBlank())
                .map(Path::of);
        boolean exit = "1".equals(environment.get(EXIT));
        boolean train = "1".equals(environment.get(TRAIN));
        if (report.isEmpty() && !exit && !train) {
            return Optional.empty();
        }
        return Optional.of(new StartupProbe(report, exit, train));
    }

    /** Waits (on the FX thread) for the window's first usable frame, then reports, trains and quits as asked. */
    public void watch(MainWindow window) {
        LeadsModule leads = (LeadsModule) window.navigator().modules().getFirst();
        var loading = leads.model().loadingProperty();
        if (!loading.get()) {
            afterNextPulse(window.stage().getScene(), () -> usable(window));
            return;
        }
        ChangeListener<Boolean> done = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> obs, Boolean old, Boolean now) {
                if (!now) {
                    loading.removeListener(this);
                    afterNextPulse(window.stage().getScene(), () -> usable(window));
                }
            }
        };
        loading.addListener(done);
    }

    private void usable(MainWindow window) {
        long ms = sinceProcessStart().toMillis();
        report.ifPresent(file -> write(file, "first-window-ms=" + ms + System.lineSeparator()));
        Log.info("First window usable " + ms + " ms after the process started");
        if (train) {
            Deque<Module> views = new ArrayDeque<>(window.navigator().modules());
            views.addLast(views.getFirst());
            visit(window, views);
        } else if (exit) {
            window.quit();
        }
    }

    /** Opens each view in turn, a moment each, then quits. */
    private static void visit(MainWindow window, Deque<Module> views) {
        if (views.isEmpty()) {
            window.quit();
            return;
        }
        window.navigator().navigate(views.removeFirst());
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(VIEW_TIME.toMillis()));
        pause.setOnFinished(e -> visit(window, views));
        pause.play();
    }

    /** Runs {@code then} once the next pulse has laid out (and so is about to draw) the scene. */
    private static void afterNextPulse(Scene scene, Runnable then) {
        Runnable[] self = new Runnable[1];
        self[0] = () -> {
            scene.removePostLayoutPulseListener(self[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(self[0]);
        Platform.requestNextPulse();
    }

    /**
     * The time since the process started: since {@value #STARTED} (epoch milliseconds, set by whoever starts the
     * process right before it does) when given, else since the operating system's start time of the process, which
     * Linux derives from its boot time in whole seconds (so it can be off by a constant of up to a second).
     */
    public static Duration sinceProcessStart() {
        return sinceProcessStart(System.getenv(STARTED));
    }

    static Duration sinceProcessStart(String startedEpochMillis) {
        Instant start = null;
        if (startedEpochMillis != null && startedEpochMillis.matches("\\d{10,16}")) {
            start = Instant.ofEpochMilli(Long.parseLong(startedEpochMillis));
        }
        if (start == null) {
            start = ProcessHandle.current()
                    .info()
                    .startInstant()
                    .orElseGet(() -> Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean()
                            .getStartTime()));
        }
        return Duration.between(start, Instant.now());
    }

    private static void write(Path file, String line) {
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            Log.warn("Could not write the start-up report to " + file + ": " + e.getMessage());
        }
    }
}
