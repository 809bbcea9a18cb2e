package app.leadkeeper.exporting;

import java.util.List;
import java.util.function.Function;

/**
 * The columns of a lead export, in the order of the CSV contract (new columns are only ever added at the end). Each
 * has the CSV header {@link #key()} (stable, for scripts and for importing the file again), the spreadsheet header
 * {@link #label()}, what it holds and how to read it off a row.
 */
public enum LeadColumn {
    ID("id", "ID", CellKind.ID, 9, LeadExportRow::id),
    FIRST_NAME("first_name", "First name", CellKind.TEXT, 16, LeadExportRow::firstName),
    LAST_NAME("last_name", "Last name", CellKind.TEXT, 18, LeadExportRow::lastName),
    FULL_NAME("full_name", "Name", CellKind.TEXT, 26, LeadExportRow::fullName),
    EMAIL("email", "Email", CellKind.TEXT, 32, LeadExportRow::email),
    PHONE("phone", "Phone", CellKind.PHONE, 18, LeadExportRow::phone),
    COMPANY("company", "Company", CellKind.TEXT, 26, LeadExportRow::company),
    JOB_TITLE("job_title", "Job title", CellKind.TEXT, 22, LeadExportRow::jobTitle),
    CHANNEL("channel", "Channel", CellKind.TEXT, 16, LeadExportRow::channel),
    CAMPAIGN("campaign", "Campaign", CellKind.TEXT, 22, LeadExportRow::campaign),
    CREATED_AT("created_at", "Created", CellKind.DATE_TIME, 17, LeadExportRow::createdAt),
    PHONE_E164("phone_e164", "Phone (E.164)", CellKind.PHONE, 17, LeadExportRow::phoneE164),
    COMPANY_SIZE("company_size", "Company size", CellKind.INTEGER, 13, LeadExportRow::companySize),
    BUDGET("budget", "Budget", CellKind.TEXT, 14, LeadExportRow::budget),
    WEBSITE("website", "Website", CellKind.TEXT, 26, LeadExportRow::website),
    CITY("city", "City", CellKind.TEXT, 16, LeadExportRow::city),
    COUNTRY("country", "Country", CellKind.TEXT, 14, LeadExportRow::country),
    OFFER("offer", "Offer", CellKind.TEXT, 20, LeadExportRow::offer),
    LANDING_PAGE("landing_page", "Landing page", CellKind.TEXT, 28, LeadExportRow::landingPage),
    UTM_SOURCE("utm_source", "UTM source", CellKind.TEXT, 14, LeadExportRow::utmSource),
    UTM_MEDIUM("utm_medium", "UTM medium", CellKind.TEXT, 14, LeadExportRow::utmMedium),
    UTM_CAMPAIGN("utm_campaign", "UTM campaign", CellKind.TEXT, 18, LeadExportRow::utmCampaign),
    UTM_TERM("utm_term", "UTM term", CellKind.TEXT, 14, LeadExportRow::utmTerm),
    UTM_CONTENT("utm_content", "UTM content", CellKind.TEXT, 14, LeadExportRow::utmContent),
    CONSENT("consent", "Consent", CellKind.TEXT, 10, LeadExportRow::consent, true),
    CONSENT_AT("consent_at", "Consent given", CellKind.DATE_TIME, 17, LeadExportRow::consentAt),
    CONSENT_METHOD("consent_method", "Consent method", CellKind.TEXT, 16, LeadExportRow::consentMethod, true),
    QUALIFICATION("qualification", "Qualification", CellKind.TEXT, 13, LeadExportRow::qualification, true),
    STATUS("status", "Status", CellKind.TEXT, 10, LeadExportRow::status, true),
    SCORE("score", "Score", CellKind.INTEGER, 8, LeadExportRow::score),
    DEAL_VALUE("deal_value", "Deal value", CellKind.MONEY, 13, LeadExportRow::dealValue),
    TAGS("tags", "Tags", CellKind.TEXT, 20, LeadExportRow::tags),
    ADDED_AT("added_at", "Added", CellKind.DATE_TIME, 17, LeadExportRow::addedAt),
    MESSAGE("message", "Message", CellKind.TEXT, 40, LeadExportRow::message),
    OUTBOUND("outbound", "Outbound", CellKind.BOOLEAN, 10, LeadExportRow::outbound),
    LOST_REASON("lost_reason", "Lost reason", CellKind.TEXT, 18, LeadExportRow::lostReason),
    WON_AT("won_at", "Won", CellKind.DATE_TIME, 17, LeadExportRow::wonAt),
    REVENUE("revenue", "Revenue", CellKind.MONEY, 13, LeadExportRow::revenue),
    STAGE("stage", "Stage", CellKind.TEXT, 14, LeadExportRow::stage),
    /** The name as the table shows it; for view exports, not part of the full export (it has the three parts). */
    NAME("name", "Name", CellKind.TEXT, 26, LeadExportRow::name);

