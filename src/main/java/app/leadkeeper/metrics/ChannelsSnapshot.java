package app.leadkeeper.metrics;

/** What the Metrics and Charts tabs show for one period, read together in one background task. */
public record ChannelsSnapshot(ChannelMetrics metrics, LeadsByMonth byMonth) {}
