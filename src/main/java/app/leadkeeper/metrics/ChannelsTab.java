package app.leadkeeper.metrics;

/** The tabs of the Channels view, in order. Spend and traffic come from another feature, plugged in by the window. */
public enum ChannelsTab {
    METRICS("Metrics"),
    CHARTS("Charts"),
    FORECAST("Forecast"),
    SPEND("Spend"),
    TRAFFIC("Traffic");

    private final String label;

    ChannelsTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The tab's node id, e.g. {@code channels-tab-metrics}. */
    public String id() {
        return "channels-tab-" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
