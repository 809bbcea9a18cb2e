package app.leadkeeper.spend;

import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.core.TaskRunner;
import app.leadkeeper.metrics.ReportPeriod;
import java.text.NumberFormat;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The traffic list's state: the chosen period and channel, the rows they hold, and the commands off the FX thread. */
public final class TrafficModel extends LedgerModel<TrafficEntry, TrafficDraft, List<TrafficEntry>> {
    private final TrafficService traffic;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public TrafficModel(
            TrafficService traffic,
            ChannelService channels,
            TaskRunner tasks,
            Consumer<Exception> errors,
            Clock clock) {
        super(channels, tasks, errors, clock);
        this.traffic = traffic;
    }

    /** "3 rows · 1,200 visits · 300 clicks · 45,000 impressions" over the listed rows. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** A figure as the locale writes it; empty when unknown. */
    public static String count(Long value) {
        return value == null
                ? ""
                : NumberFormat.getIntegerInstance(SpendLedgerModel.locale()).format(value);
    }

    @Override
    List<TrafficEntry> load(ReportPeriod range, Long channelId) {
        return traffic.list(range, channelId);
    }

    @Override
    List<TrafficEntry> rows(List<TrafficEntry> read) {
        return read;
    }

    @Override
    void afterShow(List<TrafficEntry> read) {
        long visits = 0;
        long clicks = 0;
        long impressions = 0;
        for (TrafficEntry e : read) {
            visits += e.visits() == null ? 0 : e.visits();
            clicks += e.clicks() == null ? 0 : e.clicks();
            impressions += e.impressions() == null ? 0 : e.impressions();
        }
        int rows = read.size();
        summary.set(rows + (rows == 1 ? " row · " : " rows · ") + count(visits) + " visits · " + count(clicks)
                + " clicks · " + count(impressions) + " impressions");
    }

    @Override
    Object store(Long id, TrafficDraft draft) {
        return id == null ? traffic.add(draft) : traffic.update(id, draft);
    }

    @Override
    void remove(TrafficEntry entry) {
        traffic.delete(entry.id());
    }
}
