package app.leadkeeper.ui;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.core.TaskSpec;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Runs work on named daemon threads and calls back on the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public FxTaskRunner(int threads) {
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = work -> {
            Thread thread = new Thread(work, "leadkeeper-worker-" + number.incrementAndGet());
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> Log.error("Uncaught in " + t.getName(), e));
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(threads, factory);
    }

    @Override
    public <T> Task<T> run(java.util.concurrent.Callable<T> work) {
        return new TaskSpec<>(work) {
            @Override
            public Cancellable start() {
                Future<?> future;
                try {
                    future = executor.submit(() -> {
                        try {
                            T result = work().call();
                            Platform.runLater(() -> {
                                try {
                                    success().accept(result);
                                } finally {
                                    last().run();
                                }
                            });
                        } catch (Exception e) {
                            Platform.runLater(() -> {
                                try {
                                    error().accept(e);
                                } finally {
                                    last().run();
                                }
                            });
                        }
                    });
                } catch (java.util.concurrent.RejectedExecutionException closed) {
                    // The window is gone (a listener on the data outlived it): nobody is left to see the result.
                    return () -> {};
                }
                return () -> future.cancel(false);
            }
        };
    }

    /** How long closing waits for work already running (a rescore, a setting being saved) to finish. */
    private static final java.time.Duration CLOSE_WAIT = java.time.Duration.ofSeconds(2);

    /**
     * Takes no more work and waits a moment for the running work to finish. Never interrupts it: an interrupt inside
     * H2 closes its file channel (ClosedByInterruptException) and fails the store's writes until it is reopened.
     * Work still running after the wait meets a closed database, and its transaction is rolled back.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(CLOSE_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
