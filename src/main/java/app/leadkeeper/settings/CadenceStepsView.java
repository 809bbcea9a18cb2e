package app.leadkeeper.settings;

import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.ui.Buttons;
import java.util.function.Function;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The steps of the cadence being edited: a table by day, with add, edit (Enter), duplicate and remove (Delete). */
final class CadenceStepsView extends VBox {
    private static final double ROW_HEIGHT = 34;

    private final CadencesModel model;
    private final CadenceStepDialog dialog;
    private final TableView<CadenceStep> table = new TableView<>();
    private final ObservableBooleanValue locked;

    CadenceStepsView(CadencesModel model, ObservableBooleanValue locked) {
        this.model = model;
        this.locked = locked;
        this.dialog = new CadenceStepDialog(model, this);
        setSpacing(8);
        getStyleClass().add("cadence-steps");

        table.setId("cadence-steps");
        table.getStyleClass().add("cadence-steps-table");
        table.setItems(model.steps());
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label none = new Label("No steps yet. Add the first: what to do on day 0.");
        none.getStyleClass().add("text-muted");
        table.setPlaceholder(none);
        table.getColumns().setAll(dayColumn(), kindColumn(), titleColumn());
        table.setMinHeight(ROW_HEIGHT * 4);
        table.setPrefHeight(ROW_HEIGHT * 7);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setRowFactory(t -> {
            TableRow<CadenceStep> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);

        getChildren().setAll(toolbar(locked), table);
    }

    private HBox toolbar(ObservableBooleanValue locked) {
        BooleanBinding none =
                table.getSelectionModel().selectedItemProperty().isNull().or(locked);
        Button add = Buttons.tool("cadence-step-add", "Add step", Material2AL.ADD, "Add a step to the cadence");
        add.disableProperty().bind(locked);
        add.setOnAction(e -> add());
        Button edit = Buttons.tool("cadence-step-edit", "Edit", Material2OutlinedAL.EDIT, "Edit the step (Enter)");
        edit.disableProperty().bind(none);
        edit.setOnAction(e -> edit());
        Button duplicate = Buttons.tool(
                "cadence-step-duplicate", null, Material2OutlinedAL.CONTENT_COPY, "Add a copy of the step");
        duplicate.disableProperty().bind(none);
        duplicate.setOnAction(e -> select(model.duplicateStep(selectedIndex())));
        Button remove =
                Buttons.tool("cadence-step-remove", "Remove", Material2OutlinedAL.DELETE_OUTLINE, "Remove (Delete)");
        remove.disableProperty().bind(none);
        remove.setOnAction(e -> remove());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, duplicate, spacer, remove);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            edit();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            remove();
            e.consume();
        }
    }

    private int selectedIndex() {
        return locked.get() ? -1 : table.getSelectionModel().getSelectedIndex();
    }

    private void add() {
        dialog.edit(model.suggestedStep(), true).ifPresent(step -> select(model.addStep(step)));
    }

    private void edit() {
        int index = selectedIndex();
        if (index >= 0) {
            CadenceStep step = model.steps().get(index);
            dialog.edit(step, false).ifPresent(changed -> select(model.updateStep(index, changed)));
        }
    }

    private void remove() {
        int index = selectedIndex();
        if (index >= 0) {
            model.removeStep(index);
            if (!model.steps().isEmpty()) {
                select(Math.min(index, model.steps().size() - 1));
            }
        }
    }

    private void select(int index) {
        if (index >= 0) {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(index);
            table.requestFocus();
        }
    }

    private TableColumn<CadenceStep, CadenceStep> dayColumn() {
        TableColumn<CadenceStep, CadenceStep> column = column("Day", 70);
        column.setMaxWidth(90);
        column.setCellFactory(cells(step -> {
            Label day = new Label(Integer.toString(step.dayOffset()));
            day.getStyleClass().add("step-day");
            return day;
        }));
        column.getStyleClass().add("step-day-column");
        return column;
    }

    private TableColumn<CadenceStep, CadenceStep> kindColumn() {
        TableColumn<CadenceStep, CadenceStep> column = column("Kind", 150);
        column.setMaxWidth(200);
        column.setCellFactory(cells(step -> {
            FontIcon icon = new FontIcon(icon(step.kind()));
            icon.getStyleClass().add("step-kind-icon");
            Label kind = new Label(step.kind().label(), icon);
            kind.setGraphicTextGap(8);
            return kind;
        }));
        return column;
    }

    private TableColumn<CadenceStep, CadenceStep> titleColumn() {
        TableColumn<CadenceStep, CadenceStep> column = column("Title", 360);
        column.setCellFactory(cells(step -> {
            Label title = new Label(step.title());
            title.getStyleClass().add("step-title");
            if (step.message() != null) {
                title.setTooltip(new javafx.scene.control.Tooltip(step.message()));
            }
            return title;
        }));
        return column;
    }

    static Ikon icon(TaskKind kind) {
        return switch (kind) {
            case CALL -> Material2AL.CALL;
            case EMAIL -> Material2OutlinedAL.EMAIL;
            case MEETING -> Material2OutlinedAL.EVENT;
            case SEND_CONTENT -> Material2OutlinedAL.DESCRIPTION;
            case OTHER -> Material2OutlinedAL.ASSIGNMENT;
        };
    }

    private static TableColumn<CadenceStep, CadenceStep> column(String title, double width) {
        TableColumn<CadenceStep, CadenceStep> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new SimpleObjectProperty<>(data.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(60);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static javafx.util.Callback<TableColumn<CadenceStep, CadenceStep>, TableCell<CadenceStep, CadenceStep>>
            cells(Function<CadenceStep, Label> content) {
        return c -> new TableCell<>() {
            @Override
            protected void updateItem(CadenceStep item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : content.apply(item));
            }
        };
    }
}
