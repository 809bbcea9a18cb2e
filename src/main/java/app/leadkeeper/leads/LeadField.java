package app.leadkeeper.leads;

/** The fields of a lead that validation talks about, with the label the user sees. */
public enum LeadField {
    NAME("Name"),
    EMAIL("Email"),
    PHONE("Phone"),
    WEBSITE("Website"),
    COMPANY_SIZE("Company size"),
    DEAL_VALUE("Deal value"),
    REVENUE("Revenue"),
    TAGS("Tags");

    private final String label;

    LeadField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
