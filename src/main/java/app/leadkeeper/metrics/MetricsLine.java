package app.leadkeeper.metrics;

/**
 * A line of the metrics table: a channel's row, or the totals (then {@code row} is null).
 *
 * @param total true for the totals line, which always stays last
 */
public record MetricsLine(ChannelRow row, ChannelFigures figures, boolean total) {
    public static MetricsLine of(ChannelRow row) {
        return new MetricsLine(row, row.figures(), false);
    }

    public static MetricsLine totals(ChannelFigures figures) {
        return new MetricsLine(null, figures, true);
    }

    /** The channel's name, or "Total". */
    public String name() {
        return total ? "Total" : row.channel();
    }
}
