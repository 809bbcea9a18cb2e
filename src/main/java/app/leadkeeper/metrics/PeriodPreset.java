package app.leadkeeper.metrics;

/** The periods the Channels view offers; CUSTOM takes two dates. */
public enum PeriodPreset {
    THIS_MONTH("This month"),
    LAST_MONTH("Last month"),
    THIS_QUARTER("This quarter"),
    LAST_QUARTER("Last quarter"),
    THIS_YEAR("This year"),
    LAST_YEAR("Last year"),
    LAST_12_MONTHS("Last 12 months"),
    CUSTOM("Custom");

    private final String label;

    PeriodPreset(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
