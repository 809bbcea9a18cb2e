package app.leadkeeper.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskRunnerTest {
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
}
