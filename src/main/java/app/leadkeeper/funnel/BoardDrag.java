package app.leadkeeper.funnel;

import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.TransferMode;

/** The card being dragged across the board, shared by every column and drop zone of one board. */
final class BoardDrag {
    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");

    private final BoardModel model;
    private BoardCard dragged;

    BoardDrag(BoardModel model) {
        this.model = model;
    }

    void start(BoardCard card) {
        dragged = card;
    }

    void end() {
        dragged = null;
    }

    /** Makes {@code target} take cards of other stages; a drop moves the lead there through the model. */
    void acceptDropsOn(Node target, Stage stage) {
        target.setOnDragOver(e -> {
            if (accepts(stage)) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        target.setOnDragEntered(e -> target.pseudoClassStateChanged(DROP_TARGET, accepts(stage)));
        target.setOnDragExited(e -> target.pseudoClassStateChanged(DROP_TARGET, false));
        target.setOnDragDropped(e -> {
            BoardCard card = dragged;
            boolean moving = accepts(stage);
            e.setDropCompleted(moving);
            e.consume();
            target.pseudoClassStateChanged(DROP_TARGET, false);
            dragged = null;
            if (moving) {
                // After the drag has finished: a won or lost stage opens a dialog first.
                Platform.runLater(() -> model.move(card, stage));
            }
        });
    }

    private boolean accepts(Stage stage) {
        return dragged != null && dragged.stageId() != stage.id();
    }
}
