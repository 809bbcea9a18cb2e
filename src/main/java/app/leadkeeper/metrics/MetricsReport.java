package app.leadkeeper.metrics;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The channel metrics for the command line: the {@code channels} and {@code totals} of {@code report --json}, and a table. */
public final class MetricsReport {
    private MetricsReport() {}

    /** {@code channels}: one object per row with {@code channel}, {@code category} and every metric's key; null where undefined. */
    public static List<Object> channelsJson(ChannelMetrics metrics) {
        List<Object> out = new ArrayList<>();
        for (ChannelRow row : metrics.rows()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("channel", row.channel());
            entry.put(
                    "category", row.channelId() == null ? null : row.category().name());
            entry.put(
                    "direction",
                    row.channelId() == null ? null : row.direction().name());
            entry.putAll(figuresJson(row.figures()));
            out.add(entry);
        }
        return out;
    }

    /** {@code totals}: the same keys over all channels ({@code channel} and {@code category} null). */
    public static Map<String, Object> totalsJson(ChannelMetrics metrics) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("channel", null);
        out.put("category", null);
        out.put("direction", null);
        out.putAll(figuresJson(metrics.totals()));
        return out;
    }

    private static Map<String, Object> figuresJson(ChannelFigures figures) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            out.put(metric.key(), metric.of(figures));
        }
        out.put("visits", figures.visits());
        out.put("clicks", figures.clicks());
        out.put("impressions", figures.impressions());
        return out;
    }

    private static final List<Metric> TABLE = List.of(
            Metric.LEADS,
            Metric.MQLS,
            Metric.SQLS,
            Metric.CUSTOMERS,
            Metric.CONVERSION_RATE,
            Metric.SPEND,
            Metric.CPL,
            Metric.CAC,
            Metric.REVENUE,
            Metric.ROI,
            Metric.MEDIAN_DAYS_TO_CONVERT);

    /** A readable table of the main metrics, amounts in the folder's currency. */
    public static void print(PrintStream out, ChannelMetrics metrics) {
        out.printf("%nChannels (amounts in %s)%n", metrics.currency());
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "Channel"));
        for (Metric metric : TABLE) {
            header.append(String.format(Locale.ROOT, " %11s", shorten(metric.label(), 11)));
        }
        out.println(header);
        for (ChannelRow row : metrics.rows()) {
            out.println(line(shorten(row.channel(), 22), row.figures()));
        }
        out.println(line("Total", metrics.totals()));
    }

    private static String line(String name, ChannelFigures figures) {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", name));
        for (Metric metric : TABLE) {
            line.append(String.format(Locale.ROOT, " %11s", text(metric, metric.of(figures))));
        }
        return line.toString();
    }

    /** A value as the command line prints it: "—" where undefined. */
    static String text(Metric metric, Object value) {
        if (value == null) {
            return "—";
        }
        return switch (metric.kind()) {
            case COUNT -> String.format(Locale.ROOT, "%,d", (Long) value);
            case MONEY -> String.format(Locale.ROOT, "%,.2f", (BigDecimal) value);
            case PERCENT -> String.format(Locale.ROOT, "%.1f %%", (Double) value * 100);
            case DAYS -> String.format(Locale.ROOT, "%.1f", (Double) value);
        };
    }

    private static String shorten(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
