package app.leadkeeper.demo;

import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;
import java.util.List;

/**
 * The channels demo leads arrive through, with their campaigns, offers (lead magnets), landing pages and the UTM
 * source and medium their links carry. Weights are rough shares of all demo leads.
 */
public enum DemoChannel {
    GOOGLE_ADS(
            "Google Ads",
            ChannelCategory.PAID_SEARCH,
            Direction.INBOUND,
            22,
            "google",
            "cpc",
            "Brand – Search|Generic – Lead tracking|Competitors – Search|Remarketing – Display|Performance Max – EU",
            "Free trial|Demo call|Pricing guide|Discount 20%",
            "/lp/free-trial|/lp/demo|/pricing|/lp/crm-for-small-business"),
    FACEBOOK_LEAD_ADS(
            "Facebook Lead Ads",
            ChannelCategory.PAID_SOCIAL,
            Direction.INBOUND,
            15,
            "facebook",
            "paid_social",
            "Spring Promo|Lookalike 1% – Customers|Retargeting – Website visitors|Black Friday",
            "Discount 20%|Free trial|Checklist: 10 follow-up emails|Free consultation",
            "/lp/spring-promo|/lp/checklist|/lp/consultation"),
    LINKEDIN(
            "LinkedIn",
            ChannelCategory.PAID_SOCIAL,
            Direction.INBOUND,
            10,
            "linkedin",
            "paid_social",
            "Decision makers – DACH|Founders – EU|Whitepaper – Lead scoring|Sponsored InMail – Q4",
            "Ebook: Lead scoring 101|Whitepaper: The 7-touch rule|Demo call|Webinar seat",
            "/lp/ebook-lead-scoring|/lp/whitepaper|/lp/demo"),
    BLOG(
            "Blog",
            ChannelCategory.SEO_BLOG,
            Direction.INBOUND,
            18,
            null,
            null,
            "",
            "Newsletter signup|Checklist download|Template: follow-up cadence|Ebook: Lead scoring 101",
            "/blog/how-to-qualify-leads|/blog/lead-scoring-explained|/blog/cold-email-vs-inbound"
                    + "|/blog/bant-framework|/blog/crm-for-plumbers"),
    NEWSLETTER(
            "Newsletter",
            ChannelCategory.EMAIL,
            Direction.INBOUND,
            8,
            "newsletter",
            "email",
            "Monthly newsletter|Product update|Re-engagement",
            "Webinar seat|Case study|Upgrade offer",
            "/case-studies|/pricing|/webinars"),
    REFERRAL(
            "Referral",
            ChannelCategory.REFERRAL,
            Direction.INBOUND,
            8,
            null,
            null,
            "Customer referral program|Partner referral",
            "Free consultation|Referral discount",
            "/referral"),
    TRADE_SHOW(
            "Trade show",
            ChannelCategory.TRADE_SHOW,
            Direction.INBOUND,
            5,
            null,
            null,
            "Small Business Expo|Web Summit|Craft & Trade Fair",
            "Demo at booth|Prize draw",
            ""),
    WEBINAR(
            "Webinar",
            ChannelCategory.WEBINAR_EVENT,
            Direction.INBOUND,
            7,
            "webinar",
            "event",
            "Webinar: Lead scoring 101|Webinar: Nurture in 7 touches|Live Q&A: Pipelines",
            "Webinar seat",
            "/webinars/lead-scoring-101|/webinars/nurture|/webinars/live-qa"),
    COLD_LIST(
            "Cold list",
            ChannelCategory.OTHER,
            Direction.OUTBOUND,
            7,
            null,
            null,
            "Purchased list – Q3|Trade directory",
            "",
            "");

    /** The site the landing pages are on: a reserved example domain, never a real one. */
    static final String SITE = "https://www.brightdesk.example";

    private final String label;
    private final ChannelCategory category;
    private final Direction direction;
    private final int weight;
    private final String utmSource;
    private final String utmMedium;
    private final List<String> campaigns;
    private final List<String> offers;
    private final List<String> landingPaths;

    DemoChannel(
            String label,
            ChannelCategory category,
            Direction direction,
            int weight,
            String utmSource,
            String utmMedium,
            String campaigns,
            String offers,
            String landingPaths) {
        this.label = label;
        this.category = category;
        this.direction = direction;
        this.weight = weight;
        this.utmSource = utmSource;
        this.utmMedium = utmMedium;
        this.campaigns = DemoCulture.texts(campaigns);
        this.offers = DemoCulture.texts(offers);
        this.landingPaths = DemoCulture.texts(landingPaths);
    }

    public String label() {
        return label;
    }

    public ChannelCategory category() {
        return category;
    }

    public Direction direction() {
        return direction;
    }

    int weight() {
        return weight;
    }

    /** The UTM source, or null for channels whose links carry no UTM parameters. */
    String utmSource() {
        return utmSource;
    }

    String utmMedium() {
        return utmMedium;
    }

    boolean paid() {
        return category == ChannelCategory.PAID_SEARCH || category == ChannelCategory.PAID_SOCIAL;
    }

    /** Events and campaigns that run again each year carry the year in their name. */
    boolean yearly() {
        return this == TRADE_SHOW || this == COLD_LIST;
    }

    boolean event() {
        return this == TRADE_SHOW || this == WEBINAR;
    }

    List<String> campaigns() {
        return campaigns;
    }

    List<String> offers() {
        return offers;
    }

    List<String> landingPaths() {
        return landingPaths;
    }
}
