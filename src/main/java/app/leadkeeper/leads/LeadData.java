package app.leadkeeper.leads;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Everything about a lead that a person or an import can set. Build with {@link #builder()}. */
public record LeadData(
        String firstName,
        String lastName,
        String fullName,
        String email,
        String phone,
        String company,
        String jobTitle,
        Integer companySize,
        String budget,
        String website,
        String city,
        String country,
        String message,
        Long channelId,
        String campaign,
        String offer,
        String landingPage,
        Utm utm,
        CreatedAt created,
        ConsentRecord consent,
        boolean outbound,
        BigDecimal dealValue,
        Qualification qualification,
        Bant bant,
        LeadStatus status,
        Long stageId,
        String lostReason,
        OffsetDateTime wonAt,
        BigDecimal revenue,
        List<String> tags,
        Map<String, String> customFields) {

    public LeadData {
        Objects.requireNonNull(utm, "utm");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(qualification, "qualification");
        Objects.requireNonNull(bant, "bant");
        Objects.requireNonNull(status, "status");
        tags = List.copyOf(tags);
        customFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(customFields));
    }

    /** The name to show: the full name, else first and last name joined. */
    public String displayName() {
        return LeadNames.display(firstName, lastName, fullName);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable builder; unset values are empty, consent unknown, status open, created now. */
    public static final class Builder {
        private String firstName;
        private String lastName;
        private String fullName;
        private String email;
        private String phone;
        private String company;
        private String jobTitle;
        private Integer companySize;
        private String budget;
        private String website;
        private String city;
        private String country;
        private String message;
        private Long channelId;
        private String campaign;
        private String offer;
        private String landingPage;
        private Utm utm = Utm.NONE;
        private CreatedAt created;
        private ConsentRecord consent = ConsentRecord.UNKNOWN;
        private boolean outbound;
        private BigDecimal dealValue;
        private Qualification qualification = Qualification.LEAD;
        private Bant bant = Bant.UNKNOWN;
        private LeadStatus status = LeadStatus.OPEN;
        private Long stageId;
        private String lostReason;
        private OffsetDateTime wonAt;
        private BigDecimal revenue;
        private List<String> tags = List.of();
        private Map<String, String> customFields = Map.of();

        private Builder() {}

        private Builder(LeadData d) {
            firstName = d.firstName;
            lastName = d.lastName;
            fullName = d.fullName;
            email = d.email;
            phone = d.phone;
            company = d.company;
            jobTitle = d.jobTitle;
            companySize = d.companySize;
            budget = d.budget;
            website = d.website;
            city = d.city;
            country = d.country;
            message = d.message;
            channelId = d.channelId;
            campaign = d.campaign;
            offer = d.offer;
            landingPage = d.landingPage;
            utm = d.utm;
            created = d.created;
            consent = d.consent;
            outbound = d.outbound;
            dealValue = d.dealValue;
            qualification = d.qualification;
            bant = d.bant;
            status = d.status;
            stageId = d.stageId;
            lostReason = d.lostReason;
            wonAt = d.wonAt;
            revenue = d.revenue;
            tags = d.tags;
            customFields = d.customFields;
        }

        public Builder firstName(String value) {
            firstName = value;
            return this;
        }

        public Builder lastName(String value) {
            lastName = value;
            return this;
        }

        public Builder fullName(String value) {
            fullName = value;
            return this;
        }

        public Builder email(String value) {
            email = value;
            return this;
        }

        public Builder phone(String value) {
            phone = value;
            return this;
        }

        public Builder company(String value) {
            company = value;
            return this;
        }

        public Builder jobTitle(String value) {
            jobTitle = value;
            return this;
        }

        public Builder companySize(Integer value) {
            companySize = value;
            return this;
        }

        public Builder budget(String value) {
            budget = value;
            return this;
        }

        public Builder website(String value) {
            website = value;
            return this;
        }

        public Builder city(String value) {
            city = value;
            return this;
        }

        public Builder country(String value) {
            country = value;
            return this;
        }

        public Builder message(String value) {
            message = value;
            return this;
        }

        public Builder channelId(Long value) {
            channelId = value;
            return this;
        }

        public Builder campaign(String value) {
            campaign = value;
            return this;
        }

        public Builder offer(String value) {
            offer = value;
            return this;
        }

        public Builder landingPage(String value) {
            landingPage = value;
            return this;
        }

        public Builder utm(Utm value) {
            utm = value;
            return this;
        }

        public Builder created(CreatedAt value) {
            created = value;
            return this;
        }

        public Builder createdAt(OffsetDateTime value) {
            created = CreatedAt.known(value);
            return this;
        }

        public Builder consent(ConsentRecord value) {
            consent = value;
            return this;
        }

        public Builder outbound(boolean value) {
            outbound = value;
            return this;
        }

        public Builder dealValue(BigDecimal value) {
            dealValue = value;
            return this;
        }

        public Builder qualification(Qualification value) {
            qualification = value;
            return this;
        }

        public Builder bant(Bant value) {
            bant = value;
            return this;
        }

        public Builder status(LeadStatus value) {
            status = value;
            return this;
        }

        /**
         * The stage of the funnel; null on a new lead means the first open stage. A change of stage on a stored lead
         * is kept in its stage history, and its status follows the stage's kind.
         */
        public Builder stageId(Long value) {
            stageId = value;
            return this;
        }

        public Builder lostReason(String value) {
            lostReason = value;
            return this;
        }

        public Builder wonAt(OffsetDateTime value) {
            wonAt = value;
            return this;
        }

        public Builder revenue(BigDecimal value) {
            revenue = value;
            return this;
        }

        public Builder tags(List<String> value) {
            tags = value;
            return this;
        }

        public Builder customFields(Map<String, String> value) {
            customFields = value;
            return this;
        }

        public LeadData build() {
            CreatedAt when = created != null ? created : CreatedAt.known(OffsetDateTime.now());
            return new LeadData(
                    firstName,
                    lastName,
                    fullName,
                    email,
                    phone,
                    company,
                    jobTitle,
                    companySize,
                    budget,
                    website,
                    city,
                    country,
                    message,
                    channelId,
                    campaign,
                    offer,
                    landingPage,
                    utm,
                    when,
                    consent,
                    outbound,
                    dealValue,
                    qualification,
                    bant,
                    status,
                    stageId,
                    lostReason,
                    wonAt,
                    revenue,
                    tags,
                    customFields);
        }
    }
}
