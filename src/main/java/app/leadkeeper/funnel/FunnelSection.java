package app.leadkeeper.funnel;

/** The part of the funnel a stage belongs to. */
public enum FunnelSection {
    TOFU("Top of funnel (awareness)"),
    MOFU("Middle of funnel (consideration)"),
    BOFU("Bottom of funnel (decision)");

    private final String label;

    FunnelSection(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
