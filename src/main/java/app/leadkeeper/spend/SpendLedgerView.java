package app.leadkeeper.spend;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;

/**
 * The spend ledger: what was paid per channel for a period, with its total; add, edit (double-click or Enter) and
 * delete (Delete, after a confirmation) entries. A self-contained node for the Channels view's "Spend" tab; call
 * {@link #refresh()} when it shows and {@link #setOnChanged} to hear of every saved or deleted entry.
 */
public final class SpendLedgerView extends LedgerView<SpendEntry, SpendDraft> {
    static final String EMPTY = "No spend in this period — add what you paid for ads, events and mailings";

    private static final Words WORDS = new Words(
            "spend",
            "spend-ledger",
            EMPTY,
            "Add spend",
            "Add what was paid for a channel",
            "Edit the entry (Enter)",
            "Delete the entry (Delete)",
            "Delete this spend entry?");

    private final SpendLedgerModel model;

    public SpendLedgerView(
            SpendService spend,
            ChannelService channels,
            TaskRunner tasks,
            DialogService dialogs,
            Notifier notifier,
            Clock clock) {
        SpendLedgerModel model = new SpendLedgerModel(
                spend, channels, tasks, e -> dialogs.showError("The spend ledger could not be changed", e), clock);
        super(model, dialogs, notifier, WORDS);
        this.model = model;
        Label total = new Label();
        total.setId("spend-total");
        total.getStyleClass().add("text-bold");
        total.textProperty().bind(model.totalProperty());
        finish(
                List.of(
                        LedgerControls.column("Date", 140, SpendLedgerView::when),
                        LedgerControls.column("Channel", 160, SpendEntry::channelName),
                        LedgerControls.column("Campaign", 200, e -> e.campaign() == null ? "" : e.campaign()),
                        LedgerControls.numberColumn("Amount", 130, e -> model.format(e.amount())),
                        LedgerControls.column("Note", 220, e -> e.note() == null ? "" : e.note())),
                total);
    }

    SpendLedgerModel model() {
        return model;
    }

    static String when(SpendEntry entry) {
        return entry.wholeMonth()
                ? SpendDialog.monthText(YearMonth.from(entry.date()))
                : LedgerControls.DAY.format(entry.date());
    }

    @Override
    Optional<SpendDraft> showDialog(SpendEntry entry) {
        return new SpendDialog(model, this).show(entry);
    }

    @Override
    String describe(SpendEntry entry) {
        return model.format(entry.amount()) + " on " + entry.channelName() + ", " + when(entry);
    }

    @Override
    String deleted(String what) {
        return "Deleted " + what + ".";
    }
}
