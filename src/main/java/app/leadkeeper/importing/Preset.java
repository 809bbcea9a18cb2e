package app.leadkeeper.importing;

import app.leadkeeper.core.TextKeys;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * What a tool's export means beyond its header words: columns whose meaning is the tool's own (Gravity's "Source
 * Url" is the landing page, Meta's "platform" is the channel), the columns whose times are UTC, and the channel its
 * leads came through.
 *
 * @param channel the channel name when the row itself names none (null for a generic file)
 * @param columns header keys ({@link HeaderNames#key}) that mean a given target for this tool
 * @param channelValues what the tool writes in its channel column (folded) and the channel name it means
 * @param utcColumns header keys whose times the tool writes in UTC without saying so in the value
 * @param firstColumn the target of the first column whatever its name (Google Forms' timestamp), or null
 */
public record Preset(
        SourceTool tool,
        String channel,
        Map<String, Target> columns,
        Map<String, String> channelValues,
        Set<String> utcColumns,
        Target firstColumn) {

    private static final Map<SourceTool, Preset> PRESETS = new EnumMap<>(SourceTool.class);

    static {
        add(new Preset(
                SourceTool.META_LEAD_ADS,
                "Facebook Lead Ads",
                Map.of(
                        "createdtime", Target.CREATED_AT,
                        "platform", Target.CHANNEL,
                        "campaignname", Target.CAMPAIGN,
                        "phonenumber", Target.PHONE,
                        "fullname", Target.FULL_NAME,
                        "formname", Target.CUSTOM,
                        "adname", Target.CUSTOM,
                        "adsetname", Target.CUSTOM,
                        "id", Target.CUSTOM),
                Map.of(
                        "fb", "Facebook Lead Ads",
                        "facebook", "Facebook Lead Ads",
                        "ig", "Instagram Lead Ads",
                        "instagram", "Instagram Lead Ads",
                        "msg", "Messenger Lead Ads",
                        "messenger", "Messenger Lead Ads",
                        "wa", "WhatsApp Lead Ads",
                        "whatsapp", "WhatsApp Lead Ads",
                        "an", "Audience Network Lead Ads"),
                Set.of(),
                null));
        add(simple(SourceTool.GOOGLE_FORMS, "Google Forms", Map.of()).withFirstColumn(Target.CREATED_AT));
        add(new Preset(
                SourceTool.TYPEFORM,
                "Typeform",
                Map.of(
                        "submitdate", Target.CREATED_AT,
                        "startdate", Target.CUSTOM,
                        "stagedate", Target.CUSTOM,
                        "tags", Target.TAGS,
                        "networkid", Target.CUSTOM,
                        "responsetype", Target.CUSTOM),
                Map.of(),
                Set.of("submitdate", "startdate", "stagedate"),
                null));
        add(simple(
                SourceTool.GRAVITY_FORMS,
                "Gravity Forms",
                Map.of(
                        "entrydate", Target.CREATED_AT,
                        "sourceurl", Target.LANDING_PAGE,
                        "entryid", Target.CUSTOM,
                        "dateupdated", Target.CUSTOM)));
        add(simple(
                SourceTool.CONTACT_FORM_7,
                "Contact Form 7",
                Map.of("formdate", Target.CREATED_AT, "formid", Target.CUSTOM)));
        add(simple(
                SourceTool.CONTACT_FORM_DB,
                "Contact Form 7",
                Map.of("submitted", Target.CREATED_AT, "submittedfrom", Target.CUSTOM)));
        add(simple(
                SourceTool.HUBSPOT,
                "HubSpot",
                Map.of(
                        "createdate", Target.CREATED_AT,
                        "originalsource", Target.CHANNEL,
                        "latestsource", Target.CUSTOM,
                        "recordid", Target.CUSTOM,
                        "mobilephonenumber", Target.PHONE)));
        add(new Preset(
                SourceTool.MAILCHIMP,
                "Mailchimp",
                Map.of(
                        "optintime", Target.CONSENT_TIME,
                        "confirmtime", Target.CONSENT_TIME,
                        "optinip", Target.CONSENT_IP,
                        "confirmip", Target.CONSENT_IP,
                        "unsubtime", Target.UNSUBSCRIBED_AT,
                        "tags", Target.TAGS,
                        "lastchanged", Target.CUSTOM),
                Map.of(),
                Set.of("optintime", "confirmtime", "unsubtime", "lastchanged", "cleantime"),
                null));
        add(simple(
                SourceTool.LINKEDIN_LEAD_GEN,
                "LinkedIn Lead Gen Forms",
                Map.of(
                        "submittedat", Target.CREATED_AT,
                        "datesubmitted", Target.CREATED_AT,
                        "campaignname", Target.CAMPAIGN,
                        "countryregion", Target.COUNTRY)));
        add(simple(
                SourceTool.JOTFORM,
                "Jotform",
                Map.of("submissiondate", Target.CREATED_AT, "submissionid", Target.CUSTOM)));
        add(simple(SourceTool.WPFORMS, "WPForms", Map.of("date", Target.CREATED_AT, "entryid", Target.CUSTOM)));
        add(simple(
                SourceTool.ELEMENTOR,
                "Elementor Forms",
                Map.of(
                        "createdat", Target.CREATED_AT,
                        "referrer", Target.LANDING_PAGE,
                        "formnameid", Target.CUSTOM,
                        "submissionid", Target.CUSTOM)));
        add(simple(SourceTool.GENERIC, null, Map.of()));
    }

    public Preset {
        columns = Map.copyOf(columns);
        channelValues = Map.copyOf(channelValues);
        utcColumns = Set.copyOf(utcColumns);
    }

    private static Preset simple(SourceTool tool, String channel, Map<String, Target> columns) {
        return new Preset(tool, channel, columns, Map.of(), Set.of(), null);
    }

    private Preset withFirstColumn(Target target) {
        return new Preset(tool, channel, columns, channelValues, utcColumns, target);
    }

    private static void add(Preset preset) {
        PRESETS.put(preset.tool(), preset);
    }

    public static Preset of(SourceTool tool) {
        return PRESETS.get(tool);
    }

    /** The target this tool gives the column at {@code index} with this header, or null when it says nothing. */
    Target targetOf(int index, String header) {
        if (index == 0 && firstColumn != null) {
            return firstColumn;
        }
        return columns.get(HeaderNames.key(header));
    }

    /** Whether this tool writes the times of this column in UTC. */
    boolean isUtc(String header) {
        return utcColumns.contains(HeaderNames.key(header));
    }

    /** The channel a value of the channel column names: the tool's own codes first ("ig"), then common names. */
    String channelFor(String value) {
        String folded = TextKeys.fold(value);
        String own = channelValues.get(folded);
        return own != null ? own : Channels.name(value);
    }
}
