package app.leadkeeper.leads;

/** How far a lead is qualified: lead, marketing-qualified, sales-qualified, product-qualified, customer. */
public enum Qualification {
    LEAD,
    MQL,
    SQL,
    PQL,
    CUSTOMER
}
