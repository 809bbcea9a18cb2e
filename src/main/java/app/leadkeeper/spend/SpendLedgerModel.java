package app.leadkeeper.spend;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.metrics.ReportPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The spend ledger's state: the chosen period and channel, the entries they hold and their total, and the commands
 * (save, delete) that run off the FX thread and reload afterwards.
 */
public final class SpendLedgerModel {
    private final SpendService spend;
    private final ChannelService channelService;
    private final TaskRunner tasks;
    private final Consumer<Exception> errors;
    private final Clock clock;
    private final ObjectProperty<SpendPeriod> period = new SimpleObjectProperty<>(SpendPeriod.THIS_MONTH);
    /** null: every channel. */
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();

    private final ObservableList<SpendEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<Channel> channels = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(Currency.DEFAULT);
    private Runnable onChanged = () -> {};
    /** Only the newest load shows: a slow one started before a change of period must not overwrite it. */
    private long generation;

    public SpendLedgerModel(
            SpendService spend, ChannelService channels, TaskRunner tasks, Consumer<Exception> errors, Clock clock) {
        this.spend = spend;
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

    public ObservableList<SpendEntry> entries() {
        return FXCollections.unmodifiableObservableList(entries);
    }

    /** The channels to choose from, by name. */
    public ObservableList<Channel> channels() {
        return FXCollections.unmodifiableObservableList(channels);
    }

    /** "Total: €1,234.50 · 3 entries". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** Called on the FX thread after every saved or deleted entry: the channel metrics refresh. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> {} : onChanged;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The amount in the folder's currency as the user's locale writes it. */
    public String format(BigDecimal amount) {
        return Currency.format(amount, currency.get(), locale());
    }

    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    private record Loaded(long generation, SpendList list, List<Channel> channels, String currency) {}

    /** Reads the entries of the chosen period and channel again, and the channels and currency. */
    public void refresh() {
        long mine = ++generation;
        ReportPeriod range = period.get().range(today()).orElse(null);
        Long channelId = channel.get() == null ? null : channel.get().id();
        tasks.run(() -> new Loaded(mine, spend.list(range, channelId), channelService.all(), spend.currency()))
                .onSuccess(this::show)
                .onError(errors)
                .start();
    }

    private void show(Loaded loaded) {
        if (loaded.generation() != generation) {
            return;
        }
        currency.set(loaded.currency());
        if (!channels.equals(loaded.channels())) {
            channels.setAll(loaded.channels());
        }
        entries.setAll(loaded.list().entries());
        long count = loaded.list().count();
        String entriesText = String.format(locale(), "%,d", count) + (count == 1 ? " entry" : " entries");
        if (count > loaded.list().entries().size()) {
            entriesText += String.format(
                    locale(), " (the newest %,d shown)", loaded.list().entries().size());
        }
        total.set("Total: " + format(loaded.list().total()) + " · " + entriesText);
    }

    /** Adds ({@code id} null) or saves an entry. */
    public void save(Long id, SpendDraft draft) {
        run(() -> id == null ? spend.add(draft) : spend.update(id, draft));
    }

    /** Deletes the entry; {@code deleted} runs on the FX thread once it is gone. */
    public void delete(SpendEntry entry, Runnable deleted) {
        run(
                () -> {
                    spend.delete(entry.id());
                    return entry;
                },
                deleted);
    }

    private void run(java.util.concurrent.Callable<?> command) {
        run(command, () -> {});
    }

    private void run(java.util.concurrent.Callable<?> command, Runnable done) {
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
