package app.leadkeeper.scoring;

import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.Qualification;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * The leads table's score: the number, right-aligned; from the MQL threshold on in a pill, a stronger one from the
 * SQL threshold. Follows the thresholds when they change.
 */
final class ScoreCell extends TableCell<LeadRow, Integer> {
    private static final PseudoClass MQL = PseudoClass.getPseudoClass("mql");
    private static final PseudoClass SQL = PseudoClass.getPseudoClass("sql");
    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");

    private final ObservableValue<ScoreThresholds> thresholds;
    private final Label value = new Label();
    private final Tooltip tooltip = new Tooltip();
    /** Held by the cell: the thresholds hold it only weakly, so a cell the table drops is not kept alive. */
    private final InvalidationListener restyle = o -> show(getItem(), isEmpty());

    ScoreCell(ObservableValue<ScoreThresholds> thresholds) {
        this.thresholds = thresholds;
        getStyleClass().add("score-cell");
        getStylesheets()
                .add(ScoreCell.class.getResource(ScoreLeadPane.STYLESHEET).toExternalForm());
        value.getStyleClass().add("score-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        setAlignment(Pos.CENTER_RIGHT);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        thresholds.addListener(new WeakInvalidationListener(restyle));
    }

    @Override
    protected void updateItem(Integer score, boolean empty) {
        super.updateItem(score, empty);
        show(score, empty);
    }

    private void show(Integer score, boolean empty) {
        if (empty || score == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Qualification band = thresholds.getValue().suggest(score);
        value.setText(Integer.toString(score));
        value.pseudoClassStateChanged(MQL, band == Qualification.MQL);
        value.pseudoClassStateChanged(SQL, band == Qualification.SQL);
        value.pseudoClassStateChanged(NEGATIVE, score < 0);
        tooltip.setText(
                band == Qualification.LEAD ? "Score " + score : "Score " + score + " · " + band.label() + " level");
        setTooltip(tooltip);
        setGraphic(value);
    }
}
