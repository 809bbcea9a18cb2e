package app.leadkeeper.leads;

/** Whether the lead is still being worked, or ended won or lost. */
public enum LeadStatus {
    OPEN,
    WON,
    LOST
}
