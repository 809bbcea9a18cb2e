package app.leadkeeper.leads;

/** The UTM parameters of the link that brought the lead. */
public record Utm(String source, String medium, String campaign, String term, String content) {
    public static final Utm NONE = new Utm(null, null, null, null, null);
}
