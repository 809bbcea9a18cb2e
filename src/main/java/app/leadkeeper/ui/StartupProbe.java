package app.leadkeeper.ui;

import app.leadkeeper.core.Log;
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

    /** The phases marked so far, {@code name=ms} each; recorded only when a report is asked for. */
    private static final java.util.Queue<String> PHASES = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private static final boolean MARKING = System.getenv(REPORT) != null;

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
        window.whenUsable(() -> usable(window));
    }

    /**
     * Notes that start-up reached {@code phase} (the report lists the phases before its first-window line, so the
     * start-up benchmark can say where the time goes). Does nothing on a usual start.
     */
    public static void mark(String phase) {
        if (MARKING) {
            PHASES.add(phase + "=" + sinceProcessStart().toMillis());
        }
    }

    private void usable(MainWindow window) {
        long ms = sinceProcessStart().toMillis();
        String phases = PHASES.stream()
                .map(p -> "phase " + p + System.lineSeparator())
                .collect(java.util.stream.Collectors.joining());
        report.ifPresent(file -> write(file, phases + "first-window-ms=" + ms + System.lineSeparator()));
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
