package app.leadkeeper.importing;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.ConsentRecord;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Utm;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values of one row as they are collected column by column, then checked together: a row needs a valid email
 * or phone; what does not fit a field is kept as a custom field under its header, with a warning when it was meant
 * to be one.
 */
final class RowValues {
    private final RowConverter c;
    private final String[] text = new String[Target.values().length];
    private Map<String, String> custom;
    private List<String> warnings;
    private String email;
    private String invalidEmail;
    private String phone;
    private String phoneE164;
    private String phoneProblem;
    private int phoneProblemColumn;
    private Integer companySize;
    private BigDecimal dealValue;
    private CreatedAt created;
    private OffsetDateTime consentTime;
    private OffsetDateTime unsubscribedAt;
    private Consent consentAnswer;
    private StringBuilder evidence;
    private List<String> tags;
    private Long stageId;

    RowValues(RowConverter converter) {
        this.c = converter;
    }

    void put(int column, Target target, String value) {
        switch (target) {
            case EMAIL -> email(column, value);
            case PHONE -> phone(column, value);
            case COMPANY_SIZE -> companySize(column, value);
            case DEAL_VALUE -> dealValue(column, value);
            case WEBSITE -> website(column, value);
            case CREATED_AT -> created(column, value);
            case CONSENT -> {
                if (consentAnswer == null) {
                    consentAnswer = c.remember(c.consentAnswers, value, ConsentAnswers::of);
                }
                evidence(column, value);
            }
            case CONSENT_TIME -> {
                if (consentTime == null) {
                    consentTime = time(column, value);
                }
                evidence(column, value);
            }
            case CONSENT_IP -> evidence(column, value);
            case UNSUBSCRIBED_AT -> {
                if (unsubscribedAt == null) {
                    unsubscribedAt = time(column, value);
                }
                evidence(column, value);
            }
            case TAGS -> tags(column, value);
            case STAGE -> stage(column, value);
            case CUSTOM -> custom(column, value);
            default -> single(column, target, value);
        }
    }

    private void single(int column, Target target, String value) {
        String current = text[target.ordinal()];
        if (current == null) {
            text[target.ordinal()] = value;
        } else if (!current.equals(value)) {
            custom(column, value);
        }
    }

    private void stage(int column, String value) {
        Long id = c.context.stageId(value);
        if (id == null) {
            custom(column, value);
            warn("Stage: \"" + value + "\" is not a stage of the pipeline; kept as the custom field \""
                    + c.names[column] + "\", the lead enters the first stage");
        } else if (stageId == null) {
            stageId = id;
        }
    }

    private void custom(int column, String value) {
        if (custom == null) {
            custom = new LinkedHashMap<>();
        }
        custom.put(c.names[column], value);
    }

    private void warn(String warning) {
        if (warnings == null) {
            warnings = new ArrayList<>(2);
        }
        warnings.add(warning);
    }

    private void email(int column, String value) {
        if (Emails.isValid(value)) {
            if (email == null) {
                email = value;
            } else if (!email.equalsIgnoreCase(value)) {
                custom(column, value);
            }
            return;
        }
        custom(column, value);
        if (invalidEmail == null) {
            invalidEmail = value;
        }
    }

    private void phone(int column, String value) {
        String raw = PhoneValues.withoutPrefix(value);
        if (raw.isEmpty()) {
            return;
        }
        if (phoneE164 != null) {
            if (!raw.equals(phone)) {
                custom(column, value);
            }
            return;
        }
        if (PhoneValues.isScientific(raw)) {
            custom(column, value);
            phoneProblem(
                    column,
                    "Phone: \"" + value + "\" was turned into a number in scientific notation by a"
                            + " spreadsheet, so its last digits are lost");
            return;
        }
        String e164 = c.phones.toE164(raw);
        if (e164 == null) {
            custom(column, value);
            phoneProblem(
                    column,
                    "Phone: \"" + value + "\" is not a valid phone number for region " + c.region
                            + " (numbers from other countries need + and the country code)");
            return;
        }
        phone = raw;
        phoneE164 = e164;
    }

