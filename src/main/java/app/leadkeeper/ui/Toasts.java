package app.leadkeeper.ui;

import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** A notification bar floating over the bottom of the window; a new message replaces the old one. */
public final class Toasts implements Notifier {
    private static final Duration VISIBLE_FOR = Duration.seconds(10);

    private final StackPane layer;
    private final HBox bar = new HBox(12);
    private final Label text = new Label();
    private final Button action = new Button();
    private final Button second = new Button();
    private final PauseTransition timer = new PauseTransition(VISIBLE_FOR);

    public Toasts(StackPane layer) {
        this.layer = layer;
        Button close = new Button(null, new FontIcon(Material2OutlinedAL.CLOSE));
        close.getStyleClass().addAll("flat", "button-icon");
        close.setOnAction(e -> hide());
        action.setId("toast-action");
        action.getStyleClass().add("accent");
        second.setId("toast-second-action");
        text.setId("toast-text");
        bar.getChildren().addAll(text, action, second, close);
        bar.getStyleClass().add("toast");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 8, 8, 16));
        bar.setMaxSize(HBox.USE_PREF_SIZE, HBox.USE_PREF_SIZE);
        StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
        StackPane.setMargin(bar, new Insets(0, 0, 48, 0));
        timer.setOnFinished(e -> hide());
    }

    @Override
    public void show(String message) {
        show(message, null, null);
    }

    @Override
    public void show(String message, String actionText, Runnable onAction) {
        show(message, actionText, onAction, null, null);
    }

    @Override
    public void show(String message, String actionText, Runnable onAction, String secondText, Runnable onSecond) {
        boolean hasSecond = secondText != null && onSecond != null;
        second.setVisible(hasSecond);
        second.setManaged(hasSecond);
        second.setText(secondText);
        second.setOnAction(e -> {
            hide();
            onSecond.run();
        });
        text.setText(message);
        boolean hasAction = actionText != null && onAction != null;
        action.setVisible(hasAction);
        action.setManaged(hasAction);
        action.setText(actionText);
        action.setOnAction(e -> {
            hide();
            onAction.run();
        });
        if (!layer.getChildren().contains(bar)) {
            layer.getChildren().add(bar);
        }
        timer.playFromStart();
    }

    public void hide() {
        timer.stop();
        layer.getChildren().remove(bar);
    }
}
