package app.leadkeeper.leads;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/** The leads table's touch count: a small bar toward the rule of seven and "3/7" (from seven on, the count). */
final class TouchCountCell extends TableCell<LeadRow, Integer> {
    static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
    static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");

    private final ProgressBar bar = new ProgressBar(0);
    private final Label count = new Label();
    private final HBox box = new HBox(6, bar, count);
    private final Tooltip tooltip = new Tooltip();

    TouchCountCell() {
        getStyleClass().add("touch-count-cell");
        bar.getStyleClass().add(Styles.SMALL);
        bar.setPrefWidth(44);
        bar.setMinWidth(28);
        bar.setFocusTraversable(false);
        count.getStyleClass().add("touch-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        box.setAlignment(Pos.CENTER_LEFT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    @Override
    protected void updateItem(Integer touches, boolean empty) {
        super.updateItem(touches, empty);
        if (empty || touches == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        bar.setProgress(TouchProgress.fraction(touches));
        count.setText(TouchProgress.compact(touches));
        pseudoClassStateChanged(NONE, touches == 0);
        pseudoClassStateChanged(REACHED, TouchProgress.reached(touches));
        tooltip.setText(TouchProgress.sentence(touches));
        setTooltip(tooltip);
        setGraphic(box);
    }
}
