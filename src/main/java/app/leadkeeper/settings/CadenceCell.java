package app.leadkeeper.settings;

import app.leadkeeper.nurture.Cadence;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** A cadence in the list: its name, how many steps over how many days, and how it starts. */
final class CadenceCell extends ListCell<Cadence> {
    private final CadencesModel model;
    private final Label name = new Label();
    private final Label summary = new Label();
    private final Label start = new Label();
    private final VBox box = new VBox(2, name, summary, start);
    private final Tooltip tooltip = new Tooltip();

    CadenceCell(CadencesModel model) {
        this.model = model;
        name.getStyleClass().add("cadence-name");
        summary.getStyleClass().addAll("cadence-summary", "text-small");
        start.getStyleClass().addAll("cadence-start", "text-small");
        start.setGraphicTextGap(4);
        box.setMinWidth(0);
        box.setPrefWidth(1);
        for (Label label : new Label[] {name, summary, start}) {
            label.setMinWidth(0);
            label.setMaxWidth(Double.MAX_VALUE);
        }
        getStyleClass().add("cadence-cell");
    }

    @Override
    protected void updateItem(Cadence item, boolean empty) {
        super.updateItem(item, empty);
        render(item, empty);
    }

    /** Shows the item again, as the draft has it now if it is the one being edited. */
    void redraw() {
        render(getItem(), isEmpty());
    }

    private void render(Cadence item, boolean empty) {
        setText(null);
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            return;
        }
        Cadence current = model.selectedProperty().get();
        Cadence shown = current != null && current.id() == item.id() ? model.draft() : item;
        name.setText(shown.name().isEmpty() ? "Untitled cadence" : shown.name());
        summary.setText(CadenceTexts.summary(shown));
        start.setText(model.startText(shown));
        boolean automatic = shown.id() != 0 && shown.triggerStageId() != null;
        FontIcon icon = new FontIcon(
                shown.id() == 0
                        ? Material2OutlinedAL.EDIT
                        : automatic ? Material2OutlinedAL.FLASH_ON : Material2OutlinedMZ.PAN_TOOL);
        icon.getStyleClass().add("cadence-start-icon");
        start.setGraphic(icon);
        start.getStyleClass().removeAll("automatic", "by-hand");
        start.getStyleClass().add(automatic ? "automatic" : "by-hand");
        setGraphic(box);
        // Long names are cut in the list; the tooltip has them whole.
        tooltip.setText(name.getText() + "\n" + start.getText());
        setTooltip(tooltip);
    }
}
