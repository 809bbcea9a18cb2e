package app.leadkeeper.leads;

import app.leadkeeper.core.TextKeys;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Checks a lead before it is written: at least a name, an email or a phone; each given field well formed. */
public final class LeadValidator {
    private final PhoneNumbers phones;

    public LeadValidator(PhoneNumbers phones) {
        this.phones = phones;
    }

    public Validation validate(LeadData lead) {
        Map<LeadField, String> problems = new EnumMap<>(LeadField.class);
        String email = TextKeys.clean(lead.email());
        String phone = TextKeys.clean(lead.phone());
        if (lead.displayName().isEmpty() && email == null && phone == null) {
            problems.put(LeadField.NAME, "a lead needs at least a name, an email or a phone");
        }
        if (email != null && !EmailAddresses.isValid(email)) {
            problems.put(LeadField.EMAIL, "\"" + email + "\" is not a valid email address");
        }
        if (phone != null && phones.toE164(phone).isEmpty()) {
            problems.put(
                    LeadField.PHONE,
                    "\"" + phone + "\" is not a valid phone number for region " + phones.defaultRegion()
                            + " (start with + and the country code for other countries)");
        }
        String website = TextKeys.clean(lead.website());
        if (website != null && (website.contains(" ") || !website.contains("."))) {
            problems.put(LeadField.WEBSITE, "\"" + website + "\" is not a web address");
        }
        if (lead.companySize() != null && lead.companySize() < 0) {
            problems.put(LeadField.COMPANY_SIZE, "must not be negative");
        }
        if (lead.dealValue() != null && lead.dealValue().compareTo(BigDecimal.ZERO) < 0) {
            problems.put(LeadField.DEAL_VALUE, "must not be negative");
        }
        for (String tag : lead.tags()) {
            if (tag.length() > 100) {
                problems.put(LeadField.TAGS, "a tag is longer than 100 characters");
            }
        }
        return new Validation(problems);
    }
}