    /** Remembers the first phone problem: the rejection when the row has no email, else a warning. */
    private void phoneProblem(int column, String problem) {
        if (phoneProblem == null) {
            phoneProblem = problem;
            phoneProblemColumn = column;
        }
    }

    private void companySize(int column, String value) {
        Integer size = Numbers.companySize(value);
        if (size != null && companySize == null) {
            companySize = size;
        }
        if (size == null || !PhoneValues.isDigits(value)) {
            custom(column, value); // "11-50" or "Small": the text says more than the number
        }
    }

    private void dealValue(int column, String value) {
        BigDecimal amount = Numbers.decimal(value, c.decimalComma);
        if (amount != null && amount.signum() >= 0 && dealValue == null) {
            dealValue = amount;
        } else {
            custom(column, value);
            if (amount == null || amount.signum() < 0) {
                warn(c.names[column] + ": \"" + value + "\" is not an amount; kept as a custom field");
            }
        }
    }

    private void website(int column, String value) {
        if (value.indexOf(' ') < 0 && value.indexOf('.') > 0) {
            single(column, Target.WEBSITE, value);
        } else {
            custom(column, value);
            warn(c.names[column] + ": \"" + value + "\" is not a web address; kept as a custom field");
        }
    }

    private void created(int column, String value) {
        if (created != null) {
            custom(column, value);
            return;
        }
        DateParser.Value date = DateParser.parse(value, c.orders[column]);
        if (date == null) {
            custom(column, value);
            warn(c.names[column] + ": \"" + value + "\" is not a date; kept as a custom field");
            return;
        }
        created = createdAt(column, date);
    }

    private CreatedAt createdAt(int column, DateParser.Value date) {
        if (date.offset() != null) {
            return new CreatedAt(date.local().atOffset(date.offset()), true);
        }
        if (c.utc[column]) {
            return new CreatedAt(date.local().atOffset(ZoneOffset.UTC), true);
        }
        return new CreatedAt(date.local().atZone(c.context.zone()).toOffsetDateTime(), false);
    }

    private OffsetDateTime time(int column, String value) {
        DateParser.Value date = DateParser.parse(value, c.orders[column]);
        return date == null ? null : createdAt(column, date).at();
    }

    private void evidence(int column, String value) {
        if (evidence == null) {
            evidence = new StringBuilder();
        } else {
            evidence.append(", ");
        }
        evidence.append(c.names[column]).append(": ").append(value);
    }

    private void tags(int column, String value) {
        List<String> split = TagLists.split(value);
        if (split == null) {
            custom(column, value);
            warn(c.names[column] + ": a tag is longer than " + TagLists.MAX_TAG_LENGTH
                    + " characters; the value is kept as a custom field");
            return;
        }
        if (tags == null) {
            tags = split;
        } else {
            for (String tag : split) {
                if (!tags.contains(tag)) {
                    tags.add(tag);
                }
            }
        }
    }

    ImportRecord finish(long line, CsvRecord record) {
        String rejection = contactProblem();
        if (rejection != null) {
            return ImportRecord.refused(line, rejection, record.getFields());
        }
        if (invalidEmail != null) {
            warn("Email: \"" + invalidEmail + "\" is not a valid email address; kept as a custom field");
        }
        if (phoneProblem != null) {
            warn(phoneProblem + "; kept as the custom field \"" + c.names[phoneProblemColumn] + "\", not as the"
                    + " phone");
        }
        LeadData.Builder lead = LeadData.builder();
        names(lead);
        lead.email(email).phone(phone);
        lead.company(text(Target.COMPANY))
                .jobTitle(text(Target.JOB_TITLE))
                .companySize(companySize)
                .budget(text(Target.BUDGET))
                .website(text(Target.WEBSITE))
                .city(text(Target.CITY))
                .country(text(Target.COUNTRY))
                .message(text(Target.MESSAGE))
                .offer(text(Target.OFFER))
                .landingPage(text(Target.LANDING_PAGE))
                .dealValue(dealValue)
                .stageId(stageId);
        Utm utm = utm();
        lead.utm(utm);
        lead.campaign(text(Target.CAMPAIGN) != null ? text(Target.CAMPAIGN) : utm.campaign());
        CreatedAt when = created != null
                ? created
                : consentTime != null ? CreatedAt.known(consentTime) : CreatedAt.known(c.importTime);
        lead.created(when);
        lead.consent(consent(when));
        lead.tags(tags == null ? List.of() : tags);
        lead.customFields(custom == null ? Map.of() : custom);
        return new ImportRecord(
                line, lead.build(), channel(utm), null, warnings, phoneE164, List.of(), channelValue(utm));
    }

