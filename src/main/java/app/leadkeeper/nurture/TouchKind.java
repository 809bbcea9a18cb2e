package app.leadkeeper.nurture;

/** What kind of interaction a touch was. */
public enum TouchKind {
    EMAIL_SENT("Email sent"),
    EMAIL_OPENED("Email opened"),
    CALL("Call"),
    MEETING("Meeting"),
    WEBINAR_ATTENDED("Webinar attended"),
    CONTENT_DOWNLOADED("Content downloaded"),
    PRICING_PAGE_VISITED("Pricing page visited"),
    FORM_SUBMITTED("Form submitted"),
    NOTE("Note");

    private final String label;

    TouchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
