package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceToolTest {

    private static SourceTool of(String... header) {
        return SourceTool.recognise(List.of(header));
    }

    @Test
    void recognisesEachToolFromItsHeader() {
        assertThat(of("id", "created_time", "ad_id", "ad_name", "form_id", "platform", "email"))
                .isEqualTo(SourceTool.META_LEAD_ADS);
        assertThat(of("Marca temporal", "Dirección de correo electrónico")).isEqualTo(SourceTool.GOOGLE_FORMS);
        assertThat(of("Horodateur", "Adresse e-mail")).isEqualTo(SourceTool.GOOGLE_FORMS);
        assertThat(of("#", "Email", "Submit Date (UTC)", "Network ID")).isEqualTo(SourceTool.TYPEFORM);
        assertThat(of("Email", "Entry Id", "Entry Date", "Source Url", "User IP"))
                .isEqualTo(SourceTool.GRAVITY_FORMS);
        assertThat(of("Form_id", "Form_date", "email")).isEqualTo(SourceTool.CONTACT_FORM_7);
        assertThat(of("Submitted", "your-email", "Submitted Login", "Submitted From"))
                .isEqualTo(SourceTool.CONTACT_FORM_DB);
        assertThat(of("Record ID", "First Name", "Email", "Contact owner", "Create Date"))
                .isEqualTo(SourceTool.HUBSPOT);
        assertThat(of("Email Address", "First Name", "MEMBER_RATING", "OPTIN_TIME", "LEID", "EUID"))
                .isEqualTo(SourceTool.MAILCHIMP);
        assertThat(of("First Name", "Email Address", "LinkedIn Profile URL", "Form Name"))
                .isEqualTo(SourceTool.LINKEDIN_LEAD_GEN);
        assertThat(of("Submission Date", "Name", "E-mail")).isEqualTo(SourceTool.JOTFORM);
        assertThat(of("Name", "Email", "Date", "Entry ID", "Unique User ID")).isEqualTo(SourceTool.WPFORMS);
        assertThat(of("Name", "Email", "Form Name (ID)", "Submission ID", "Created At", "Referrer"))
                .isEqualTo(SourceTool.ELEMENTOR);
        assertThat(of("Name", "Email", "Phone")).isEqualTo(SourceTool.GENERIC);
        assertThat(of()).isEqualTo(SourceTool.GENERIC);
    }

    @Test
    void hasStableIdsForScripts() {
        assertThat(SourceTool.GENERIC.id()).isEqualTo("generic");
        assertThat(SourceTool.META_LEAD_ADS.id()).isEqualTo("meta-lead-ads");
        assertThat(SourceTool.HUBSPOT.displayName()).isEqualTo("HubSpot contacts");
        for (SourceTool tool : SourceTool.values()) {
            assertThat(Preset.of(tool)).as(tool.name()).isNotNull();
        }
    }
}
