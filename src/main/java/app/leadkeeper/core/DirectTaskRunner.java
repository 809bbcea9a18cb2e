package app.leadkeeper.core;

import java.util.concurrent.Callable;

/** Runs work synchronously: for tests and for the command line. */
final class DirectTaskRunner implements TaskRunner {
    static final DirectTaskRunner INSTANCE = new DirectTaskRunner();

    @Override
    public <T> Task<T> run(Callable<T> work) {
        return new TaskSpec<>(work) {
            @Override
            public Cancellable start() {
                try {
                    T result = work().call();
                    success().accept(result);
                } catch (Exception e) {
                    error().accept(e);
                } finally {
                    last().run();
                }
                return () -> {};
            }
        };
    }
}
