package app.leadkeeper.funnel;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.leads.Qualification;
import atlantafx.base.controls.CustomTextField;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The kanban board: filter bar, a column per open stage, drop zones for won and lost. Lays out and binds only. */
public final class BoardView extends BorderPane {
    static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final BoardModel model;
    private final Clock clock;
    private final BoardDrag drag;
    private final HBox lanes = new HBox(12);
    private final VBox zones = new VBox(12);
    private final CustomTextField search = new CustomTextField();
    private final Pane dragLayer = new Pane();

    public BoardView(BoardModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        this.drag = new BoardDrag(model, dragLayer);
        setId("board-view");
        getStyleClass().add("board-view");
        setTop(filterBar());
        setCenter(boardArea());
        model.columns().addListener((ListChangeListener<BoardColumn>) c -> buildLanes());
        model.dropZones().addListener((ListChangeListener<BoardColumn>) c -> buildLanes());
        buildLanes();
    }

    private Node filterBar() {
        search.setId("board-search");
        search.setPromptText("Search name, email, company, phone");
        search.setLeft(new FontIcon(Material2OutlinedMZ.SEARCH));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(280);
        search.setMinWidth(160);

        ComboBox<Channel> channel = new ComboBox<>(model.channelChoices());
        channel.setId("board-channel");
        channel.valueProperty().bindBidirectional(model.channelProperty());
        channel.setPromptText("All channels");
        channel.setButtonCell(cell("All channels", Channel::name));
        channel.setPrefWidth(150);

        ComboBox<Qualification> qualification =
                new ComboBox<>(FXCollections.observableArrayList(Qualification.values()));
        qualification.setId("board-qualification");
        qualification.valueProperty().bindBidirectional(model.qualificationProperty());
        qualification.setPromptText("All qualifications");
        qualification.setButtonCell(cell("All qualifications", Qualification::name));
        qualification.setPrefWidth(170);

        DatePicker from = datePicker("board-created-from", "from");
        from.valueProperty().bindBidirectional(model.createdFromProperty());
        DatePicker to = datePicker("board-created-to", "to");
        to.valueProperty().bindBidirectional(model.createdToProperty());

        Button clear = new Button("Clear");
        clear.setId("board-clear-filters");
        clear.getStyleClass().add("flat");
        clear.setTooltip(new Tooltip("Clear the search and all filters"));
        clear.setOnAction(e -> model.clearFilters());
        clear.disableProperty()
                .bind(Bindings.createBooleanBinding(
                        () -> model.filter().isEmpty(),
                        model.searchProperty(),
                        model.channelProperty(),
                        model.qualificationProperty(),
                        model.createdFromProperty(),
                        model.createdToProperty()));

        Label createdLabel = muted("Created");
        Label total = new Label();
        total.setId("board-total");
        total.getStyleClass().add("text-muted");
        total.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.matchingProperty().get() < 0
                                ? ""
                                : BoardFormats.leads(model.matchingProperty().get()),
                        model.matchingProperty()));
        // Wraps onto a second line in a narrow window instead of pushing controls out of sight.
        HBox created = new HBox(8, createdLabel, from, to);
        created.setAlignment(Pos.CENTER_LEFT);
        HBox end = new HBox(12, clear, total);
        end.setAlignment(Pos.CENTER_LEFT);
        FlowPane bar = new FlowPane(8, 8, search, channel, qualification, created, end);
        for (Region control : List.of(channel, qualification, createdLabel, from, to, clear, total)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(12, 16, 10, 16));
        bar.getStyleClass().addAll("filter-bar", "board-filter-bar");
        return bar;
    }

    private Node boardArea() {
        lanes.getStyleClass().add("board-lanes");
        lanes.setPadding(new Insets(12, 16, 12, 16));
        lanes.setFillHeight(true);
        ScrollPane scroll = new ScrollPane(lanes);
        scroll.setId("board-scroll");
        scroll.getStyleClass().add("board-scroll");
        scroll.setFitToHeight(true);
        scroll.setFitToWidth(true);
        scroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        Node empty = emptyState();
        empty.visibleProperty().bind(model.allLeadsProperty().isEqualTo(0));
        dragLayer.setMouseTransparent(true);
        dragLayer.setPickOnBounds(false);
        return new StackPane(scroll, empty, dragLayer);
    }

    private void buildLanes() {
        lanes.getChildren().clear();
        for (BoardColumn column : model.columns()) {
            lanes.getChildren().add(new BoardColumnView(column, model, drag, clock));
        }
        zones.getChildren().clear();
        for (BoardColumn zone : model.dropZones()) {
            BoardDropZone view = new BoardDropZone(zone, drag);
            VBox.setVgrow(view, Priority.ALWAYS);
            zones.getChildren().add(view);
        }
        zones.getStyleClass().setAll("board-zones");
        lanes.getChildren().add(zones);
    }

    private Node emptyState() {
        FontIcon icon = new FontIcon(Material2OutlinedMZ.VIEW_WEEK);
        icon.getStyleClass().add("empty-icon");
        Label title = new Label("The board is empty");
        title.getStyleClass().add("title-3");
        Label text = new Label("Every lead gets a card here, in the column of its stage. Add or import leads in Leads; "
                + "then drag a card to the next stage as the deal moves on, or onto Won or Lost when it ends.");
        text.setWrapText(true);
        text.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        text.getStyleClass().add("text-muted");
        text.setMaxWidth(460);
        VBox box = new VBox(12, icon, title, text);
        box.setId("board-empty");
        box.setAlignment(Pos.CENTER);
        box.setMaxSize(560, Region.USE_PREF_SIZE);
        box.setPadding(new Insets(28));
        box.getStyleClass().addAll("empty-state", "board-empty");
        box.setMouseTransparent(false);
        return box;
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        picker.setPrefWidth(128);
        return picker;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static <T> ListCell<T> cell(String none, Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? none : text.apply(item));
            }
        };
    }
}
