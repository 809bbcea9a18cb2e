package app.leadkeeper.spend;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.ui.DialogService;
import app.leadkeeper.ui.Notifier;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;

/**
 * Traffic figures per channel, landing page and period (visits, clicks, impressions): add, edit (double-click or
 * Enter) and delete (after a confirmation). A self-contained node for the Channels view's "Traffic" tab; call
 * {@link #refresh()} when it shows and {@link #setOnChanged} to hear of every change.
 */
public final class TrafficView extends LedgerView<TrafficEntry, TrafficDraft> {
    static final String EMPTY =
            "No traffic figures in this period — add visits, clicks and impressions from your analytics or ad tools";

    private static final Words WORDS = new Words(
            "traffic",
            "traffic-view",
            EMPTY,
            "Add traffic",
            "Add visits, clicks or impressions",
            "Edit the row (Enter)",
            "Delete the row (Delete)",
            "Delete these traffic figures?");

    private final TrafficModel model;

    public TrafficView(
            TrafficService traffic,
            ChannelService channels,
            TaskRunner tasks,
            DialogService dialogs,
            Notifier notifier,
            Clock clock) {
        TrafficModel model = new TrafficModel(
                traffic, channels, tasks, e -> dialogs.showError("The traffic figures could not be changed", e), clock);
        super(model, dialogs, notifier, WORDS);
        this.model = model;
        Label summary = new Label();
        summary.setId("traffic-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        finish(
                List.of(
                        LedgerControls.column("Period", 210, e -> TrafficDialog.period(e.start(), e.end())),
                        LedgerControls.column("Channel", 150, TrafficEntry::channelName),
                        LedgerControls.column("Landing page", 200, e -> e.landingPage() == null ? "" : e.landingPage()),
                        LedgerControls.numberColumn("Visits", 100, e -> TrafficModel.count(e.visits())),
                        LedgerControls.numberColumn("Clicks", 100, e -> TrafficModel.count(e.clicks())),
                        LedgerControls.numberColumn("Impressions", 120, e -> TrafficModel.count(e.impressions()))),
                summary);
    }

    @Override
    Optional<TrafficDraft> showDialog(TrafficEntry entry) {
        return new TrafficDialog(model, this).show(entry);
    }

    @Override
    String describe(TrafficEntry entry) {
        return entry.channelName() + ", " + TrafficDialog.period(entry.start(), entry.end());
    }

    @Override
    String deleted(String what) {
        return "Deleted the traffic figures of " + what + ".";
    }
}
