package app.leadkeeper.metrics;

import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.ChannelService;
import app.leadkeeper.channels.Direction;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The channel metrics of a period, the leads per month for the charts, and the forecast. Lead figures come from
 * the daily roll-up (kept by a trigger, folded in before each read), spend and traffic from their tables, so a
 * period of a million leads reads a few thousand roll-up rows.
 */
public final class MetricsService {
    /** The name shown for leads without a channel. */
    public static final String NO_CHANNEL = "(no channel)";

    private final DSLContext dsl;
    private final LeadDayRepository rollup;
    private final MetricsQuery query = new MetricsQuery();
    private final ChannelService channels;
    private final Supplier<String> currency;
    private final Clock clock;
    /** One fold at a time: two would add the same deltas twice. */
    private final Object foldLock = new Object();

    public MetricsService(
            DSLContext dsl, LeadDayRepository rollup, ChannelService channels, Supplier<String> currency, Clock clock) {
        this.dsl = dsl;
        this.rollup = rollup;
        this.channels = channels;
        this.currency = currency;
        this.clock = clock;
    }

    /** Brings the roll-up to this computer's zone and the schema version, and installs its trigger. */
    public boolean install(String schemaVersion) {
        synchronized (foldLock) {
            return rollup.install(dsl, clock.getZone(), schemaVersion);
        }
    }

    /** Adds the changes logged since the last read into the roll-up. */
    public int fold() {
        synchronized (foldLock) {
            return rollup.fold(dsl);
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public String currency() {
        return currency.get();
    }

    /** The metrics table of the period: a row per channel with leads, spend or traffic in it, and the totals. */
    public ChannelMetrics metrics(ReportPeriod period) {
        fold();
        Map<Long, MetricsQuery.LeadSums> leads = query.leads(dsl, period);
        Map<Long, TreeMap<Integer, Long>> days = query.conversionDays(dsl, period);
        Map<Long, BigDecimal> spend = query.spend(dsl, period);
        Map<Long, MetricsQuery.TrafficSums> traffic = query.traffic(dsl, period);
        Set<Long> keys = new HashSet<>(leads.keySet());
        keys.addAll(spend.keySet());
        keys.addAll(traffic.keySet());
        Map<Long, Channel> byId = channelsById();
        List<ChannelRow> rows = new ArrayList<>();
        TreeMap<Integer, Long> allDays = new TreeMap<>();
        days.values().forEach(h -> h.forEach((d, n) -> allDays.merge(d, n, Long::sum)));
        for (long key : keys) {
            ChannelFigures figures = figures(leads.get(key), days.get(key), spend.get(key), traffic.get(key));
            if (figures.leads() == 0
                    && !figures.hasSpend()
                    && figures.visits() == 0
                    && figures.clicks() == 0
                    && figures.impressions() == 0) {
                continue;
            }
            Channel channel = byId.get(key);
            rows.add(
                    channel == null
                            ? new ChannelRow(null, NO_CHANNEL, ChannelCategory.OTHER, Direction.INBOUND, figures)
                            : new ChannelRow(
                                    channel.id(), channel.name(), channel.category(), channel.direction(), figures));
        }
        rows.sort(Comparator.comparingLong((ChannelRow r) -> -r.figures().leads())
                .thenComparing(r -> r.figures().spend(), Comparator.reverseOrder())
                .thenComparing(ChannelRow::channel, String.CASE_INSENSITIVE_ORDER));
        return new ChannelMetrics(period, currency(), rows, totals(rows, allDays));
    }

    /** Leads per month and channel over the period, channels with the most leads first. */
    public LeadsByMonth leadsByMonth(ReportPeriod period) {
        fold();
        Map<Long, Map<YearMonth, Long>> counts = query.leadsByMonth(dsl, period);
        Map<Long, Channel> byId = channelsById();
        List<YearMonth> months = period.months();
        List<LeadsByMonth.Series> series = new ArrayList<>();
        counts.forEach((key, perMonth) -> {
            Channel channel = byId.get(key);
            List<Long> values =
                    months.stream().map(m -> perMonth.getOrDefault(m, 0L)).toList();
            series.add(new LeadsByMonth.Series(
                    channel == null ? null : channel.id(), channel == null ? NO_CHANNEL : channel.name(), values));
        });
        series.sort(Comparator.comparingLong((LeadsByMonth.Series s) -> -s.total())
                .thenComparing(LeadsByMonth.Series::channel, String.CASE_INSENSITIVE_ORDER));
        return new LeadsByMonth(months, series);
    }

    /** The forecast for {@code customers} in the next {@code days} days, at the rates of the basis period. */
    public Forecast forecast(int customers, long days, ReportPeriod basis) {
        return ForecastPlanner.plan(metrics(basis), customers, days);
    }

    private Map<Long, Channel> channelsById() {
        Map<Long, Channel> byId = new HashMap<>();
        for (Channel channel : channels.all()) {
            byId.put(channel.id(), channel);
        }
        return byId;
    }

    private static ChannelFigures figures(
            MetricsQuery.LeadSums leads,
            TreeMap<Integer, Long> days,
            BigDecimal spend,
            MetricsQuery.TrafficSums traffic) {
        MetricsQuery.LeadSums l = leads == null ? new MetricsQuery.LeadSums(0, 0, 0, 0, BigDecimal.ZERO) : leads;
        MetricsQuery.TrafficSums t = traffic == null ? new MetricsQuery.TrafficSums(0, 0, 0) : traffic;
        return new ChannelFigures(
                l.leads(),
                l.mqls(),
                l.sqls(),
                l.customers(),
                l.revenue(),
                spend,
                Math.round(t.visits()),
                Math.round(t.clicks()),
                Math.round(t.impressions()),
                median(days));
    }

    private static ChannelFigures totals(List<ChannelRow> rows, TreeMap<Integer, Long> days) {
        long leads = 0;
        long mqls = 0;
        long sqls = 0;
        long customers = 0;
        long visits = 0;
        long clicks = 0;
        long impressions = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal spend = BigDecimal.ZERO;
        long leadsWithVisits = 0;
        BigDecimal spendWithClicks = BigDecimal.ZERO;
        for (ChannelRow row : rows) {
            ChannelFigures f = row.figures();
            leads += f.leads();
            mqls += f.mqls();
            sqls += f.sqls();
            customers += f.customers();
            visits += f.visits();
            clicks += f.clicks();
            impressions += f.impressions();
            revenue = revenue.add(f.revenue());
            spend = spend.add(f.spend());
            if (f.visits() > 0) {
                leadsWithVisits += f.leads();
            }
            if (f.clicks() > 0) {
                spendWithClicks = spendWithClicks.add(f.spend());
            }
        }
        return new ChannelFigures(
                leads,
                mqls,
                sqls,
                customers,
                revenue,
                spend,
                visits,
                clicks,
                impressions,
                median(days),
                leadsWithVisits,
                spendWithClicks);
    }

    /** The median of a histogram of whole days (the mean of the two middle values for an even count). */
    static Double median(TreeMap<Integer, Long> histogram) {
        if (histogram == null) {
            return null;
        }
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        long lower = (n - 1) / 2;
        long upper = n / 2;
        Integer low = null;
        Integer high = null;
        long seen = 0;
        for (Map.Entry<Integer, Long> e : histogram.entrySet()) {
            long next = seen + e.getValue();
            if (low == null && lower < next) {
                low = e.getKey();
            }
            if (upper < next) {
                high = e.getKey();
                break;
            }
            seen = next;
        }
        return (low + high) / 2.0;
    }
}
