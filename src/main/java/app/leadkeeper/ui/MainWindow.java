package app.leadkeeper.ui;

import app.leadkeeper.AppContext;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The main window. */
public final class MainWindow {
    private final Stage stage;

    public MainWindow(AppContext context, Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label("Leadkeeper"), 1200, 760));
        stage.setTitle("Leadkeeper");
    }

    public void show() {
        stage.show();
    }

    public void dispose() {}
}