    private String contactProblem() {
        if (email != null || phoneE164 != null) {
            return null;
        }
        if (invalidEmail != null && phoneProblem != null) {
            return "Email: \"" + invalidEmail + "\" is not a valid email address; " + phoneProblem;
        }
        if (invalidEmail != null) {
            return "Email: \"" + invalidEmail + "\" is not a valid email address";
        }
        if (phoneProblem != null) {
            return phoneProblem;
        }
        return "Email, Phone: the row has neither an email nor a phone, and a lead needs one of them";
    }

    private void names(LeadData.Builder lead) {
        String first = text(Target.FIRST_NAME);
        String last = text(Target.LAST_NAME);
        String full = text(Target.FULL_NAME);
        if (full != null && first == null && last == null) {
            PersonNames.Parts parts = PersonNames.split(full);
            first = parts.first();
            last = parts.last();
        } else if (full == null) {
            full = PersonNames.join(first, last);
        }
        lead.firstName(first).lastName(last).fullName(full);
    }

    private Utm utm() {
        String source = text(Target.UTM_SOURCE);
        String medium = text(Target.UTM_MEDIUM);
        String campaign = text(Target.UTM_CAMPAIGN);
        String term = text(Target.UTM_TERM);
        String content = text(Target.UTM_CONTENT);
        String page = text(Target.LANDING_PAGE);
        if (page != null && (source == null || medium == null || campaign == null || term == null || content == null)) {
            Utm fromPage = UtmParameters.of(page);
            source = source != null ? source : fromPage.source();
            medium = medium != null ? medium : fromPage.medium();
            campaign = campaign != null ? campaign : fromPage.campaign();
            term = term != null ? term : fromPage.term();
            content = content != null ? content : fromPage.content();
        }
        if (source == null && medium == null && campaign == null && term == null && content == null) {
            return Utm.NONE;
        }
        return new Utm(source, medium, campaign, term, content);
    }

    private String channel(Utm utm) {
        String stated = text(Target.CHANNEL);
        if (stated != null) {
            return c.remember(c.channelNames, stated, c.preset::channelFor);
        }
        if (utm.source() != null) {
            return c.remember(c.channelNames, "utm_source=" + utm.source(), v -> Channels.name(utm.source()));
        }
        return c.preset.channel();
    }

    /** The value the channel was read from, for the channel mapping; null when the channel is the tool's own. */
    private String channelValue(Utm utm) {
        String stated = text(Target.CHANNEL);
        return stated != null ? stated : utm.source();
    }

    private ConsentRecord consent(CreatedAt when) {
        String note = evidence == null ? null : evidence + " (" + c.fileName + ")";
        if (unsubscribedAt != null) {
            return new ConsentRecord(Consent.NO, unsubscribedAt, ConsentMethod.FORM, note);
        }
        if (consentAnswer != null) {
            OffsetDateTime at = consentTime != null ? consentTime : when.at();
            return new ConsentRecord(consentAnswer, at, ConsentMethod.FORM, note);
        }
        if (consentTime != null) {
            return new ConsentRecord(Consent.YES, consentTime, ConsentMethod.FORM, note);
        }
        return c.importedConsent;
    }

    private String text(Target target) {
        return text[target.ordinal()];
    }
}
