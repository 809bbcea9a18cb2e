package app.leadkeeper.nurture;

/** A lead as the task dialog offers it: who it is, enough to tell two Annas apart. */
public record LeadChoice(long id, String name, String company, String email) {

    /** "Ada Lovelace · Analytical Engines"; the email or the id stand in for a missing name. */
    public String label() {
        String who = name != null && !name.isBlank() ? name : email != null && !email.isBlank() ? email : "Lead " + id;
        return company == null || company.isBlank() ? who : who + " · " + company;
    }

    @Override
    public String toString() {
        return label();
    }
}
