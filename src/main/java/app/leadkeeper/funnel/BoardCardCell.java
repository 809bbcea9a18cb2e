package app.leadkeeper.funnel;

import app.leadkeeper.leads.TouchProgress;
import java.time.Clock;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/**
 * A card on the board: name, company, deal value, touches toward the rule of seven, score and days in stage. The nodes are built once per cell and
 * refilled as the virtual list scrolls; the cell starts a drag of its lead.
 */
final class BoardCardCell extends ListCell<BoardCard> {
    private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
    private static final PseudoClass REACHED = PseudoClass.getPseudoClass("reached");

    private final Clock clock;
    private final Runnable nearEnd;
    private final Label name = new Label();
    private final Label company = new Label();
    private final Label value = new Label();
    private final Label days = new Label();
    private final Label score = new Label();
    private final Label touches = new Label();
    private final Tooltip tooltip = new Tooltip();
    private final VBox card;

    BoardCardCell(Clock clock, BoardDrag drag, Runnable nearEnd) {
        this.clock = clock;
        this.nearEnd = nearEnd;
        getStyleClass().add("board-card-cell");
        name.getStyleClass().add("card-name");
        company.getStyleClass().add("card-company");
        value.getStyleClass().add("card-value");
        days.getStyleClass().add("card-days");
        days.setGraphic(new FontIcon(Material2OutlinedAL.ACCESS_TIME));
        score.getStyleClass().add("card-score");
        touches.getStyleClass().add("card-touches");
        touches.setGraphic(new FontIcon(Material2OutlinedMZ.TOUCH_APP));
        for (Label label : new Label[] {name, company, value, days, score, touches}) {
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setMinWidth(0);
        }
        name.setMaxWidth(Double.MAX_VALUE);
        company.setMaxWidth(Double.MAX_VALUE);
        value.setMinWidth(Region.USE_PREF_SIZE);
        days.setMinWidth(Region.USE_PREF_SIZE);
        score.setMinWidth(Region.USE_PREF_SIZE);
        touches.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox footer = new HBox(8, value, spacer, touches, score, days);
        footer.setAlignment(Pos.CENTER_LEFT);
        card = new VBox(2, name, company, footer);
        card.getStyleClass().add("board-card");
        card.setMinWidth(0);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // The card takes the list's width instead of widening it: no horizontal scroll bar, long names get "…".
        setPrefWidth(0);
        drag.dragFrom(this, card);
    }

    @Override
    protected void updateItem(BoardCard item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        name.setText(item.name());
        boolean hasCompany = item.company() != null && !item.company().isBlank();
        company.setText(hasCompany ? item.company() : "No company");
        company.pseudoClassStateChanged(BoardView.MISSING, !hasCompany);
        value.setText(BoardFormats.money(item.dealValue()));
        value.pseudoClassStateChanged(BoardView.MISSING, item.dealValue() == null);
        days.setText(BoardFormats.days(item.daysInStage(clock)));
        touches.setText(TouchProgress.compact(item.touches()));
        touches.pseudoClassStateChanged(NONE, item.touches() == 0);
        touches.pseudoClassStateChanged(REACHED, TouchProgress.reached(item.touches()));
        score.setText(Integer.toString(item.score()));
        score.setVisible(item.score() > 0);
        score.setManaged(item.score() > 0);
        tooltip.setText(item.name() + (hasCompany ? "\n" + item.company() : "") + "\nIn this stage for "
                + BoardFormats.days(item.daysInStage(clock)) + "\n" + TouchProgress.sentence(item.touches())
                + (item.score() > 0 ? "\nScore " + item.score() : ""));
        setTooltip(tooltip);
        setGraphic(card);
        if (getListView() != null && getIndex() >= getListView().getItems().size() - 25) {
            nearEnd.run();
        }
    }
}
