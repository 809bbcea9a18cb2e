package app.leadkeeper.core;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way to run work off the UI thread. Models depend on this interface; the window supplies a runner that
 * calls back on the FX thread, tests supply {@link #direct()} which runs everything on the calling thread.
 */
public interface TaskRunner {

    <T> Task<T> run(Callable<T> work);

    /** A fluent handle: callbacks are registered first, then {@link #start()} runs the work. */
    interface Task<T> {
        Task<T> onSuccess(Consumer<? super T> handler);

        Task<T> onError(Consumer<? super Exception> handler);

        Task<T> andFinally(Runnable handler);

        Cancellable start();
    }

    /** Lets the caller ask running work to stop; work checks {@link Thread#isInterrupted()} or its own flag. */
    interface Cancellable {
        void cancel();
    }

    /** Runs the work and its callbacks at once on the calling thread. */
    static TaskRunner direct() {
        return DirectTaskRunner.INSTANCE;
    }
}
