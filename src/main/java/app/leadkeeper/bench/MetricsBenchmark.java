package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.metrics.MetricsService;
import app.leadkeeper.metrics.PeriodPreset;
import app.leadkeeper.metrics.ReportPeriod;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code bench metrics}: demo leads up to N and spend up to 50,000 ledger rows, reopened; then the channel metrics of
 * every lead, a year, a month, the leads per month for the chart, the forecast, the metrics right after a lead was
 * edited (the logged change folded in first), and a full rebuild of the roll-up (what a new time zone or schema
 * costs once).
 */
final class MetricsBenchmark {
    static final int SPEND_ROWS = 50_000;
    private static final int RUNS = 9;

    private final CliContext context;

    MetricsBenchmark(CliContext context) {
        this.context = context;
    }

    Map<String, Object> run(long leads) {
        AppContext app = BenchFolder.filledTo(context, leads);
        long spendRows = count(app, "SELECT COUNT(*) FROM spend");
        if (spendRows < SPEND_ROWS) {
            context.err().printf(Locale.ROOT, "Adding %,d spend rows…%n", SPEND_ROWS - spendRows);
            addSpend(app, SPEND_ROWS - spendRows);
            context.close();
            app = context.app();
        }
        MetricsService metrics = app.metrics();
        LocalDate today = metrics.today();
        ReportPeriod all = ReportPeriod.ALL_TIME;
        ReportPeriod year = ReportPeriod.of(PeriodPreset.LAST_12_MONTHS, today);
        ReportPeriod month = ReportPeriod.of(PeriodPreset.LAST_MONTH, today);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("leads", app.leads().count(LeadFilter.NONE));
        result.put("spendRows", count(app, "SELECT COUNT(*) FROM spend"));
        result.put("rollupRows", count(app, "SELECT COUNT(*) FROM lead_day"));
        long started = System.nanoTime();
        metrics.metrics(all);
        result.put("firstAfterOpenMs", (System.nanoTime() - started) / 1e6);
        result.put("allTimeMs", median(() -> metrics.metrics(all)));
        result.put("last12MonthsMs", median(() -> metrics.metrics(year)));
        result.put("lastMonthMs", median(() -> metrics.metrics(month)));
        result.put("leadsByMonthMs", median(() -> metrics.leadsByMonth(year)));
        result.put("forecastMs", median(() -> metrics.forecast(50, 30, year)));
        Lead lead = app.leads()
                .find(app.leads()
                        .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1))
                        .rows()
                        .getFirst()
                        .id())
                .orElseThrow();
        List<Channel> channels = app.channels().all();
        AppContext opened = app;
        int[] turn = {0};
        result.put(
                "afterAnEditMs",
                Timings.medianOf(
                        RUNS,
                        () -> opened.leads()
                                .update(
                                        lead.id(),
                                        opened.leads().find(lead.id()).orElseThrow().data().toBuilder()
                                                .channelId(channels.get(turn[0]++ % channels.size())
                                                        .id())
                                                .build()),
                        () -> metrics.metrics(all)));
        started = System.nanoTime();
        metrics.install("bench rebuild " + System.nanoTime());
        result.put("rebuildMs", (System.nanoTime() - started) / 1e6);
        metrics.install(app.database().schemaVersion());
        return result;
    }

    private static long count(AppContext app, String sql) {
        return ((Number) app.database().dsl().fetchValue(sql)).longValue();
    }

    /** Daily spend per channel over the leads' date range, with one in ten a whole month. Seeded, so repeatable. */
    private static void addSpend(AppContext app, long rows) {
        List<Channel> channels = app.channels().all();
        LocalDate first =
                ((OffsetDateTime) app.database().dsl().fetchValue("SELECT MIN(created_at) FROM lead")).toLocalDate();
        LocalDate last = app.metrics().today();
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last) + 1);
        Random random = new Random(50_000);
        OffsetDateTime now = OffsetDateTime.now(app.clock());
        app.database().dsl().connection(c -> {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO spend (spend_date, whole_month,"
                    + " channel_id, campaign, amount, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (long i = 0; i < rows; i++) {
                    boolean month = random.nextInt(10) == 0;
                    LocalDate day = first.plusDays(random.nextLong(days));
                    insert.setObject(1, month ? day.withDayOfMonth(1) : day);
                    insert.setBoolean(2, month);
                    insert.setLong(
                            3, channels.get(random.nextInt(channels.size())).id());
                    insert.setString(4, "Campaign " + random.nextInt(40));
                    insert.setBigDecimal(5, BigDecimal.valueOf(random.nextInt(50_000), 2));
                    insert.setObject(6, now);
                    insert.addBatch();
                    if (i % 5_000 == 4_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            c.commit();
            c.setAutoCommit(true);
        });
    }

    private static double median(java.util.function.Supplier<?> work) {
        return Timings.medianOf(RUNS, () -> {}, work);
    }

    static String table(Map<String, Object> r) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "Metrics benchmark: %,d leads, %,d spend rows, %,d roll-up rows%n",
                r.get("leads"),
                r.get("spendRows"),
                r.get("rollupRows")));
        row(out, "channel metrics, all time, first after open", r.get("firstAfterOpenMs"));
        row(out, "channel metrics, all time", r.get("allTimeMs"));
        row(out, "channel metrics, last 12 months", r.get("last12MonthsMs"));
        row(out, "channel metrics, last month", r.get("lastMonthMs"));
        row(out, "leads per month and channel, 12 months", r.get("leadsByMonthMs"));
        row(out, "forecast, 12 months' rates", r.get("forecastMs"));
        row(out, "channel metrics right after a lead edit", r.get("afterAnEditMs"));
        row(out, "roll-up rebuilt from every lead", r.get("rebuildMs"));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Object millis) {
        out.append(String.format(Locale.ROOT, "  %-48s %9.1f ms%n", label, ((Number) millis).doubleValue()));
    }
}
