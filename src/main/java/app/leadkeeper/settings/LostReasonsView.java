package app.leadkeeper.settings;

import app.leadkeeper.ui.Buttons;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The reasons offered when a lead is lost: add, rename in place (double-click or F2), reorder, remove. */
final class LostReasonsView extends VBox {
    private static final double ROW_HEIGHT = 32;

    private final StagesModel model;
    private final ListView<String> list = new ListView<>();

    LostReasonsView(StagesModel model) {
        this.model = model;
        setId("lost-reasons-editor");
        getStyleClass().add("lost-reasons-editor");
        setSpacing(8);
        setMaxWidth(460);

        list.setId("lost-reasons");
        list.getStyleClass().add("lost-reasons");
        list.setItems(model.lostReasons());
        list.setEditable(true);
        list.setCellFactory(TextFieldListCell.forListView());
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty()
                .bind(Bindings.max(3, Bindings.size(model.lostReasons()))
                        .multiply(ROW_HEIGHT)
                        .add(4));
        list.minHeightProperty().bind(list.prefHeightProperty());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // Keep the moved or renamed reason selected across the reload.
        String[] selected = new String[1];
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                selected[0] = now;
            }
        });
        list.setOnEditCommit(e -> {
            selected[0] = e.getNewValue() == null ? null : e.getNewValue().strip();
            model.renameLostReason(e.getIndex(), e.getNewValue());
        });
        model.lostReasons().addListener((javafx.collections.ListChangeListener<String>) c -> {
            int index = model.lostReasons().indexOf(selected[0]);
            if (index >= 0) {
                list.getSelectionModel().clearAndSelect(index);
            }
        });

        TextField name = new TextField();
        name.setId("new-lost-reason");
        name.setPromptText("New reason, e.g. Went quiet");
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button("Add", new FontIcon(Material2AL.ADD));
        add.setId("lost-reason-add");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(name.textProperty().isEmpty().or(model.busyProperty()));
        Runnable addNow = () -> {
            selected[0] = name.getText().strip();
            model.addLostReason(name.getText());
            name.clear();
        };
        add.setOnAction(e -> addNow.run());
        name.setOnAction(e -> {
            if (!add.isDisabled()) {
                addNow.run();
            }
        });
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        BooleanBinding none =
                list.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        var index = list.getSelectionModel().selectedIndexProperty();
        Button rename = Buttons.tool("lost-reason-rename", "Rename", Material2OutlinedAL.EDIT, "Rename (F2)");
        rename.disableProperty().bind(none);
        rename.setOnAction(e -> list.edit(list.getSelectionModel().getSelectedIndex()));
        Button up = Buttons.tool("lost-reason-up", null, Material2AL.ARROW_UPWARD, "Move up (Alt+Up)");
        up.disableProperty().bind(none.or(index.lessThanOrEqualTo(0)));
        up.setOnAction(e -> move(-1));
        Button down = Buttons.tool("lost-reason-down", null, Material2AL.ARROW_DOWNWARD, "Move down (Alt+Down)");
        down.disableProperty()
                .bind(none.or(index.greaterThanOrEqualTo(
                        Bindings.size(model.lostReasons()).subtract(1))));
        down.setOnAction(e -> move(1));
        Button remove =
                Buttons.tool("lost-reason-remove", "Remove", Material2OutlinedAL.DELETE_OUTLINE, "Remove (Delete)");
        remove.disableProperty().bind(none);
        remove.setOnAction(e -> remove());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, rename, up, down, spacer, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        getChildren().setAll(addRow, list, actions);
    }

    private void onKey(KeyEvent e) {
        if (list.getEditingIndex() >= 0) {
            return;
        }
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            remove();
            e.consume();
        }
    }

    private void move(int delta) {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0 && !model.busyProperty().get()) {
            model.moveLostReason(index, delta);
        }
    }

    private void remove() {
        int index = list.getSelectionModel().getSelectedIndex();
        if (index >= 0 && !model.busyProperty().get()) {
            model.removeLostReason(index);
        }
    }
}
