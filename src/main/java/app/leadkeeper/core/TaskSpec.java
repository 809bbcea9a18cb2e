package app.leadkeeper.core;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The callbacks of one task, shared by the runners. */
public abstract class TaskSpec<T> implements TaskRunner.Task<T> {
    private final Callable<T> work;
    private Consumer<? super T> success = result -> {};
    private Consumer<? super Exception> error = e -> Log.error("Background task failed", e);
    private Runnable last = () -> {};

    protected TaskSpec(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    @Override
    public TaskRunner.Task<T> onSuccess(Consumer<? super T> handler) {
        this.success = Objects.requireNonNull(handler);
        return this;
    }

    @Override
    public TaskRunner.Task<T> onError(Consumer<? super Exception> handler) {
        this.error = Objects.requireNonNull(handler);
        return this;
    }

    @Override
    public TaskRunner.Task<T> andFinally(Runnable handler) {
        this.last = Objects.requireNonNull(handler);
        return this;
    }

    protected Callable<T> work() {
        return work;
    }

    protected Consumer<? super T> success() {
        return success;
    }

    protected Consumer<? super Exception> error() {
        return error;
    }

    protected Runnable last() {
        return last;
    }
}
