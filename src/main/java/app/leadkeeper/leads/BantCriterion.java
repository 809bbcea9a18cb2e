package app.leadkeeper.leads;

/** The four criteria of BANT, in their usual order, with the name the user sees. */
public enum BantCriterion {
    BUDGET("Budget"),
    AUTHORITY("Authority"),
    NEED("Need"),
    TIMEFRAME("Timeframe");

    private final String label;

    BantCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public BantItem of(Bant bant) {
        return switch (this) {
            case BUDGET -> bant.budget();
            case AUTHORITY -> bant.authority();
            case NEED -> bant.need();
            case TIMEFRAME -> bant.timeframe();
        };
    }
}
