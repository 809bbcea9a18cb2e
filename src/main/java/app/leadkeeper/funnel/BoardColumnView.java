package app.leadkeeper.funnel;

import java.time.Clock;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** One open stage on the board: a header with colour, name, count and value, over a virtual list of cards. */
final class BoardColumnView extends VBox {
    private final ChangeListener<BoardCard> selectionListener = (obs, old, now) -> showSelection();

    static final double WIDTH = 248;
    static final double MIN_WIDTH = 196;
    private static final double CARD_HEIGHT = 86;

    private final BoardColumn column;
    private final BoardModel model;
    private final ListView<BoardCard> list = new ListView<>();

    BoardColumnView(BoardColumn column, BoardModel model, BoardDrag drag, Clock clock) {
        this.column = column;
        this.model = model;
        Stage stage = column.stage();
        setId("column-" + key(stage));
        getStyleClass().add("board-column");
        // Lanes share the width of the window: at least MIN_WIDTH (then the board scrolls sideways), at most 1.5 ×
        // WIDTH.
        setPrefWidth(WIDTH);
        setMinWidth(MIN_WIDTH);
        setMaxWidth(WIDTH * 1.5);
        HBox.setHgrow(this, Priority.ALWAYS);

        list.setId("list-" + key(stage));
        list.getStyleClass().add("board-list");
        list.setItems(column.cards());
        list.setFixedCellSize(CARD_HEIGHT);
        list.setCellFactory(v -> new BoardCardCell(clock, drag, this::nearEnd));
        list.setPlaceholder(placeholder());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && (e.getCode() == KeyCode.RIGHT || e.getCode() == KeyCode.LEFT)) {
                model.moveSelected(e.getCode() == KeyCode.RIGHT ? 1 : -1);
                e.consume();
            }
        });
        // Only the user's clicks and keys choose the card: a reload also moves the list's selection around.
        list.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> chooseSelected());
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> chooseSelected());
        list.focusedProperty().addListener((obs, was, focused) -> {
            BoardCard chosen = list.getSelectionModel().getSelectedItem();
            if (focused && chosen != null) {
                model.selectedProperty().set(chosen);
            }
        });
        // Weakly: lanes are rebuilt when the pipeline changes, and a replaced lane must not stay reachable.
        model.selectedProperty().addListener(new WeakChangeListener<>(selectionListener));
        column.cards().addListener((ListChangeListener<BoardCard>) change -> showSelection());

        getChildren().addAll(stripe(stage), header(stage), list);
        drag.acceptDropsOn(this, stage);
    }

    /** The stage's colour as a thin band over the top of a column. */
    static Region stripe(Stage stage) {
        Region stripe = new Region();
        stripe.getStyleClass().add("column-stripe");
        stripe.setStyle("-fx-background-color: " + stage.color() + ";");
        return stripe;
    }

    private VBox header(Stage stage) {
        Label name = new Label(stage.name());
        name.getStyleClass().add("column-name");
        name.setMinWidth(0);
        Label count = new Label();
        count.setId("count-" + key(stage));
        count.getStyleClass().add("column-count");
        count.setMinWidth(Region.USE_PREF_SIZE);
        count.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format("%,d", column.totalsProperty().get().leads()), column.totalsProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("column-busy");
        busy.setMaxSize(14, 14);
        busy.visibleProperty().bind(column.loadingProperty());
        HBox title = new HBox(6, name, busy, spacer, count);
        title.setAlignment(Pos.CENTER_LEFT);
        Label value = new Label();
        value.setId("value-" + key(stage));
        value.getStyleClass().add("column-value");
        value.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> BoardFormats.money(column.totalsProperty().get().value()), column.totalsProperty()));
        VBox header = new VBox(4, title, value);
        header.getStyleClass().add("column-header");
        return header;
    }

    private StackPane placeholder() {
        Label empty = new Label("No leads in " + column.stage().name());
        empty.getStyleClass().add("column-empty");
        empty.setWrapText(true);
        StackPane pane = new StackPane(empty);
        pane.setAlignment(Pos.TOP_CENTER);
        return pane;
    }

    private void chooseSelected() {
        BoardCard chosen = list.getSelectionModel().getSelectedItem();
        if (chosen != null) {
            model.selectedProperty().set(chosen);
        }
    }

    /** Selects the model's selected card here if it stands in this column, and clears the selection otherwise. */
    private void showSelection() {
        BoardCard chosen = model.selectedProperty().get();
        if (chosen == null || chosen.stageId() != column.stage().id()) {
            list.getSelectionModel().clearSelection();
            return;
        }
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).id() == chosen.id()) {
                if (list.getSelectionModel().getSelectedIndex() != i) {
                    list.getSelectionModel().clearAndSelect(i);
                    list.scrollTo(i);
                }
                if (getScene() != null
                        && getScene().getFocusOwner() instanceof ListView<?> other
                        && other.getStyleClass().contains("board-list")
                        && other != list) {
                    list.requestFocus();
                }
                return;
            }
        }
    }

    /** A cell near the end of the loaded cards was shown: fetch the next page (after the layout pass). */
    private void nearEnd() {
        if (column.hasMoreProperty().get() && !column.isLoading()) {
            Platform.runLater(() -> model.loadMore(column));
        }
    }

    ListView<BoardCard> list() {
        return list;
    }

    static String key(Stage stage) {
        return stage.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
