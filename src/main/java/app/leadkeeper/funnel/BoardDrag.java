package app.leadkeeper.funnel;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;

/**
 * Dragging a card across the board. This is a press-drag-release gesture inside the scene ({@code startFullDrag}),
 * not the operating system's drag and drop: a card never leaves the window, the gesture needs no clipboard (so it
 * also works on the headless platform of the UI tests), and a snapshot of the card follows the pointer.
 */
final class BoardDrag {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
    private static final PseudoClass DRAGGED = PseudoClass.getPseudoClass("dragged");

    private final BoardModel model;
    private final Pane layer;
    private final ImageView ghost = new ImageView();
    private BoardCard dragged;
    private Node source;
    private Point2D grab = Point2D.ZERO;
    private Scene scene;
    private final EventHandler<MouseEvent> tracker = this::track;

    /** @param layer a mouse-transparent pane over the board, where the card's image follows the pointer */
    BoardDrag(BoardModel model, Pane layer) {
        this.model = model;
        this.layer = layer;
        ghost.setOpacity(0.85);
        ghost.setManaged(false);
        ghost.setMouseTransparent(true);
        ghost.getStyleClass().add("drag-ghost");
    }

    /** Makes {@code cell} start a drag of whatever card it shows. */
    void dragFrom(BoardCardCell cell, Node card) {
        cell.setOnDragDetected(e -> {
            BoardCard item = cell.getItem();
            if (item == null || cell.isEmpty() || cell.getScene() == null) {
                return;
            }
            dragged = item;
            source = cell;
            cell.startFullDrag();
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setFill(Color.TRANSPARENT);
            ghost.setImage(card.snapshot(parameters, null));
            grab = card.sceneToLocal(e.getSceneX(), e.getSceneY());
            if (!layer.getChildren().contains(ghost)) {
                layer.getChildren().add(ghost);
            }
            follow(e);
            cell.pseudoClassStateChanged(DRAGGED, true);
            scene = cell.getScene();
            scene.addEventFilter(MouseEvent.ANY, tracker);
            scene.setCursor(Cursor.CLOSED_HAND);
            e.consume();
        });
    }

    /** While a card is dragged: its image follows the pointer, and the release (anywhere) ends the drag. */
    private void track(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_DRAGGED || e.getEventType() == MouseDragEvent.MOUSE_DRAG_OVER) {
            follow(e);
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            finish();
        }
    }

    private void follow(MouseEvent e) {
        Point2D at = layer.sceneToLocal(e.getSceneX(), e.getSceneY());
        ghost.relocate(at.getX() - grab.getX(), at.getY() - grab.getY());
    }

    private void finish() {
        layer.getChildren().remove(ghost);
        ghost.setImage(null);
        if (source != null) {
            source.pseudoClassStateChanged(DRAGGED, false);
        }
        if (scene != null) {
            scene.removeEventFilter(MouseEvent.ANY, tracker);
            scene.setCursor(null);
        }
        scene = null;
        source = null;
        // The drop target hears of the release in the same gesture; forget the card only after it did.
        Platform.runLater(() -> {
            if (source == null) {
                dragged = null;
            }
        });
    }

    /** Makes {@code target} take cards of other stages; a drop moves the lead there through the model. */
    void acceptDropsOn(Node target, Stage stage) {
        target.setOnMouseDragEntered(e -> target.pseudoClassStateChanged(DROP_TARGET, accepts(stage)));
        target.setOnMouseDragExited(e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        // A filter, not a handler: the list views inside a column consume the release before it bubbles up.
        target.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            target.pseudoClassStateChanged(DROP_TARGET, false);
            BoardCard card = dragged;
            if (accepts(stage)) {
                dragged = null;
                // After the gesture has ended: a won or lost stage opens a dialog first.
                Platform.runLater(() -> model.move(card, stage));
            }
            e.consume();
        });
    }

    private boolean accepts(Stage stage) {
        return dragged != null && dragged.stageId() != stage.id();
    }
}
