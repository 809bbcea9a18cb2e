package app.leadkeeper.cli;

import app.leadkeeper.core.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Prints long work's progress to stderr once a second, so a scheduled import's log shows it is moving. */
public final class ProgressPrinter implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("progress-printer").daemon().factory());

    public ProgressPrinter(Progress progress, PrintStream err) {
        timer.scheduleAtFixedRate(
                () -> {
                    double fraction = progress.fraction();
                    String percent = fraction < 0 ? "" : String.format(Locale.ROOT, "%3.0f%%  ", fraction * 100);
                    err.println("  " + percent + progress.message());
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
