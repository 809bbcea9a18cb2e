package app.leadkeeper.leads;

/** Whether the lead agreed to be contacted. */
public enum Consent {
    YES,
    NO,
    UNKNOWN
}
