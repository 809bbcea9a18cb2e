package app.leadkeeper.spend;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.metrics.ReportPeriod;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The spend ledger's state: the chosen period and channel, the entries they hold and their total, and the commands
 * (save, delete) that run off the FX thread and reload afterwards.
 */
public final class SpendLedgerModel extends LedgerModel<SpendEntry, SpendDraft, SpendLedgerModel.Read> {
    private final SpendService spend;
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(Currency.DEFAULT);

    public SpendLedgerModel(
            SpendService spend, ChannelService channels, TaskRunner tasks, Consumer<Exception> errors, Clock clock) {
        super(channels, tasks, errors, clock);
        this.spend = spend;
    }

    /** "Total: €1,234.50 · 3 entries". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** The amount in the folder's currency as the user's locale writes it. */
    public String format(BigDecimal amount) {
        return Currency.format(amount, currency.get(), locale());
    }

    public static Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    record Read(SpendList list, String currency) {}

    @Override
    Read load(ReportPeriod range, Long channelId) {
        return new Read(spend.list(range, channelId), spend.currency());
    }

    @Override
    List<SpendEntry> rows(Read read) {
        return read.list().entries();
    }

    @Override
    void beforeShow(Read read) {
        currency.set(read.currency());
    }

    @Override
    void afterShow(Read read) {
        long count = read.list().count();
        String entriesText = String.format(locale(), "%,d", count) + (count == 1 ? " entry" : " entries");
        if (count > read.list().entries().size()) {
            entriesText += String.format(
                    locale(), " (the newest %,d shown)", read.list().entries().size());
        }
        total.set("Total: " + format(read.list().total()) + " · " + entriesText);
    }

    @Override
    Object store(Long id, SpendDraft draft) {
        return id == null ? spend.add(draft) : spend.update(id, draft);
    }

    @Override
    void remove(SpendEntry entry) {
        spend.delete(entry.id());
    }
}
