package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnMappingTest {

    private static Target target(String header) {
        return ColumnMapping.automatic(List.of(header), SourceTool.GENERIC).target(0);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "E-Mail | EMAIL",
                "e_mail | EMAIL",
                "Email Address | EMAIL",
                "Courriel | EMAIL",
                "Correo electrónico | EMAIL",
                "E-Mail-Adresse | EMAIL",
                "What is your email address? | EMAIL",
                "your-email | EMAIL",
                "Business Email | EMAIL",
                "Vorname | FIRST_NAME",
                "Prénom | FIRST_NAME",
                "first_name | FIRST_NAME",
                "Nachname | LAST_NAME",
                "Apellidos | LAST_NAME",
                "Nom de famille | LAST_NAME",
                "Téléphone | PHONE",
                "Teléfono | PHONE",
                "Handynummer | PHONE",
                "Numéro de téléphone | PHONE",
                "Mobile phone number | PHONE",
                "Firma | COMPANY",
                "Empresa | COMPANY",
                "Société | COMPANY",
                "Entreprise | COMPANY",
                "Company Name | COMPANY",
                "Stadt | CITY",
                "Ville | CITY",
                "Ciudad | CITY",
                "Land | COUNTRY",
                "País | COUNTRY",
                "Job Title | JOB_TITLE",
                "Poste | JOB_TITLE",
                "Cargo | JOB_TITLE",
                "Number of Employees | COMPANY_SIZE",
                "Budget | BUDGET",
                "Website | WEBSITE",
                "Nachricht | MESSAGE",
                "Message | MESSAGE",
                "Mensaje | MESSAGE",
                "utm_source | UTM_SOURCE",
                "UTM Medium | UTM_MEDIUM",
                "utm_campaign | UTM_CAMPAIGN",
                "utm_term | UTM_TERM",
                "utm_content | UTM_CONTENT",
                "Landing Page | LANDING_PAGE",
                "Source Url | LANDING_PAGE",
                "How did you hear about us? | CHANNEL",
                "Lead Source | CHANNEL",
                "Campaign | CAMPAIGN",
                "Offer | OFFER",
                "Created At | CREATED_AT",
                "Datum | CREATED_AT",
                "Fecha | CREATED_AT",
                "Tags | TAGS",
                "GDPR consent | CONSENT",
                "Ich willige in die Verarbeitung meiner Daten gemäß Datenschutzerklärung ein | CONSENT",
                "Email domain | CUSTOM",
                "Favourite colour | CUSTOM",
                "Deal value | DEAL_VALUE",
                "Betrag | DEAL_VALUE"
            })
    void recognisesHeadersInFourLanguages(String header, Target expected) {
        assertThat(target(header)).isEqualTo(expected);
    }

    @Test
    void nameColumnsAreReadBesideTheirNeighbours() {
        assertThat(ColumnMapping.automatic(List.of("Name", "Vorname"), SourceTool.GENERIC)
                        .targets())
                .containsExactly(Target.LAST_NAME, Target.FIRST_NAME);
        assertThat(ColumnMapping.automatic(List.of("Nom", "Prénom"), SourceTool.GENERIC)
                        .targets())
                .containsExactly(Target.LAST_NAME, Target.FIRST_NAME);
        assertThat(ColumnMapping.automatic(List.of("Nombre", "Apellidos"), SourceTool.GENERIC)
                        .targets())
                .containsExactly(Target.FIRST_NAME, Target.LAST_NAME);
        assertThat(ColumnMapping.automatic(List.of("Name", "Email"), SourceTool.GENERIC)
                        .targets())
                .containsExactly(Target.FULL_NAME, Target.EMAIL);
    }

    @Test
    void presetsKnowTheirToolsColumns() {
        assertThat(ColumnMapping.automatic(List.of("Zeitstempel", "E-Mail-Adresse"), SourceTool.GOOGLE_FORMS)
                        .targets())
                .containsExactly(Target.CREATED_AT, Target.EMAIL);
        assertThat(ColumnMapping.automatic(List.of("platform", "created_time", "id"), SourceTool.META_LEAD_ADS)
                        .targets())
                .containsExactly(Target.CHANNEL, Target.CREATED_AT, Target.CUSTOM);
        assertThat(ColumnMapping.automatic(List.of("OPTIN_TIME", "CONFIRM_IP", "UNSUB_TIME"), SourceTool.MAILCHIMP)
                        .targets())
                .containsExactly(Target.CONSENT_TIME, Target.CONSENT_IP, Target.UNSUBSCRIBED_AT);
    }

    @Test
    void serialisesToASimpleStringAndBack() {
        ColumnMapping mapping = new ColumnMapping(List.of(Target.EMAIL, Target.CUSTOM, Target.IGNORE));
        assertThat(mapping.serialize()).isEqualTo("v1:EMAIL,CUSTOM,IGNORE");
        assertThat(ColumnMapping.parse(mapping.serialize())).isEqualTo(mapping);
        assertThat(ColumnMapping.parse("v1:EMAIL,SOMETHING_NEWER"))
                .isEqualTo(new ColumnMapping(List.of(Target.EMAIL, Target.CUSTOM)));
        assertThat(ColumnMapping.parse("v1:")).isEqualTo(new ColumnMapping(List.of()));
        assertThatThrownBy(() -> ColumnMapping.parse("EMAIL")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isEditedByCopy() {
        ColumnMapping mapping = new ColumnMapping(List.of(Target.EMAIL));
        ColumnMapping edited = mapping.with(2, Target.PHONE);
        assertThat(edited.targets()).containsExactly(Target.EMAIL, Target.CUSTOM, Target.PHONE);
        assertThat(mapping.targets()).containsExactly(Target.EMAIL);
        assertThat(edited.target(7)).isEqualTo(Target.CUSTOM);
    }

    @Test
    void theHeaderSignatureIgnoresSpellingButNotColumns() {
        String signature = ColumnMapping.headerSignature(List.of("E-Mail", "First Name"));
        assertThat(signature).hasSize(64);
        assertThat(ColumnMapping.headerSignature(List.of("\uFEFFemail ", "<b>first_name</b>")))
                .isEqualTo(signature);
        assertThat(ColumnMapping.headerSignature(List.of("First Name", "E-Mail")))
                .isNotEqualTo(signature);
        assertThat(ColumnMapping.headerSignature(List.of("E-Mail", "First Name", "Phone")))
                .isNotEqualTo(signature);
    }
}
