package app.leadkeeper.ui;

import app.leadkeeper.core.Progress;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;

/** A small window over the main one while long work runs: a progress bar, what is happening, and Cancel. */
public final class ProgressDialog {
    private final Stage stage = new Stage(StageStyle.UTILITY);
    private final Timeline poll;

    public ProgressDialog(Window owner, String title, Progress progress) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(title);
        stage.setResizable(false);
        Label heading = new Label(title);
        heading.getStyleClass().add("title-4");
        ProgressBar bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setId("progress-bar");
        bar.setPrefWidth(380);
        Label message = new Label();
        message.setId("progress-message");
        message.getStyleClass().add("text-muted");
        Button cancel = new Button("Cancel");
        cancel.setId("progress-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            progress.cancel();
            cancel.setDisable(true);
            message.setText("Cancelling…");
        });
        HBox buttons = new HBox(cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox root = new VBox(12, heading, bar, message, buttons);
        root.setPadding(new Insets(20));
        stage.setScene(new Scene(root));
        stage.setOnCloseRequest(e -> {
            progress.cancel();
            e.consume();
        });
        // Polling keeps the FX thread in charge of the pace: five updates a second, whatever the worker does.
        poll = new Timeline(new KeyFrame(Duration.millis(200), e -> {
            bar.setProgress(progress.fraction() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : progress.fraction());
            if (!progress.isCancelled()) {
                message.setText(progress.message());
            }
        }));
        poll.setCycleCount(Animation.INDEFINITE);
    }

    public void show() {
        poll.play();
        stage.show();
    }

    public void close() {
        poll.stop();
        stage.close();
    }
}
