package app.leadkeeper.leads;

/** The BANT filter of the leads table: one criterion answered yes, all four, or none answered yet. */
public enum BantFilter {
    BUDGET_YES("Budget: yes"),
    AUTHORITY_YES("Authority: yes"),
    NEED_YES("Need: yes"),
    TIMEFRAME_YES("Timeframe: yes"),
    ALL_YES("All four: yes"),
    UNANSWERED("Not answered yet");

    private final String label;

    BantFilter(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
