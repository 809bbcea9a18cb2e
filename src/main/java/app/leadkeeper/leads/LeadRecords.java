package app.leadkeeper.leads;

import static app.leadkeeper.db.Tables.LEAD;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.db.tables.records.LeadRecord;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jooq.Record;

/** Maps between lead records of the database and the domain records. */
final class LeadRecords {
    static final List<Field<?>> ROW_FIELDS = List.of(
            LEAD.ID,
            LEAD.FIRST_NAME,
            LEAD.LAST_NAME,
            LEAD.FULL_NAME,
            LEAD.EMAIL,
            LEAD.PHONE_E164,
            LEAD.PHONE_RAW,
            LEAD.COMPANY,
            LEAD.JOB_TITLE,
            LEAD.CAMPAIGN,
            LEAD.CREATED_AT,
            LEAD.QUALIFICATION,
            LEAD.STATUS,
            LEAD.BANT_BUDGET,
            LEAD.BANT_AUTHORITY,
            LEAD.BANT_NEED,
            LEAD.BANT_TIMEFRAME);

    private LeadRecords() {}

    static void fill(LeadRecord r, LeadData d, String phoneE164) {
        r.setFirstName(TextKeys.clean(d.firstName()));
        r.setLastName(TextKeys.clean(d.lastName()));
        r.setFullName(TextKeys.clean(d.fullName()));
        r.setNameKey(LeadNames.sortKey(d.firstName(), d.lastName(), d.fullName()));
        r.setEmail(TextKeys.clean(d.email()));
        String emailKey = EmailAddresses.key(d.email());
        r.setEmailKey(emailKey == null ? "" : emailKey);
        r.setPhoneRaw(TextKeys.clean(d.phone()));
        r.setPhoneE164(phoneE164);
        r.setPhoneDigits(TextKeys.digits(phoneE164 != null ? phoneE164 : d.phone()));
        r.setCompany(TextKeys.clean(d.company()));
        r.setCompanyKey(TextKeys.fold(d.company()));
        r.setJobTitle(TextKeys.clean(d.jobTitle()));
        r.setCompanySize(d.companySize());
        r.setBudget(TextKeys.clean(d.budget()));
        r.setWebsite(TextKeys.clean(d.website()));
        r.setCity(TextKeys.clean(d.city()));
        r.setCountry(TextKeys.clean(d.country()));
        r.setMessage(d.message() == null || d.message().isBlank() ? null : d.message());
        r.setChannelId(d.channelId());
        r.setCampaign(TextKeys.clean(d.campaign()));
        r.setOffer(TextKeys.clean(d.offer()));
        r.setLandingPage(TextKeys.clean(d.landingPage()));
        r.setUtmSource(TextKeys.clean(d.utm().source()));
        r.setUtmMedium(TextKeys.clean(d.utm().medium()));
        r.setUtmCampaign(TextKeys.clean(d.utm().campaign()));
        r.setUtmTerm(TextKeys.clean(d.utm().term()));
        r.setUtmContent(TextKeys.clean(d.utm().content()));
        r.setCreatedAt(d.created().at());
        r.setCreatedZoneKnown(d.created().zoneKnown());
        r.setConsent(d.consent().state().name());
        r.setConsentAt(d.consent().at());
        r.setConsentMethod(
                d.consent().method() == null ? null : d.consent().method().name());
        r.setConsentNote(TextKeys.clean(d.consent().note()));
        r.setOutbound(d.outbound());
        r.setDealValue(d.dealValue());
        r.setQualification(d.qualification().name());
        r.setBantBudget(d.bant().budget().answer().name());
        r.setBantBudgetNote(TextKeys.clean(d.bant().budget().note()));
        r.setBantAuthority(d.bant().authority().answer().name());
        r.setBantAuthorityNote(TextKeys.clean(d.bant().authority().note()));
        r.setBantNeed(d.bant().need().answer().name());
        r.setBantNeedNote(TextKeys.clean(d.bant().need().note()));
        r.setBantTimeframe(d.bant().timeframe().answer().name());
        r.setBantTimeframeNote(TextKeys.clean(d.bant().timeframe().note()));
        r.setStatus(d.status().name());
        r.setStageId(d.stageId());
        r.setLostReason(TextKeys.clean(d.lostReason()));
        r.setWonAt(d.wonAt());
        r.setRevenue(d.revenue());
        r.setSearchText(SearchText.of(d, phoneE164));
    }

