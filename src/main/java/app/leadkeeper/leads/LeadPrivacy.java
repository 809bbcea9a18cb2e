package app.leadkeeper.leads;

/**
 * What the privacy feature adds to the Leads view: "Export this person's data…" and "Erase this person…" on one lead,
 * from the table's menu, the Leads menu and the detail pane. Privacy depends on leads, so leads knows only this
 * interface; the main window hands in the implementation.
 */
public interface LeadPrivacy {
    /** Asks where to save, then writes everything about the lead as JSON, in the background. */
    void exportPerson(LeadRef lead);

    /**
     * Asks first, naming the person and saying it cannot be undone; erases in the background; then says what was done
     * and which backups may still hold them. {@code erased} runs on the FX thread once the person is gone.
     */
    void erase(LeadRef lead, Runnable erased);
}
