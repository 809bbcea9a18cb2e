package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.metrics.ReportPeriod;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The traffic list's state: the chosen period and channel, the rows they hold, and the commands off the FX thread. */
public final class TrafficModel {
    private final TrafficService traffic;
    private final ChannelService channelService;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final ObjectProperty<SpendPeriod> period = new SimpleObjectProperty<>(SpendPeriod.THIS_MONTH);
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final ObservableList<TrafficEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private Runnable onChanged = () -> {};
    private long generation;

    public TrafficModel(
            TrafficService traffic,
            ChannelService channels,
            TaskRunner tasks,
            Consumer<Exception> errors,
            Clock clock) {
        this.traffic = traffic;
        this.channelService = channels;
        this.tasks = tasks;
        this.errors = errors;
        this.clock = clock;
        period.addListener((obs, old, now) -> refresh());
        channel.addListener((obs, old, now) -> refresh());
    }

    public ObjectProperty<SpendPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObservableList<TrafficEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    public ObservableList<Channel> channels() {
        return FXCollections.unmodifiableObservableList(channels);
    }

    /** "3 rows · 1,200 visits · 300 clicks · 45,000 impressions" over the listed rows. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> {} : onChanged;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A figure as the locale writes it; empty when unknown. */
    public static String count(Long value) {
        return value == null
                ? ""
                : NumberFormat.getIntegerInstance(SpendLedgerModel.locale()).format(value);
    }

    private record Loaded(long generation, List<TrafficEntry> entries, List<Channel> channels) {}

    public void refresh() {
        long mine = ++generation;
        ReportPeriod range = period.get().range(today()).orElse(null);
        Long channelId = channel.get() == null ? null : channel.get().id();
        tasks.run(() -> new Loaded(mine, traffic.list(range, channelId), channelService.all()))
                .onSuccess(this::show)
                .onError(errors)
                .start();
    }

    private void show(Loaded loaded) {
        if (loaded.generation() != generation) {
            return;
        }
        if (!channels.equals(loaded.channels())) {
            channels.setAll(loaded.channels());
        }
        entries.setAll(loaded.entries());
        long visits = 0;
        long clicks = 0;
        long impressions = 0;
        for (TrafficEntry e : loaded.entries()) {
            visits += e.visits() == null ? 0 : e.visits();
            clicks += e.clicks() == null ? 0 : e.clicks();
            impressions += e.impressions() == null ? 0 : e.impressions();
        }
        int rows = loaded.entries().size();
        summary.set(rows + (rows == 1 ? " row · " : " rows · ") + count(visits) + " visits · " + count(clicks)
                + " clicks · " + count(impressions) + " impressions");
    }

    public void save(Long id, TrafficDraft draft) {
        run(() -> id == null ? traffic.add(draft) : traffic.update(id, draft));
    }

    /** Deletes the row; {@code deleted} runs on the FX thread once it is gone. */
    public void delete(TrafficEntry entry, Runnable deleted) {
        run(
                () -> {
                    traffic.delete(entry.id());
                    return entry;
                },
                deleted);
    }

    private void run(Callable<?> command) {
        run(command, () -> {});
    }

    private void run(Callable<?> command, Runnable done) {
        tasks.run(command)
                .onSuccess(result -> {
                    refresh();
                    onChanged.run();
                    done.run();
                })
                .onError(errors)
                .start();
    }
}
