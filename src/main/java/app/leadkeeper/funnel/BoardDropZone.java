package app.leadkeeper.funnel;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** Where a card is dropped to mark its lead won or lost; shows how many leads ended there and their value. */
final class BoardDropZone extends VBox {
    /** Narrow: a drop target with a count, so that the open stages get the room. */
    static final double ZONE_WIDTH = 150;

    BoardDropZone(BoardColumn column, BoardDrag drag) {
        Stage stage = column.stage();
        boolean won = stage.kind() == StageKind.WON;
        setId("zone-" + BoardColumnView.key(stage));
        getStyleClass().addAll("board-drop-zone", won ? "won" : "lost");
        setPrefWidth(ZONE_WIDTH);
        setMinWidth(ZONE_WIDTH);
        setMaxWidth(ZONE_WIDTH);

        Label name = new Label(stage.name());
        name.getStyleClass().add("column-name");
        name.setMinWidth(0);
        Label count = new Label();
        count.setId("count-" + BoardColumnView.key(stage));
        count.getStyleClass().add("column-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format("%,d", column.totalsProperty().get().leads()), column.totalsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox title = new HBox(6, name, spacer, count);
        title.setAlignment(Pos.CENTER_LEFT);
        Label value = new Label();
        value.getStyleClass().add("column-value");
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> BoardFormats.money(column.totalsProperty().get().value()), column.totalsProperty()));
        VBox header = new VBox(4, title, value);
        header.getStyleClass().add("column-header");

        FontIcon icon = new FontIcon(won ? Material2OutlinedAL.EMOJI_EVENTS : Material2OutlinedMZ.THUMB_DOWN);
        icon.getStyleClass().add("zone-icon");
        Label hint = new Label(won ? "Drop a card here to mark it won" : "Drop a card here to mark it lost");
        hint.getStyleClass().add("zone-hint");
        hint.setWrapText(true);
        hint.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        VBox target = new VBox(8, icon, hint);
        target.getStyleClass().add("zone-target");
        target.setAlignment(Pos.CENTER);
        VBox.setVgrow(target, Priority.ALWAYS);
        getChildren().addAll(BoardColumnView.stripe(stage), header, target);
        drag.acceptDropsOn(this, stage);
    }
}
