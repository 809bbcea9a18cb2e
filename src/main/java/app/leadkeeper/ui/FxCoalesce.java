package app.leadkeeper.ui;

import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;

/**
 * Turns change notifications from any thread into one run on the FX thread: notifications that arrive before that
 * run are folded into it. Logging a touch on a hundred leads notifies a hundred times; the view reads once or twice.
 */
public final class FxCoalesce {
    private FxCoalesce() {}

    public static Runnable of(Runnable onFxThread) {
        AtomicBoolean pending = new AtomicBoolean();
        return () -> {
            if (pending.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    pending.set(false);
                    onFxThread.run();
                });
            }
        };
    }
}
