package app.leadkeeper.ui;

import static app.leadkeeper.testing.Fx.onFx;

import app.leadkeeper.AppContext;
import app.leadkeeper.testing.TestWindows;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

/**
 * The spend ledger's and the traffic list's tests' set-up: a fresh app in {@code dir}, the view on its own in a
 * window with the FX task runner, a dialog service and toasts, its changes counted; and its table's rows.
 */
final class LedgerWindow {
    /** Builds the view from what the window supplies. */
    interface ViewFactory<V extends Node> {
        V create(AppContext app, FxTaskRunner tasks, DialogService dialogs, Notifier notifier);
    }

    final AppContext app;
    final FxTaskRunner tasks;
    final AtomicInteger changes = new AtomicInteger();

    /** A fresh app; {@code seed} adds what the test starts with before the view first reads. */
    LedgerWindow(Path dir, Consumer<AppContext> seed) {
        app = TestWindows.freshApp(dir);
        seed.accept(app);
        tasks = new FxTaskRunner(1);
    }

    /**
     * Shows the view in the stage, {@code width} by 600, and counts its changes through {@code onChanged} (the
     * view's own setOnChanged).
     */
    <V extends Node> V show(
            Stage stage, Path dir, double width, ViewFactory<V> factory, BiConsumer<V, Runnable> onChanged) {
        StackPane layers = new StackPane();
        DialogService dialogs = new DialogService(stage, dir.resolve("test.log"));
        V view = factory.create(app, tasks, dialogs, new Toasts(layers));
        onChanged.accept(view, changes::incrementAndGet);
        layers.getChildren().addFirst(view);
        stage.setScene(new Scene(layers, width, 600));
        stage.show();
        return view;
    }

    void close() {
        tasks.close();
        app.close();
    }

    /** The rows the table with this id lists, read on the FX thread. */
    static <T> List<T> rows(FxRobot robot, String tableId) {
        return onFx(
                () -> List.copyOf(robot.lookup(tableId).<TableView<T>>query().getItems()));
    }
}
