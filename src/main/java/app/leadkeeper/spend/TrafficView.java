package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.Buttons;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
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
 * Traffic figures per channel, landing page and period (visits, clicks, impressions): add, edit (double-click or
 * Enter) and delete (after a confirmation). A self-contained node for the Channels view's "Traffic" tab; call
 * {@link #refresh()} when it shows and {@link #setOnChanged} to hear of every change.
 */
public final class TrafficView extends VBox {
    static final String EMPTY =
            "No traffic figures in this period — add visits, clicks and impressions from your analytics or ad tools";

    private final TrafficModel model;
    private final DialogService dialogs;
    private final Notifier notifier;
    private final TableView<TrafficEntry> table = new TableView<>();

    public TrafficView(
            TrafficService traffic,
            ChannelService channels,
            TaskRunner tasks,
            DialogService dialogs,
            Notifier notifier,
            Clock clock) {
        this.dialogs = dialogs;
        this.notifier = notifier;
        this.model = new TrafficModel(
                traffic, channels, tasks, e -> dialogs.showError("The traffic figures could not be changed", e), clock);
        setId("traffic-view");
        getStyleClass().add("traffic-view");
        setSpacing(10);

        ComboBox<SpendPeriod> period = new ComboBox<>();
        period.setId("traffic-period");
        period.getItems().setAll(SpendPeriod.values());
        period.valueProperty().bindBidirectional(model.periodProperty());
        ComboBox<Channel> channel = LedgerControls.channelChoice("All channels");
        channel.setId("traffic-channel-filter");
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

        Button add = Buttons.tool("traffic-add", "Add traffic", Material2AL.ADD, "Add visits, clicks or impressions");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> add());
        Button edit = Buttons.tool("traffic-edit", "Edit", Material2OutlinedAL.EDIT, "Edit the row (Enter)");
        edit.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit());
        Button delete = Buttons.tool("traffic-delete", null, Material2AL.DELETE_OUTLINE, "Delete the row (Delete)");
        delete.disableProperty()
                .bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> delete());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(8, period, channel, grow, add, edit, delete);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("traffic-table");
        table.setItems(model.entries());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(EMPTY);
        empty.setId("traffic-empty");
        empty.getStyleClass().add("text-muted");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        table.getColumns()
                .setAll(
                        LedgerControls.column("Period", 210, e -> TrafficDialog.period(e.start(), e.end())),
                        LedgerControls.column("Channel", 150, TrafficEntry::channelName),
                        LedgerControls.column("Landing page", 200, e -> e.landingPage() == null ? "" : e.landingPage()),
                        LedgerControls.numberColumn("Visits", 100, e -> TrafficModel.count(e.visits())),
                        LedgerControls.numberColumn("Clicks", 100, e -> TrafficModel.count(e.clicks())),
                        LedgerControls.numberColumn("Impressions", 120, e -> TrafficModel.count(e.impressions())));
        table.setRowFactory(t -> {
            TableRow<TrafficEntry> row = new TableRow<>();
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

        Label summary = new Label();
        summary.setId("traffic-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        HBox footer = new HBox(summary);
        footer.setAlignment(Pos.CENTER_RIGHT);

        getChildren().setAll(bar, table, footer);
        refresh();
    }

    /** Reads the rows and channels again (after an import, or when the tab shows). */
    public void refresh() {
        model.refresh();
    }

    /** Called on the FX thread after every saved or deleted row, so the channel metrics can refresh. */
    public void setOnChanged(Runnable onChanged) {
        model.setOnChanged(onChanged);
    }

    private void add() {
        new TrafficDialog(model, this).show(null).ifPresent(draft -> model.save(null, draft));
    }

    private void edit() {
        TrafficEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry != null) {
            new TrafficDialog(model, this).show(entry).ifPresent(draft -> model.save(entry.id(), draft));
        }
    }

    private void delete() {
        TrafficEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null) {
            return;
        }
        String what = entry.channelName() + ", " + TrafficDialog.period(entry.start(), entry.end());
        if (dialogs.confirm("Delete these traffic figures?", what, "Delete", "confirm-delete-traffic")) {
            model.delete(
                    entry,
                    () -> notifier.show(
                            "Deleted the traffic figures of " + what + ".",
                            "Undo",
                            () -> model.save(null, entry.draft())));
        }
    }
}
