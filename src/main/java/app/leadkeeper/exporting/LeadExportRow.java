package app.leadkeeper.exporting;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One lead as the exports write it: the lead's own fields plus its channel's and stage's names and its tags. */
public record LeadExportRow(
        long id,
        String firstName,
        String lastName,
        String fullName,
        String email,
        String phone,
        String company,
        String jobTitle,
        String channel,
        String campaign,
        OffsetDateTime createdAt,
        boolean createdZoneKnown,
        String phoneE164,
        Integer companySize,
        String budget,
        String website,
        String city,
        String country,
        String offer,
        String landingPage,
        String utmSource,
        String utmMedium,
        String utmCampaign,
        String utmTerm,
        String utmContent,
        String consent,
        OffsetDateTime consentAt,
        String consentMethod,
        String qualification,
        String status,
        int score,
        BigDecimal dealValue,
        String tags,
        OffsetDateTime addedAt,
        String message,
        boolean outbound,
        String lostReason,
        OffsetDateTime wonAt,
        BigDecimal revenue,
        String stage) {

    /** The name as the Leads table shows it: the full name, else first and last name. */
    public String name() {
        return app.leadkeeper.leads.LeadNames.display(firstName, lastName, fullName);
    }
}
