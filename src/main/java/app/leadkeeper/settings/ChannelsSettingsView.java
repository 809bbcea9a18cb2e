package app.leadkeeper.settings;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.ChannelMapping;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.ui.Buttons;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * Settings › Channels: the channels (add, rename, category, direction) and the source values imports brought, each
 * filed under a channel or under none, changeable for later imports.
 */
final class ChannelsSettingsView extends VBox {
    private static final double ROW_HEIGHT = 34;
    private static final DateTimeFormatter SEEN = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final ChannelsModel model;
    private final TableView<Channel> channels = new TableView<>();
    private final TableView<ChannelMapping> mappings = new TableView<>();
    /** The choices of a mapping's channel: null first, for "no channel". */
    private final ObservableList<Channel> targets = FXCollections.observableArrayList();

    ChannelsSettingsView(ChannelsModel model) {
        this.model = model;
        setId("channels-settings");
        getStyleClass().add("channels-settings");
        setSpacing(8);
        setMaxWidth(820);
        model.channels().subscribe(() -> {
            targets.setAll(model.channels());
            targets.addFirst(null);
        });

        channels.setId("channels-table");
        channels.setItems(model.channels());
        channels.setFixedCellSize(ROW_HEIGHT);
        channels.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        channels.setPlaceholder(new Label("No channels yet: add one, or import leads."));
        channels.setPrefHeight(ROW_HEIGHT * 9);
        channels.getColumns()
                .setAll(
                        column("Channel", 260, c -> c.name()),
                        column("Category", 200, c -> c.category().label()),
                        column("Direction", 120, c -> direction(c.direction())));
        channels.setRowFactory(t -> {
            TableRow<Channel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        channels.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                edit();
                e.consume();
            }
        });

