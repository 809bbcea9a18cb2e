package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.metrics.ReportPeriod;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the spend ledger and the traffic list share: the chosen period and channel, the rows they hold and the
 * channels to choose from, loads off the FX thread of which only the newest shows, and save / delete commands that
 * reload and tell {@link #setOnChanged} afterwards. A kind says how to load, store and remove its rows and what to
 * show beside them.
 *
 * @param <E> the stored row
 * @param <D> the draft that adds or edits a row
 * @param <L> what one load of the kind reads
 */
abstract class LedgerModel<E extends LedgerEntry<D>, D, L> {
    private final ChannelService channelService;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final ObjectProperty<SpendPeriod> period = new SimpleObjectProperty<>(SpendPeriod.THIS_MONTH);
    /** null: every channel. */
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();

    private final ObservableList<E> entries = FXCollections.observableArrayList();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private Runnable onChanged = () -> {};
    /** Only the newest load shows: a slow one started before a change of period must not overwrite it. */
    private long generation;

    LedgerModel(ChannelService channels, TaskRunner tasks, Consumer<Exception> errors, Clock clock) {
        this.channelService = channels;
        this.tasks = tasks;
        this.errors = errors;
        this.clock = clock;
        period.addListener((obs, old, now) -> refresh());
        channel.addListener((obs, old, now) -> refresh());
    }

    /** Reads the rows of the period (all time when null) and channel (all when null); off the FX thread. */
    abstract L load(ReportPeriod range, Long channelId);

    /** The rows a load read, to list. */
    abstract List<E> rows(L loaded);

    /** On the FX thread before the rows show (the spend ledger's currency, which its amounts are written in). */
    void beforeShow(L loaded) {}

    /** On the FX thread after the rows show: the total or summary under the list. */
    abstract void afterShow(L loaded);

    /** Adds ({@code id} null) or updates a row; off the FX thread. */
    abstract Object store(Long id, D draft);

    /** Deletes a row; off the FX thread. */
    abstract void remove(E entry);

    public ObjectProperty<SpendPeriod> periodProperty() {
        return period;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObservableList<E> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The channels to choose from, by name. */
    public ObservableList<Channel> channels() {
        return FXCollections.unmodifiableObservableList(channels);
    }

    /** Called on the FX thread after every saved or deleted row: the channel metrics refresh. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> {} : onChanged;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Loaded<L>(long generation, L read, List<Channel> channels) {}

    /** Reads the rows of the chosen period and channel again, and the channels. */
    public void refresh() {
        long mine = ++generation;
        ReportPeriod range = period.get().range(today()).orElse(null);
        Long channelId = channel.get() == null ? null : channel.get().id();
        tasks.run(() -> new Loaded<>(mine, load(range, channelId), channelService.all()))
                .onSuccess(this::show)
                .onError(errors)
                .start();
    }

    private void show(Loaded<L> loaded) {
        if (loaded.generation() != generation) {
            return;
        }
        beforeShow(loaded.read());
        if (!channels.equals(loaded.channels())) {
            channels.setAll(loaded.channels());
        }
        entries.setAll(rows(loaded.read()));
        afterShow(loaded.read());
    }

    /** Adds ({@code id} null) or saves a row. */
    public void save(Long id, D draft) {
        run(() -> store(id, draft), () -> {});
    }

    /** Deletes the row; {@code deleted} runs on the FX thread once it is gone. */
    public void delete(E entry, Runnable deleted) {
        run(
                () -> {
                    remove(entry);
                    return entry;
                },
                deleted);
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
