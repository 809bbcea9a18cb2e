package app.leadkeeper.scoring;

/** The lead values an attribute rule can test. {@link #CUSTOM_FIELD} names the field in the rule. */
public enum LeadAttribute {
    JOB_TITLE("Job title"),
    COMPANY("Company"),
    COMPANY_SIZE("Company size"),
    BUDGET("Budget"),
    EMAIL("Email"),
    EMAIL_DOMAIN("Email domain"),
    PHONE("Phone"),
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
    DEAL_VALUE("Deal value"),
    TAG("Tag"),
    CUSTOM_FIELD("Custom field");

    private final String label;

    LeadAttribute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Company size and deal value are numbers; every other attribute is text (a custom field may hold a number). */
    public boolean numeric() {
        return this == COMPANY_SIZE || this == DEAL_VALUE;
    }

    @Override
    public String toString() {
        return label;
    }
}