        Button add = Buttons.tool("channel-add", "Add channel", Material2AL.ADD, "Add a channel");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> dialog(null).ifPresent(d -> model.add(d.name(), d.category(), d.direction())));
        Button edit = Buttons.tool("channel-edit", "Edit", Material2OutlinedAL.EDIT, "Rename or recategorise (Enter)");
        edit.disableProperty()
                .bind(channels.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        HBox bar = new HBox(8, add, edit);
        bar.setAlignment(Pos.CENTER_LEFT);

        mappings.setId("channel-mappings-table");
        mappings.setItems(model.mappings());
        mappings.setEditable(true);
        mappings.setFixedCellSize(ROW_HEIGHT);
        mappings.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        mappings.setPlaceholder(new Label("No source values yet: they appear here as imports bring them."));
        mappings.setPrefHeight(ROW_HEIGHT * 10);
        TableColumn<ChannelMapping, String> value = column("Value in the file", 240, ChannelMapping::value);
        TableColumn<ChannelMapping, Channel> target = new TableColumn<>("Channel");
        target.setPrefWidth(240);
        target.setEditable(true);
        target.setCellValueFactory(c -> new SimpleObjectProperty<>(channelOf(c.getValue())));
        target.setCellFactory(c -> new TargetCell());
        TableColumn<ChannelMapping, String> seen = column("Rows", 90, m -> String.format("%,d", m.seen()));
        seen.setStyle("-fx-alignment: CENTER-RIGHT;");
        TableColumn<ChannelMapping, String> last =
                column("Last seen", 140, m -> m.lastSeen().toLocalDate().format(SEEN));
        mappings.getColumns().setAll(value, target, seen, last);

        CheckBox unmapped = new CheckBox("Only values without a channel");
        unmapped.setId("mappings-unmapped-only");
        unmapped.selectedProperty().bindBidirectional(model.onlyUnmappedProperty());

        Label message = new Label();
        message.setId("channels-message");
        message.getStyleClass().add("text-muted");
        message.textProperty().bind(model.messageProperty());

        getChildren()
                .setAll(
                        SettingsView.section("Channels"),
                        SettingsView.hint(
                                "Where leads come from. The category groups them in the metrics; outbound channels"
                                        + " reach people who did not ask."),
                        bar,
                        channels,
                        SettingsView.section("Source values from imports"),
                        SettingsView.hint(
                                "The channel, source, platform and utm_source values imports found, and the channel"
                                        + " each one files its leads under. A change applies to later imports."),
                        unmapped,
                        mappings,
                        message);
    }

    private Channel channelOf(ChannelMapping mapping) {
        if (mapping.channelId() == null) {
            return null;
        }
        return model.channels().stream()
                .filter(c -> c.id() == mapping.channelId())
                .findFirst()
                .orElse(null);
    }

    private void edit() {
        Channel channel = channels.getSelectionModel().getSelectedItem();
        if (channel != null) {
            dialog(channel).ifPresent(d -> model.update(channel.id(), d.name(), d.category(), d.direction()));
        }
    }

    private record Draft(String name, ChannelCategory category, Direction direction) {}

    private Optional<Draft> dialog(Channel channel) {
        Dialog<Draft> dialog = new Dialog<>();
        StageDialogs.prepare(
                dialog, this, channel == null ? "Add a channel" : "Edit the channel “" + channel.name() + "”");
        ButtonType save = new ButtonType(channel == null ? "Add channel" : "Save", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(save, ButtonType.CANCEL);
        TextField name = new TextField(channel == null ? "" : channel.name());
        name.setId("channel-name");
        name.setPromptText("e.g. Podcast ads");
        name.setPrefColumnCount(24);
        ChoiceBox<ChannelCategory> category = StageDialogs.choice(ChannelCategory.values(), ChannelCategory::label);
        category.setId("channel-category");
        category.setValue(channel == null ? ChannelCategory.OTHER : channel.category());
        ChoiceBox<Direction> direction = StageDialogs.choice(Direction.values(), ChannelsSettingsView::direction);
        direction.setId("channel-direction");
        direction.setValue(channel == null ? Direction.INBOUND : channel.direction());
        category.setMaxWidth(Double.MAX_VALUE);
        direction.setMaxWidth(Double.MAX_VALUE);
        Label problem = new Label();
        problem.setId("channel-name-problem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(320);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, new Label("Name"), name);
        grid.add(problem, 1, 1);
        grid.addRow(2, new Label("Category"), category);
        grid.addRow(3, new Label("Direction"), direction);
        dialog.getDialogPane().setContent(grid);
        Button ok = (Button) dialog.getDialogPane().lookupButton(save);
        ok.setId("channel-save");
        long id = channel == null ? 0 : channel.id();
        Runnable check = () -> {
            Optional<String> why = model.nameProblem(name.getText(), id);
            problem.setText(name.getText().isBlank() ? "" : why.orElse(""));
            problem.setManaged(!problem.getText().isEmpty());
            ok.setDisable(why.isPresent());
        };
        name.textProperty().addListener((obs, old, now) -> check.run());
        check.run();
        dialog.setResultConverter(
                button -> button == save ? new Draft(name.getText(), category.getValue(), direction.getValue()) : null);
        Platform.runLater(name::requestFocus);
        return dialog.showAndWait();
    }

    static String direction(Direction direction) {
        return direction == Direction.INBOUND ? "Inbound" : "Outbound";
    }

    private static <S> TableColumn<S, String> column(
            String title, double width, java.util.function.Function<S, String> text) {
        TableColumn<S, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new SimpleStringProperty(text.apply(c.getValue())));
        return column;
    }

    /** A mapping's channel: its name, "No channel" (muted), and a choice box to change it. */
    private final class TargetCell extends TableCell<ChannelMapping, Channel> {
        /** Its own copy of the choices, replaced only while showing an item: a reload never fires a choice. */
        private final ComboBox<Channel> choice = new ComboBox<>();
        /** True while the cell shows its item: the choice box's value follows it then, which is no user's choice. */
        private boolean showing;

        TargetCell() {
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setCellFactory(list -> new TargetListCell());
            choice.setButtonCell(new TargetListCell());
            choice.getStyleClass().add("mapping-choice");
            choice.setOnAction(e -> {
                if (showing) {
                    return;
                }
                ChannelMapping mapping =
                        getTableRow() == null ? null : getTableRow().getItem();
                Channel chosen = choice.getValue();
                if (mapping != null && !java.util.Objects.equals(chosen, channelOf(mapping))) {
                    model.map(mapping, chosen);
                }
            });
        }

        @Override
        protected void updateItem(Channel item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
            } else {
                showing = true;
                try {
                    if (!choice.getItems().equals(targets)) {
                        choice.getItems().setAll(targets);
                    }
                    choice.setValue(item);
                } finally {
                    showing = false;
                }
                setGraphic(choice);
            }
            setText(null);
        }
    }

    private static final class TargetListCell extends ListCell<Channel> {
        @Override
        protected void updateItem(Channel item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("text-muted");
            if (empty) {
                setText(null);
            } else if (item == null) {
                setText("No channel");
                getStyleClass().add("text-muted");
            } else {
                setText(item.name());
            }
        }
    }
}
