package app.leadkeeper.importing;

/** A lead an import created or updated, with its revision right after the import. */
public record LeadChange(long leadId, Kind kind, int revisionAfter) {
    /** What the import did to the lead. */
    public enum Kind {
        CREATED,
        UPDATED
    }
}