    /**
     * Empties every column that says who the lead is or what they said, wrote or were asked (an erased person's
     * placeholder): names, email, phone, company and its details, place, message, campaign and landing page, UTM
     * values, consent evidence, BANT answers and notes, the search text. The channel, created time, stage, outcome and
     * amounts stay, and so does {@code lostReason} as given.
     */
    static void clearPersonal(LeadRecord r, String lostReason) {
        r.setFirstName(null);
        r.setLastName(null);
        r.setFullName(null);
        r.setNameKey("");
        r.setEmail(null);
        r.setEmailKey("");
        r.setPhoneRaw(null);
        r.setPhoneE164(null);
        r.setPhoneDigits("");
        r.setCompany(null);
        r.setCompanyKey("");
        r.setJobTitle(null);
        r.setCompanySize(null);
        r.setBudget(null);
        r.setWebsite(null);
        r.setCity(null);
        r.setCountry(null);
        r.setMessage(null);
        r.setCampaign(null);
        r.setOffer(null);
        r.setLandingPage(null);
        r.setUtmSource(null);
        r.setUtmMedium(null);
        r.setUtmCampaign(null);
        r.setUtmTerm(null);
        r.setUtmContent(null);
        r.setConsent(Consent.UNKNOWN.name());
        r.setConsentAt(null);
        r.setConsentMethod(null);
        r.setConsentNote(null);
        String unknown = Answer.UNKNOWN.name();
        r.setBantBudget(unknown);
        r.setBantBudgetNote(null);
        r.setBantAuthority(unknown);
        r.setBantAuthorityNote(null);
        r.setBantNeed(unknown);
        r.setBantNeedNote(null);
        r.setBantTimeframe(unknown);
        r.setBantTimeframeNote(null);
        r.setScore(0);
        r.setLostReason(lostReason);
        r.setSearchText("");
    }

    static Lead toLead(LeadRecord r, List<String> tags, Map<String, String> customFields, int score) {
        LeadData data = LeadData.builder()
                .firstName(r.getFirstName())
                .lastName(r.getLastName())
                .fullName(r.getFullName())
                .email(r.getEmail())
                .phone(r.getPhoneRaw())
                .company(r.getCompany())
                .jobTitle(r.getJobTitle())
                .companySize(r.getCompanySize())
                .budget(r.getBudget())
                .website(r.getWebsite())
                .city(r.getCity())
                .country(r.getCountry())
                .message(r.getMessage())
                .channelId(r.getChannelId())
                .campaign(r.getCampaign())
                .offer(r.getOffer())
                .landingPage(r.getLandingPage())
                .utm(new Utm(r.getUtmSource(), r.getUtmMedium(), r.getUtmCampaign(), r.getUtmTerm(), r.getUtmContent()))
                .created(new CreatedAt(r.getCreatedAt(), r.getCreatedZoneKnown()))
                .consent(new ConsentRecord(
                        Consent.valueOf(r.getConsent()),
                        r.getConsentAt(),
                        r.getConsentMethod() == null ? null : ConsentMethod.valueOf(r.getConsentMethod()),
                        r.getConsentNote()))
                .outbound(r.getOutbound())
                .dealValue(r.getDealValue())
                .qualification(Qualification.valueOf(r.getQualification()))
                .bant(new Bant(
                        new BantItem(Answer.valueOf(r.getBantBudget()), r.getBantBudgetNote()),
                        new BantItem(Answer.valueOf(r.getBantAuthority()), r.getBantAuthorityNote()),
                        new BantItem(Answer.valueOf(r.getBantNeed()), r.getBantNeedNote()),
                        new BantItem(Answer.valueOf(r.getBantTimeframe()), r.getBantTimeframeNote())))
                .status(LeadStatus.valueOf(r.getStatus()))
                .stageId(r.getStageId())
                .lostReason(r.getLostReason())
                .wonAt(r.getWonAt())
                .revenue(r.getRevenue())
                .tags(tags)
                .customFields(customFields)
                .build();
        return new Lead(
                r.getId(),
                data,
                r.getPhoneE164(),
                score,
                r.getRevision(),
                r.getAddedAt(),
                r.getUpdatedAt(),
                r.getStageSince());
    }

    static LeadRow toRow(Record r) {
        return new LeadRow(
                r.get(LEAD.ID),
                LeadNames.display(r.get(LEAD.FIRST_NAME), r.get(LEAD.LAST_NAME), r.get(LEAD.FULL_NAME)),
                r.get(LEAD.EMAIL),
                PhoneNumbers.display(r.get(LEAD.PHONE_E164), r.get(LEAD.PHONE_RAW)),
                r.get(LEAD.COMPANY),
                r.get(LEAD.JOB_TITLE),
                r.get(LeadRepository.channelNameField()),
                r.get(LEAD.CAMPAIGN),
                r.get(LEAD.CREATED_AT),
                score(r.get(LeadRepository.scoreField())),
                Qualification.valueOf(r.get(LEAD.QUALIFICATION)),
                LeadStatus.valueOf(r.get(LEAD.STATUS)),
                r.get(LeadRepository.stageNameField()),
                new Bant(
                        answer(r.get(LEAD.BANT_BUDGET)),
                        answer(r.get(LEAD.BANT_AUTHORITY)),
                        answer(r.get(LEAD.BANT_NEED)),
                        answer(r.get(LEAD.BANT_TIMEFRAME))),
                r.get(LeadRepository.touchesField()));
    }

    /** A lead without a lead_score row (not scored yet) shows 0. */
    private static int score(Integer stored) {
        return stored == null ? 0 : stored;
    }

    private static BantItem answer(String value) {
        return new BantItem(Answer.valueOf(value), null);
    }
}
