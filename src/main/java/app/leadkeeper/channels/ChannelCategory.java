package app.leadkeeper.channels;

/** The kind of marketing a channel is. */
public enum ChannelCategory {
    SEO_BLOG("SEO / blog"),
    PAID_SEARCH("Paid search"),
    PAID_SOCIAL("Paid social"),
    ORGANIC_SOCIAL("Organic social"),
    EMAIL("Email"),
    REFERRAL("Referral"),
    PARTNER("Partner"),
    WEBINAR_EVENT("Webinar / event"),
    TRADE_SHOW("Trade show"),
    DIRECT_MAIL("Direct mail"),
    TV_RADIO("TV / radio"),
    PROMOTION("Promotion"),
    AFFILIATE("Affiliate"),
    OTHER("Other");

    private final String label;

    ChannelCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
