package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.Buttons;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.time.YearMonth;
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
 * The spend ledger: what was paid per channel for a period, with its total; add, edit (double-click or Enter) and
 * delete (Delete, after a confirmation) entries. A self-contained node for the Channels view's "Spend" tab; call
 * {@link #refresh()} when it shows and {@link #setOnChanged} to hear of every saved or deleted entry.
 */
public final class SpendLedgerView extends VBox {
    static final String EMPTY = "No spend in this period — add what you paid for ads, events and mailings";

    private final SpendLedgerModel model;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final TableView<SpendEntry> table = new TableView<>();

    public SpendLedgerView(
            SpendService spend,
            ChannelService channels,
            TaskRunner tasks,
            DialogService dialogs,
            Notifier notifier,
            Clock clock) {
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.model = new SpendLedgerModel(
                spend, channels, tasks, e -> dialogs.showError("The spend ledger could not be changed", e), clock);
        setId("spend-ledger");
        getStyleClass().add("spend-ledger");
        setSpacing(10);

        ComboBox<SpendPeriod> period = new ComboBox<>();
        period.setId("spend-period");
        period.getItems().setAll(SpendPeriod.values());
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<Channel> channel = LedgerControls.channelChoice("All channels");
        channel.setId("spend-channel-filter");
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

        Button add = Buttons.tool("spend-add", "Add spend", Material2AL.ADD, "Add what was paid for a channel");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button edit = Buttons.tool("spend-edit", "Edit", Material2OutlinedAL.EDIT, "Edit the entry (Enter)");
        edit.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        Button delete = Buttons.tool("spend-delete", null, Material2AL.DELETE_OUTLINE, "Delete the entry (Delete)");
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, period, channel, grow, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("spend-table");
        table.setItems(model.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(EMPTY);
        empty.setId("spend-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<SpendEntry, String> amount =
                LedgerControls.numberColumn("Amount", 130, e -> model.format(e.amount()));
        table.getColumns()
                .setAll(
                        LedgerControls.column("Date", 140, SpendLedgerView::when),
                        LedgerControls.column("Channel", 160, SpendEntry::channelName),
                        LedgerControls.column("Campaign", 200, e -> e.campaign() == null ? "" : e.campaign()),
                        amount,
                        LedgerControls.column("Note", 220, e -> e.note() == null ? "" : e.note()));
        table.setRowFactory(t -> {
            TableRow<SpendEntry> row = new TableRow<>();
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

        Label total = new Label();
        total.setId("spend-total");
        total.getStyleClass().add("text-bold");
        total.textProperty().bind(model.totalProperty());
        HBox footer = new HBox(total);
        footer.setAlignment(Pos.CENTER_RIGHT);

        getChildren().setAll(bar, table, footer);
        refresh();
    }

    /** Reads the entries, channels and currency again (after an import, or when the tab shows). */
    public void refresh() {
        model.refresh();
    }

    /** Called on the FX thread after every saved or deleted entry, so the channel metrics can refresh. */
    public void setOnChanged(Runnable onChanged) {
        model.setOnChanged(onChanged);
    }

    SpendLedgerModel model() {
        return model;
    }

    static String when(SpendEntry entry) {
        return entry.wholeMonth()
                ? SpendDialog.monthText(YearMonth.from(entry.date()))
                : LedgerControls.DAY.format(entry.date());
    }

    private void add() {
        new SpendDialog(model, this).show(null).ifPresent(draft -> model.save(null, draft));
    }

    private void edit() {
        SpendEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            new SpendDialog(model, this).show(entry).ifPresent(draft -> model.save(entry.id(), draft));
        }
    }

    private void delete() {
        SpendEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        String what = model.format(entry.amount()) + " on " + entry.channelName() + ", " + when(entry);
        if (dialogs.confirm("Delete this spend entry?", what, "Delete", "confirm-delete-spend")) {
            model.delete(
                    entry, () -> notifier.show("Deleted " + what + ".", "Undo", () -> model.save(null, entry.draft())));
        }
    }
}