    /** The columns of a full export, in the file's order. */
    public static final List<LeadColumn> ALL =
            java.util.Arrays.stream(values()).filter(c -> c != NAME).toList();

    private final String key;
    private final String label;
    private final CellKind kind;
    private final int width;
    private final Function<LeadExportRow, Object> value;
    private final boolean coded;

    LeadColumn(String key, String label, CellKind kind, int width, Function<LeadExportRow, Object> value) {
        this(key, label, kind, width, value, false);
    }

    LeadColumn(
            String key, String label, CellKind kind, int width, Function<LeadExportRow, Object> value, boolean coded) {
        this.coded = coded;
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.width = width;
        this.value = value;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public CellKind kind() {
        return kind;
    }

    /** The column's width in a spreadsheet, in characters. */
    public int width() {
        return width;
    }

    /**
     * Whether the column holds a code (OPEN, MQL, DOUBLE_OPT_IN): CSV keeps the code, for scripts and a later import;
     * a spreadsheet shows it in words (Open, MQL, Double opt in).
     */
    public boolean coded() {
        return coded;
    }

    /** Whether the same few texts repeat down this column (channels, statuses, countries…), rather than one per lead. */
    public boolean repetitive() {
        return switch (this) {
            case JOB_TITLE,
                    CHANNEL,
                    CAMPAIGN,
                    BUDGET,
                    CITY,
                    COUNTRY,
                    OFFER,
                    LANDING_PAGE,
                    UTM_SOURCE,
                    UTM_MEDIUM,
                    UTM_CAMPAIGN,
                    UTM_TERM,
                    UTM_CONTENT,
                    CONSENT,
                    CONSENT_METHOD,
                    QUALIFICATION,
                    STATUS,
                    TAGS,
                    LOST_REASON,
                    STAGE -> true;
            default -> false;
        };
    }

    /** The row's value in this column: a String, Number, Boolean or OffsetDateTime, or null. */
    public Object value(LeadExportRow row) {
        return value.apply(row);
    }

    /**
     * The columns of the Leads table's visible columns, in order ({@code col-name} is the name as shown; columns with
     * nothing to export, such as the BANT letters or the touch progress, are left out).
     */
    public static List<LeadColumn> ofTable(List<String> columnIds) {
        List<LeadColumn> columns = new java.util.ArrayList<>();
        for (String id : columnIds) {
            LeadColumn column = switch (id) {
                case "col-name" -> NAME;
                case "col-email" -> EMAIL;
                case "col-phone" -> PHONE;
                case "col-company" -> COMPANY;
                case "col-job-title" -> JOB_TITLE;
                case "col-channel" -> CHANNEL;
                case "col-campaign" -> CAMPAIGN;
                case "col-created" -> CREATED_AT;
                case "col-status" -> STATUS;
                case "col-qualification" -> QUALIFICATION;
                case "col-stage" -> STAGE;
                case "col-score" -> SCORE;
                default -> null;
            };
            if (column != null && !columns.contains(column)) {
                columns.add(column);
            }
        }
        return columns;
    }

    /** The column of a CSV header key, if any. */
    public static java.util.Optional<LeadColumn> ofKey(String key) {
        for (LeadColumn c : values()) {
            if (c.key.equals(key)) {
                return java.util.Optional.of(c);
            }
        }
        return java.util.Optional.empty();
    }
}
