package app.leadkeeper.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The ad platforms whose spend reports Leadkeeper reads, each recognised from its header row alone, with the channel
 * its spend goes to unless the user names another.
 */
public enum AdPlatform {
    GOOGLE_ADS("Google Ads", "Google Ads"),
    META_ADS("Meta Ads Manager", "Facebook"),
    LINKEDIN_ADS("LinkedIn Campaign Manager", "LinkedIn");

    private final String displayName;
    private final String defaultChannel;

    AdPlatform(String displayName, String defaultChannel) {
        this.displayName = displayName;
        this.defaultChannel = defaultChannel;
    }

    public String displayName() {
        return displayName;
    }

    /** The channel the spend goes to when the user names none (seeded by the migrations). */
    public String defaultChannel() {
        return defaultChannel;
    }

    /** A short stable name for scripts, JSON and the import history: "google-ads", "meta-ads", "linkedin-ads". */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The platform of this id, for the import history. */
    public static Optional<AdPlatform> ofId(String id) {
        for (AdPlatform platform : values()) {
            if (platform.id().equals(id)) {
                return Optional.of(platform);
            }
        }
        return Optional.empty();
    }

    /**
     * The platform and columns of a header row, when it is one of a spend report: a date (or a start), a campaign
     * and an amount spent, named as the platform names them.
     */
    static Optional<SpendColumns> recognise(List<String> header) {
        List<String> keys = header.stream().map(AdPlatform::key).toList();
        // A list of people with a campaign and a cost per lead is still a list of leads, not a spend report.
        if (keys.stream().anyMatch(k -> k.contains("email") || k.contains("phone") || k.contains("telefon"))) {
            return Optional.empty();
        }
        int amountSpent = firstStarting(keys, "amountspent", "betragausgegeben", "importespeso", "montantdepense");
        if (amountSpent >= 0) {
            // Broken down by day, each row is its day; otherwise the row covers the reporting period.
            int day = first(keys, "day", "date", "tag", "datum", "dia", "jour");
            int start = first(keys, "reportingstarts", "berichtsbeginn", "iniciodelinforme", "debutdurapport");
            return Optional.of(new SpendColumns(
                    META_ADS,
                    day >= 0 ? day : start,
                    day >= 0 ? -1 : first(keys, "reportingends", "berichtsende", "findelinforme", "findurapport"),
                    SpendColumns.Period.DAY,
                    first(keys, "campaignname", "kampagnenname", "nombredelacampana", "nomdelacampagne"),
                    amountSpent,
                    first(keys, "currency", "wahrung"),
                    currencyInName(header.get(amountSpent)),
                    first(keys, "impressions", "impressionen"),
                    first(keys, "linkclicks", "clicksall", "linkklicks", "klicksalle", "clicks")));
        }
        int totalSpent = first(keys, "totalspent", "totalspentinlocalcurrency", "amountspentinlocalcurrency");
        int linkedInStart = firstStarting(keys, "startdate");
        if (totalSpent >= 0 && linkedInStart >= 0) {
            return Optional.of(new SpendColumns(
                    LINKEDIN_ADS,
                    linkedInStart,
                    firstStarting(keys, "enddate"),
                    SpendColumns.Period.DAY,
                    first(keys, "campaignname", "campaign"),
                    totalSpent,
                    first(keys, "currency"),
                    null,
                    first(keys, "impressions"),
                    first(keys, "clicks")));
        }
        int cost = first(keys, "cost", "kosten", "coste", "cout");
        int campaign = first(keys, "campaign", "kampagne", "campana", "campagne");
        if (cost >= 0 && campaign >= 0) {
            int day = first(keys, "day", "date", "tag", "datum", "dia", "jour");
            int week = first(keys, "week", "woche", "semana", "semaine");
            int month = first(keys, "month", "monat", "mes", "mois");
            SpendColumns.Period period = day >= 0
                    ? SpendColumns.Period.DAY
                    : week >= 0 ? SpendColumns.Period.WEEK : SpendColumns.Period.MONTH;
            return Optional.of(new SpendColumns(
                    GOOGLE_ADS,
                    day >= 0 ? day : week >= 0 ? week : month,
                    -1,
                    period,
                    campaign,
                    cost,
                    first(keys, "currencycode", "currency", "wahrungscode", "codigodemoneda", "codedeladevise"),
                    null,
                    first(keys, "impr", "impressions", "impressionen", "impresiones"),
                    first(keys, "clicks", "klicks", "clics")));
        }
        return Optional.empty();
    }

    /** A column name folded to letters and digits: "Amount spent (EUR)" → "amountspenteur". */
    static String key(String name) {
        String folded = app.leadkeeper.core.TextKeys.fold(name);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int first(List<String> keys, String... names) {
        for (String name : names) {
            int at = keys.indexOf(name);
            if (at >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static int firstStarting(List<String> keys, String... prefixes) {
        for (String prefix : prefixes) {
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).startsWith(prefix)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Meta names the currency in the amount's column: "Amount spent (EUR)". */
    private static String currencyInName(String name) {
        int open = name.lastIndexOf('(');
        int close = name.lastIndexOf(')');
        if (open >= 0 && close == open + 4) {
            String code = name.substring(open + 1, close).strip().toUpperCase(Locale.ROOT);
            return code.chars().allMatch(Character::isLetter) ? code : null;
        }
        return null;
    }
}
