package app.leadkeeper.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The form or lead tool that wrote an export, recognised from its header row alone. */
public enum SourceTool {
    META_LEAD_ADS("Meta Lead Ads"),
    GOOGLE_FORMS("Google Forms"),
    TYPEFORM("Typeform"),
    GRAVITY_FORMS("Gravity Forms"),
    CONTACT_FORM_7("Contact Form 7 (CFDB7)"),
    CONTACT_FORM_DB("Contact Form 7 (CFDB)"),
    HUBSPOT("HubSpot contacts"),
    MAILCHIMP("Mailchimp audience"),
    LINKEDIN_LEAD_GEN("LinkedIn Lead Gen Forms"),
    JOTFORM("Jotform"),
    WPFORMS("WPForms"),
    ELEMENTOR("Elementor Forms"),
    GENERIC("Generic CSV");

    /** Google Forms names its first column "Timestamp" in the form owner's language. */
    private static final Set<String> GOOGLE_TIMESTAMPS = Set.of(
            "timestamp",
            "zeitstempel",
            "horodateur",
            "horodatage",
            "marcatemporal",
            "marcatiempo",
            "carimbodatahora",
            "informazionicronologiche",
            "tijdstempel",
            "sygnaturaczasowa");

    private final String displayName;

    SourceTool(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * Whether each row of the export is a form submission (a touch on the lead). Contact lists of a CRM or a mailing
     * tool, and CSVs of unknown origin, are not: their rows were not submitted by the lead on that day.
     */
    public boolean isFormTool() {
        return this != HUBSPOT && this != MAILCHIMP && this != GENERIC;
    }

    /** A short stable name for scripts and JSON output: "meta-lead-ads", …, "generic". */
    public String id() {
        return this == GENERIC ? "generic" : name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The tool whose export has this header (clean names, as in {@link SniffResult#header()}), or GENERIC. */
    public static SourceTool recognise(List<String> header) {
        if (header.isEmpty()) {
            return GENERIC;
        }
        Set<String> keys = new HashSet<>();
        for (String name : header) {
            keys.add(HeaderNames.key(name));
        }
        String first = HeaderNames.key(header.getFirst());
        String firstRaw = HeaderNames.clean(header.getFirst());
        if (keys.contains("createdtime")
                && (keys.contains("adid") || keys.contains("formid") || keys.contains("isorganic"))) {
            return META_LEAD_ADS;
        }
        if (firstRaw.equals("#")
                && (keys.contains("networkid") || keys.contains("responsetype") || keys.contains("submitdate"))) {
            return TYPEFORM;
        }
        if (keys.contains("emailaddress")
                && (keys.contains("memberrating")
                        || keys.contains("optintime")
                        || keys.contains("leid")
                        || keys.contains("euid"))) {
            return MAILCHIMP;
        }
        if (keys.contains("recordid")
                && (keys.contains("createdate") || keys.contains("contactowner") || keys.contains("leadstatus"))) {
            return HUBSPOT;
        }
        if (keys.contains("entryid") && keys.contains("entrydate")) {
            return GRAVITY_FORMS;
        }
        if (keys.contains("entryid")
                && (keys.contains("uniqueuserid") || keys.contains("entrynotes") || keys.contains("entrytype"))) {
            return WPFORMS;
        }
        if (keys.contains("formnameid") || (keys.contains("submissionid") && keys.contains("referrer"))) {
            return ELEMENTOR;
        }
        if (first.equals("submissiondate")
                || (keys.contains("submissiondate")
                        && (keys.contains("submissionid") || keys.contains("submissionip")))) {
            return JOTFORM;
        }
        if (keys.contains("formdate")) {
            return CONTACT_FORM_7;
        }
        if (keys.contains("submitted") && (keys.contains("submittedfrom") || keys.contains("submittedlogin"))) {
            return CONTACT_FORM_DB;
        }
        if (isLinkedIn(keys)) {
            return LINKEDIN_LEAD_GEN;
        }
        if (GOOGLE_TIMESTAMPS.contains(first)) {
            return GOOGLE_FORMS;
        }
        return GENERIC;
    }

    private static boolean isLinkedIn(Set<String> keys) {
        boolean mentionsLinkedIn = false;
        for (String key : keys) {
            mentionsLinkedIn |= key.contains("linkedin");
        }
        boolean leadGen = keys.contains("leadid") || keys.contains("leadtype") || keys.contains("formname");
        return (mentionsLinkedIn && (leadGen || keys.contains("campaignname")))
                || (keys.contains("leadtype") && keys.contains("formname") && keys.contains("campaignname"));
    }

    /** The display name of a tool by its {@link #id()}, or the id itself when it is not known (any more). */
    public static String displayNameOf(String id) {
        for (SourceTool tool : values()) {
            if (tool.id().equals(id)) {
                return tool.displayName();
            }
        }
        return id;
    }
}
