package app.leadkeeper.metrics;

import java.util.List;

/**
 * The metrics table of a period: one row per channel that has leads, spend or traffic in it (largest first), and
 * the totals over all of them, medians included.
 */
public record ChannelMetrics(ReportPeriod period, String currency, List<ChannelRow> rows, ChannelFigures totals) {
    public ChannelMetrics {
        rows = List.copyOf(rows);
    }
}
