package app.leadkeeper.leads;

/** How far a lead is qualified: lead, marketing-qualified, sales-qualified, product-qualified, customer. */
public enum Qualification {
    LEAD("Lead"),
    MQL("MQL"),
    SQL("SQL"),
    PQL("PQL"),
    CUSTOMER("Customer");

    private final String label;

    Qualification(String label) {
        this.label = label;
    }

    /** The name the user sees. */
    public String label() {
        return label;
    }
}
