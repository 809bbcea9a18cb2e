package app.leadkeeper.leads;

/** A lead as other features are handed it: its id and the name the user knows it by (never empty). */
public record LeadRef(long id, String name) {

    public static LeadRef of(Lead lead) {
        return new LeadRef(
                lead.id(),
                name(lead.id(), lead.data().displayName(), lead.data().email()));
    }

    public static LeadRef of(LeadRow row) {
        return new LeadRef(row.id(), name(row.id(), row.name(), row.email()));
    }

    private static String name(long id, String displayName, String email) {
        if (displayName != null && !displayName.isBlank()) {
            return displayName;
        }
        return email != null && !email.isBlank() ? email : "Lead " + id;
    }
}
