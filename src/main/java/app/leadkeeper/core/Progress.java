package app.leadkeeper.core;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How far long work has come, and whether the user asked it to stop. Written by the worker, read by whoever shows
 * it (the window polls it a few times a second; the command line prints it), so it never floods the UI thread.
 */
public class Progress {
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private volatile double fraction = -1;
    private volatile String message = "";

    /** Sets the done fraction (0..1, or negative when unknown) and what is happening. */
    public void update(double fraction, String message) {
        this.fraction = fraction;
        this.message = message == null ? "" : message;
    }

    public double fraction() {
        return fraction;
    }

    public String message() {
        return message;
    }

    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    /** Throws {@link CancelledException} once the user asked to stop; call it between units of work. */
    public void checkCancelled() {
        if (cancelled.get()) {
            throw new CancelledException();
        }
    }

    /** Thrown by work that stopped because it was asked to. */
    public static final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("Cancelled");
        }
    }
}
