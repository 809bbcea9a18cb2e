package app.leadkeeper.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> {});
        } catch (IllegalStateException alreadyStarted) {
            // another test class started it in this JVM
        }
    }

    @Test
    void workAskedOfAClosedRunnerIsDroppedWithoutAnError() {
        FxTaskRunner runner = new FxTaskRunner(1);
        runner.close();
        AtomicBoolean ran = new AtomicBoolean();
        assertThatCode(() -> runner.run(() -> ran.getAndSet(true)).start().cancel())
                .doesNotThrowAnyException();
        // Nothing is queued anywhere: a closed pool takes no task, so none can run later either.
        assertThat(ran).isFalse();
    }

    @Test
    void closingWaitsForTheRunningWorkAndNeverInterruptsIt() throws Exception {
        FxTaskRunner runner = new FxTaskRunner(1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        runner.run(() -> {
                    started.countDown();
                    // An interrupt would end this wait with an exception (and, inside H2, close its file).
                    release.await();
                    finished.set(true);
                    return null;
                })
                .start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        Thread closer = new Thread(runner::close);
        closer.start();
        // close() is waiting for the work (an interrupting close would have ended it and returned at once).
        app.leadkeeper.testing.Fx.waitUntil(
                "close waits for the running work", () -> closer.getState() == Thread.State.TIMED_WAITING);
        assertThat(finished).isFalse();
        release.countDown();
        closer.join(TimeUnit.SECONDS.toMillis(10));
        assertThat(closer.isAlive()).isFalse();
        assertThat(finished).isTrue();
    }
}
