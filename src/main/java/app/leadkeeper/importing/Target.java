package app.leadkeeper.importing;

/** Where the values of one column of an import file go. */
public enum Target {
    FIRST_NAME("First name"),
    LAST_NAME("Last name"),
    FULL_NAME("Full name"),
    EMAIL("Email"),
    PHONE("Phone"),
    COMPANY("Company"),
    JOB_TITLE("Job title"),
    COMPANY_SIZE("Company size"),
    BUDGET("Budget"),
    WEBSITE("Website"),
    CITY("City"),
    COUNTRY("Country"),
    MESSAGE("Message"),
    CHANNEL("Channel"),
    CAMPAIGN("Campaign"),
    OFFER("Offer"),
    LANDING_PAGE("Landing page"),
    UTM_SOURCE("UTM source"),
    UTM_MEDIUM("UTM medium"),
    UTM_CAMPAIGN("UTM campaign"),
    UTM_TERM("UTM term"),
    UTM_CONTENT("UTM content"),
    CREATED_AT("Created at"),
    CONSENT("Consent"),
    CONSENT_TIME("Consent time"),
    CONSENT_IP("Consent IP"),
    UNSUBSCRIBED_AT("Unsubscribed at"),
    TAGS("Tags"),
    DEAL_VALUE("Deal value"),
    /** The funnel stage by name; a value that names no stage stays a custom field and the lead enters the first. */
    STAGE("Stage"),
    /** Kept as a custom field named by the column's header: the default for anything not recognised. */
    CUSTOM("Custom field"),
    /** Left out on purpose; only a person chooses this, the automatic mapping never does. */
    IGNORE("Do not import");

    private final String label;

    Target(String label) {
        this.label = label;
    }

    /** The name the mapping table shows. */
    public String label() {
        return label;
    }

    /** Whether the column holds a date and time, whose day/month order is decided over the whole column. */
    public boolean isDate() {
        return this == CREATED_AT || this == CONSENT_TIME || this == UNSUBSCRIBED_AT;
    }
}
