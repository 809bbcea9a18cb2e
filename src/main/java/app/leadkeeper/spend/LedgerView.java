package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.ui.Buttons;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2OutlinedAL;

/**
 * What the spend ledger and the traffic list share on screen: the period and channel choices with add, edit and
 * delete above the table; edit on double-click, Enter or F2; delete on Delete or Backspace after a confirmation, with
 * Undo; a line under the table. A kind gives its words, columns and dialog.
 *
 * @param <E> the stored row
 * @param <D> the draft its dialog gives
 */
abstract class LedgerView<E extends LedgerEntry<D>, D> extends VBox {
    /**
     * The words and ids of a kind.
     *
     * @param kind prefixes the node ids ("spend" gives "spend-table", "spend-add", …) and the confirmation's key
     * @param id the node's own id and style class
     */
    record Words(
            String kind,
            String id,
            String empty,
            String addText,
            String addTip,
            String editTip,
            String deleteTip,
            String deleteQuestion) {}

    private final LedgerModel<E, D, ?> model;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final Words words;
    private final TableView<E> table = new TableView<>();

    LedgerView(LedgerModel<E, D, ?> model, DialogService dialogs, Notifier notifier, Words words) {
        this.model = model;
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.words = words;
        String kind = words.kind();
        setId(words.id());
        getStyleClass().add(words.id());
        setSpacing(10);
        // Inside a tab of the Channels view, with the margins of its other tabs.
        setPadding(new javafx.geometry.Insets(10, 16, 10, 16));

        ComboBox<SpendPeriod> period = new ComboBox<>();
        period.setId(kind + "-period");
        period.getItems().setAll(SpendPeriod.values());
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<Channel> channel = LedgerControls.channelChoice("All channels");
        channel.setId(kind + "-channel-filter");
        model.channels().addListener((ListChangeListener<Channel>) change -> {
            Channel chosen = channel.getValue();
            channel.getItems().setAll(model.channels());
            channel.getItems().addFirst(null);
            channel.setValue(
                    chosen == null
                            ? null
                            : model.channels().stream()
                                    .filter(c -> c.id() == chosen.id())
                                    .findFirst()
                                    .orElse(null));
        });
        channel.valueProperty().bindBidirectional(model.channelProperty());

        Button add = Buttons.tool(kind + "-add", words.addText(), Material2AL.ADD, words.addTip());
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button edit = Buttons.tool(kind + "-edit", "Edit", Material2OutlinedAL.EDIT, words.editTip());
        edit.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        Button delete = Buttons.tool(kind + "-delete", null, Material2AL.DELETE_OUTLINE, words.deleteTip());
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, period, channel, grow, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId(kind + "-table");
        table.setItems(model.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(words.empty());
        empty.setId(kind + "-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<E> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    edit();
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.F2) {
                edit();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                delete();
                e.consume();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().setAll(bar, table);
    }

    /**
     * Called once by the kind's constructor: the table's columns and the line under it. Nothing is read yet: the host
     * calls {@link #refresh()} when the view shows (built with the window, read only if its tab is opened).
     */
    final void finish(List<TableColumn<E, ?>> columns, Label line) {
        table.getColumns().setAll(columns);
        HBox footer = new HBox(line);
        footer.setAlignment(Pos.CENTER_RIGHT);
        getChildren().add(footer);
    }

    /** The kind's dialog, for a new row ({@code entry} null) or to edit one; empty when cancelled. */
    abstract Optional<D> showDialog(E entry);

    /** The row in words, for the delete confirmation and its Undo message. */
    abstract String describe(E entry);

    /** The Undo message once the row described as {@code what} is gone. */
    abstract String deleted(String what);

    /** Reads the rows and channels again (after an import, or when the tab shows). */
    public void refresh() {
        model.refresh();
    }

    /** Called on the FX thread after every saved or deleted row, so the channel metrics can refresh. */
    public void setOnChanged(Runnable onChanged) {
        model.setOnChanged(onChanged);
    }

    private void add() {
        showDialog(null).ifPresent(draft -> model.save(null, draft));
    }

    private void edit() {
        E entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            showDialog(entry).ifPresent(draft -> model.save(entry.id(), draft));
        }
    }

    private void delete() {
        E entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        String what = describe(entry);
        if (dialogs.confirm(words.deleteQuestion(), what, "Delete", "confirm-delete-" + words.kind())) {
            model.delete(entry, () -> notifier.show(deleted(what), "Undo", () -> model.save(null, entry.draft())));
        }
    }
}
