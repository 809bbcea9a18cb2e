package app.leadkeeper.settings;

import app.leadkeeper.funnel.Stage;
import app.leadkeeper.ui.Buttons;
import java.text.NumberFormat;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
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
import javafx.util.Callback;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/** The stage editor: the pipeline in order, with add, edit, move up/down (Alt+Up/Down) and delete. */
final class StagesView extends VBox {
    private static final double ROW_HEIGHT = 36;

    private final StagesModel model;
    private final TableView<StageRow> table = new TableView<>();
    private final StageDialogs dialogs;
    private Long lastSelected;

    StagesView(StagesModel model) {
        this.model = model;
        this.dialogs = new StageDialogs(model, this);
        setId("stages-editor");
        getStyleClass().add("stages-editor");
        setSpacing(8);

        table.setId("stages-table");
        table.getStyleClass().add("stages-table");
        table.setItems(model.rows());
        table.setFixedCellSize(ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Loading the pipeline…"));
        table.getColumns().setAll(nameColumn(), sectionColumn(), kindColumn(), leadsColumn());
        // The page scrolls, not the table: tall enough for every stage.
        table.prefHeightProperty()
                .bind(Bindings.size(model.rows()).multiply(ROW_HEIGHT).add(ROW_HEIGHT + 6));
        table.minHeightProperty().bind(table.prefHeightProperty());
        table.setMaxWidth(760);
        table.setRowFactory(t -> {
            TableRow<StageRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                lastSelected = now.id();
            }
        });
        model.rows().addListener((ListChangeListener<StageRow>) change -> reselect());

        getChildren().setAll(toolbar(), table);
    }

    private HBox toolbar() {
        BooleanBinding none =
                table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty());
        var index = table.getSelectionModel().selectedIndexProperty();

        Button add = Buttons.tool("stage-add", "Add stage", Material2AL.ADD, "Add a stage to the pipeline");
        add.getStyleClass().add("accent");
        add.disableProperty().bind(model.busyProperty());
        add.setOnAction(e -> add());
        Button edit =
                Buttons.tool("stage-edit", "Edit", Material2OutlinedAL.EDIT, "Rename or recolour the stage (Enter)");
        edit.disableProperty().bind(none);
        edit.setOnAction(e -> edit());
        Button up = Buttons.tool("stage-up", null, Material2AL.ARROW_UPWARD, "Move up (Alt+Up)");
        up.disableProperty().bind(none.or(index.lessThanOrEqualTo(0)));
        up.setOnAction(e -> move(-1));
        Button down = Buttons.tool("stage-down", null, Material2AL.ARROW_DOWNWARD, "Move down (Alt+Down)");
        down.disableProperty()
                .bind(none.or(
                        index.greaterThanOrEqualTo(Bindings.size(model.rows()).subtract(1))));
        down.setOnAction(e -> move(1));
        Button delete =
                Buttons.tool("stage-delete", "Delete", Material2OutlinedAL.DELETE_OUTLINE, "Delete the stage (Delete)");
        delete.disableProperty().bind(none);
        delete.setOnAction(e -> delete());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, edit, up, down, spacer, delete);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMaxWidth(760);
        return bar;
    }

    private void onKey(KeyEvent e) {
        if (e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            move(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
            edit();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            delete();
            e.consume();
        }
    }

    private StageRow selected() {
        return model.busyProperty().get() ? null : table.getSelectionModel().getSelectedItem();
    }

    private void add() {
        dialogs.edit(null).ifPresent(model::add);
    }

    private void edit() {
        StageRow row = selected();
        if (row != null) {
            dialogs.edit(row.stage()).ifPresent(draft -> model.update(row.id(), draft));
        }
    }

    private void move(int delta) {
        StageRow row = selected();
        if (row != null) {
            model.move(row.id(), delta);
        }
    }

    private void delete() {
        StageRow row = selected();
        if (row == null) {
            return;
        }
        if (model.deleteProblem(row.id()).isPresent()) {
            model.delete(row.id(), null); // reports why it cannot be done
            return;
        }
        dialogs.confirmDelete(row).ifPresent(answer -> model.delete(row.id(), answer.moveTo()));
    }

    /** After a reload, selects the stage the last command was about, or else the one selected before. */
    private void reselect() {
        Long want = model.focusProperty().get() != null ? model.focusProperty().get() : lastSelected;
        for (int i = 0; i < model.rows().size(); i++) {
            if (want != null && model.rows().get(i).id() == want) {
                table.getSelectionModel().clearAndSelect(i);
                table.scrollTo(i);
                return;
            }
        }
        table.getSelectionModel().clearSelection();
    }

    private TableColumn<StageRow, StageRow> nameColumn() {
        TableColumn<StageRow, StageRow> column = column("Stage", 200);
        column.setCellFactory(cells(row -> {
            Region swatch = new Region();
            swatch.getStyleClass().add("stage-swatch");
            swatch.setStyle("-fx-background-color: " + row.stage().color() + ";");
            Label name = new Label(row.stage().name(), swatch);
            name.getStyleClass().add("stage-name");
            name.setGraphicTextGap(10);
            return name;
        }));
        return column;
    }

    private TableColumn<StageRow, StageRow> sectionColumn() {
        TableColumn<StageRow, StageRow> column = column("Funnel section", 240);
        column.setCellFactory(cells(row -> new Label(row.stage().section().label())));
        return column;
    }

    private TableColumn<StageRow, StageRow> kindColumn() {
        TableColumn<StageRow, StageRow> column = column("Kind", 90);
        column.setCellFactory(cells(row -> {
            Stage stage = row.stage();
            Label kind = new Label(stage.kind().label());
            kind.getStyleClass()
                    .addAll("stage-kind", "stage-kind-" + stage.kind().name().toLowerCase(java.util.Locale.ROOT));
            return kind;
        }));
        return column;
    }

    private TableColumn<StageRow, StageRow> leadsColumn() {
        TableColumn<StageRow, StageRow> column = column("Leads", 90);
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        column.setCellFactory(c -> {
            TableCell<StageRow, StageRow> cell =
                    cells(row -> new Label(numbers.format(row.leads()))).call(c);
            cell.setAlignment(Pos.CENTER_RIGHT);
            return cell;
        });
        column.getStyleClass().add("stage-leads");
        return column;
    }

    private static TableColumn<StageRow, StageRow> column(String title, double width) {
        TableColumn<StageRow, StageRow> column = new TableColumn<>(title);
        column.setCellValueFactory(data -> new javafx.beans.property.SimpleObjectProperty<>(data.getValue()));
        column.setPrefWidth(width);
        column.setMinWidth(60);
        column.setSortable(false);
        column.setReorderable(false);
        return column;
    }

    private static Callback<TableColumn<StageRow, StageRow>, TableCell<StageRow, StageRow>> cells(
            java.util.function.Function<StageRow, Label> content) {
        return c -> new TableCell<>() {
            @Override
            protected void updateItem(StageRow item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null ? null : content.apply(item));
            }
        };
    }
}
