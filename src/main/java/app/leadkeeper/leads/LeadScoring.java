package app.leadkeeper.leads;

import java.util.function.LongConsumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.TableCell;

/**
 * What the scoring feature adds to the Leads view: the detail pane's Score tab (why the lead shown has its score, and
 * whether its qualification follows the score), the hint beside the qualification field, and the cells of the score
 * column. Scoring depends on leads, so leads knows only this interface; the main window hands in the implementation.
 */
public interface LeadScoring {

    /**
     * The Score tab's content, built once.
     *
     * @param unsaved true while the lead's details have changes not saved yet: letting the qualification follow the
     *     score waits until they are saved or discarded
     */
    Node pane(ObservableBooleanValue unsaved);

    /** Shows this lead's score; null while the detail pane holds no saved lead. */
    void show(Lead lead);

    /**
     * "Score suggests MQL" while {@code chosen}, the qualification picked in the details form, is one the score moves
     * (lead, MQL, SQL) and differs from what the score of the lead shown suggests; empty otherwise.
     */
    ObservableStringValue hint(ObservableValue<Qualification> chosen);

    /** A fresh cell for the score column: the number, marked when it reaches the MQL or SQL threshold. */
    TableCell<LeadRow, Integer> scoreCell();

    /**
     * Called on the FX thread with the id of the lead shown when its score moved its qualification (a touch logged,
     * a rescore, "Follow score"): the details on screen are out of date.
     */
    void onLeadChanged(LongConsumer changed);
}
