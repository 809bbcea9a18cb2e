package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Utm;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exports of ad and form tools, each with its quirks, read record by record. */
class FormToolImportTest {

    @Test
    void metaLeadAdsTabSeparatedUtf16WithPhonePrefixAndSpreadsheetMangledPhones() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("meta_lead_ads.csv"));
        assertThat(sniff.charset()).isEqualTo(StandardCharsets.UTF_16LE);
        assertThat(sniff.bom()).isTrue();
        assertThat(sniff.delimiter()).isEqualTo('\t');
        assertThat(sniff.lineEnding()).isEqualTo("\r\n");
        assertThat(sniff.tool()).isEqualTo(SourceTool.META_LEAD_ADS);

        List<ImportRecord> records = Fixtures.read("meta_lead_ads.csv", "DE");
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 3L, 4L, 5L);

        ImportRecord anna = records.get(0);
        assertThat(anna.rejected()).isFalse();
        LeadData a = anna.lead();
        assertThat(a.fullName()).isEqualTo("Anna Schmidt");
        assertThat(a.firstName()).isEqualTo("Anna");
        assertThat(a.lastName()).isEqualTo("Schmidt");
        assertThat(a.email()).isEqualTo("anna@example.de");
        assertThat(a.phone()).isEqualTo("+491701234567"); // the "p:" prefix is Meta's, not part of the number
        assertThat(anna.phoneE164()).isEqualTo("+491701234567");
        assertThat(a.created()).isEqualTo(CreatedAt.known(OffsetDateTime.parse("2022-02-03T16:16:51Z")));
        assertThat(a.campaign()).isEqualTo("Spring Sale 2022");
        assertThat(a.budget()).isEqualTo("1000-2000 EUR");
        assertThat(a.city()).isEqualTo("Berlin");
        assertThat(anna.channelName()).isEqualTo("Facebook Lead Ads");
        assertThat(a.channelId()).isNull();
        assertThat(a.customFields())
                .containsEntry("id", "l:1001")
                .containsEntry("ad_name", "Spring ad")
                .containsEntry("form_name", "Free consultation")
                .containsEntry("is_organic", "0")
                .doesNotContainKey("platform");
        assertThat(a.consent().state()).isEqualTo(Consent.UNKNOWN);
        assertThat(a.consent().method()).isEqualTo(ConsentMethod.IMPORT);
        assertThat(a.consent().note()).isEqualTo("imported from meta_lead_ads.csv on 2025-01-10");
        assertThat(anna.warnings()).isEmpty();

        ImportRecord bob = records.get(1);
        assertThat(bob.lead().firstName()).isEqualTo("Bob");
        assertThat(bob.lead().lastName()).isEqualTo("van der Berg");
        assertThat(bob.phoneE164()).isEqualTo("+31612345678");
        assertThat(bob.lead().created().at()).isEqualTo(OffsetDateTime.parse("2022-02-04T08:00:00-05:00"));
        assertThat(bob.channelName()).isEqualTo("Instagram Lead Ads");

        ImportRecord mangled = records.get(2);
        assertThat(mangled.rejected()).isFalse();
        assertThat(mangled.lead().phone()).isNull();
        assertThat(mangled.phoneE164()).isNull();
        assertThat(mangled.lead().customFields()).containsEntry("phone_number", "9.19876E+11");
        assertThat(mangled.warnings())
                .singleElement()
                .asString()
                .startsWith("Phone: \"9.19876E+11\" was turned into a number in scientific notation")
                .contains("kept as the custom field \"phone_number\"");
        assertThat(mangled.lead().created().at()).isEqualTo(OffsetDateTime.parse("2022-02-05T10:30:00+05:30"));

        ImportRecord noEmail = records.get(3);
        assertThat(noEmail.rejected()).isTrue();
        assertThat(noEmail.lead()).isNull();
        assertThat(noEmail.rejection())
                .isEqualTo("Phone: \"9.19876E+11\" was turned into a number in scientific notation by a spreadsheet,"
                        + " so its last digits are lost");
        assertThat(noEmail.fields()).hasSize(17).contains("Devi Nair", "9.19876E+11");
    }

    @Test
    void googleFormsTimestampsWithZoneAbbreviationsAndCheckboxAnswers() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("google_forms.csv"));
        assertThat(sniff.tool()).isEqualTo(SourceTool.GOOGLE_FORMS);
        assertThat(sniff.delimiter()).isEqualTo(',');

        List<ImportRecord> records = Fixtures.read("google_forms.csv", "US");
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 3L);

        ImportRecord eve = records.get(0);
        assertThat(eve.lead().email()).isEqualTo("eve@example.com");
        assertThat(eve.lead().firstName()).isEqualTo("Eve");
        assertThat(eve.lead().lastName()).isEqualTo("Adams");
        assertThat(eve.phoneE164()).isEqualTo("+12015550123");
        assertThat(eve.lead().phone()).isEqualTo("(201) 555-0123");
        assertThat(eve.lead().created()).isEqualTo(CreatedAt.known(OffsetDateTime.parse("2022-06-22T11:07:29-04:00")));
        assertThat(eve.lead().customFields())
                .containsEntry("Which services are you interested in?", "SEO;Web design")
                .doesNotContainKey("Anything else?");
        assertThat(eve.channelName()).isEqualTo("Instagram"); // "How did you hear about us?"

        ImportRecord frank = records.get(1);
        assertThat(frank.lead().created().at()).isEqualTo(OffsetDateTime.parse("2022-06-22T15:15:00-04:00"));
        assertThat(frank.lead().customFields()).containsEntry("Anything else?", "Call me after 5pm,\r\nnot before");
        assertThat(frank.channelName()).isEqualTo("Google Forms");
        assertThat(frank.phoneE164()).isNull();
    }

    @Test
    void typeformHtmlHeadersUtcDatesAndTags() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("typeform.csv"));
        assertThat(sniff.tool()).isEqualTo(SourceTool.TYPEFORM);
        assertThat(sniff.header())
                .startsWith("#", "What is your name?", "What's your email?", "Phone & mobile", "Company");
        assertThat(ImportReader.automaticMapping(sniff).targets())
                .startsWith(Target.CUSTOM, Target.FULL_NAME, Target.EMAIL, Target.PHONE, Target.COMPANY);

        List<ImportRecord> records = Fixtures.read("typeform.csv", "DE");
        ImportRecord carla = records.get(0);
        assertThat(carla.line()).isEqualTo(2);
        assertThat(carla.lead().fullName()).isEqualTo("Carla Gómez");
        assertThat(carla.lead().lastName()).isEqualTo("Gómez");
        assertThat(carla.lead().email()).isEqualTo("carla@example.es");
        assertThat(carla.phoneE164()).isEqualTo("+34612345678");
        assertThat(carla.lead().company()).isEqualTo("Gómez S.L.");
        assertThat(carla.lead().created()).isEqualTo(CreatedAt.known(OffsetDateTime.parse("2024-03-05T09:05:00Z")));
        assertThat(carla.lead().tags()).containsExactly("vip", "newsletter");
        assertThat(carla.lead().customFields())
                .containsEntry("#", "abc123")
                .containsEntry("Start Date (UTC)", "2024-03-05 09:00:00")
                .containsEntry("Network ID", "9f8e7d")
                .containsEntry("Response Type", "completed");
        assertThat(carla.channelName()).isEqualTo("Typeform");

        ImportRecord bad = records.get(1);
        assertThat(bad.line()).isEqualTo(3);
        assertThat(bad.rejection()).isEqualTo("Email: \"not-an-email\" is not a valid email address");
    }

    @Test
    void gravityFormsAllQuotedSemicolonsWithBomAndUtmInTheSourceUrl() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("gravity_forms.csv"));
        assertThat(sniff.tool()).isEqualTo(SourceTool.GRAVITY_FORMS);
        assertThat(sniff.bom()).isTrue();
        assertThat(sniff.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(sniff.delimiter()).isEqualTo(';');
        assertThat(sniff.header().getFirst()).isEqualTo("Name (First)");

        List<ImportRecord> records = Fixtures.read("gravity_forms.csv", "DE");
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 4L); // the message spans two lines

        LeadData grace = records.get(0).lead();
        assertThat(grace.firstName()).isEqualTo("Grace");
        assertThat(grace.lastName()).isEqualTo("Hopper");
        assertThat(grace.fullName()).isEqualTo("Grace Hopper");
        assertThat(records.get(0).phoneE164()).isEqualTo("+493012345678");
        assertThat(grace.company()).isEqualTo("Navy; Research");
        assertThat(grace.message()).isEqualTo("First line\r\nSecond line with \"quotes\"; and a semicolon");
        // Gravity writes the site's local time without a zone: read in the default zone, marked as assumed.
        assertThat(grace.created()).isEqualTo(new CreatedAt(OffsetDateTime.parse("2024-01-31T14:05:00+01:00"), false));
        assertThat(grace.landingPage()).startsWith("https://example.com/landing/?utm_source=facebook");
        assertThat(grace.utm()).isEqualTo(new Utm("facebook", "paid_social", "spring sale", null, null));
        assertThat(grace.campaign()).isEqualTo("spring sale");
        assertThat(records.get(0).channelName()).isEqualTo("Facebook");
        assertThat(grace.customFields())
                .containsEntry("Services", "SEO|Ads")
                .containsEntry("Entry Id", "42")
                .containsEntry("User IP", "203.0.113.7")
                .doesNotContainKey("Transaction Id");

        ImportRecord heinz = records.get(1);
        assertThat(heinz.lead().utm()).isEqualTo(Utm.NONE);
        assertThat(heinz.channelName()).isEqualTo("Gravity Forms");
        assertThat(heinz.lead().created().at()).isEqualTo(OffsetDateTime.parse("2024-01-30T09:00:00+01:00"));
    }

    @Test
    void contactForm7Cfdb7RepeatsBomAndHeaderInsideTheFile() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("cfdb7.csv"));
        assertThat(sniff.tool()).isEqualTo(SourceTool.CONTACT_FORM_7);
        assertThat(sniff.header()).containsExactly("Form_id", "Form_date", "name", "email", "subject", "message");

        List<ImportRecord> records = Fixtures.read("cfdb7.csv", "DE");
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 3L, 5L, 7L);
        assertThat(records)
                .extracting(r -> r.rejected() ? null : r.lead().fullName())
                .containsExactly("Ida Lovelace", "Jon Snow", "Kim Lee", null);
        LeadData kim = records.get(2).lead();
        assertThat(kim.message()).isEqualTo("Two\nlines");
        assertThat(kim.created()).isEqualTo(new CreatedAt(OffsetDateTime.parse("2023-05-06T12:30:00+02:00"), false));
        assertThat(kim.customFields()).containsEntry("Form_id", "7").containsEntry("subject", "Info");
        assertThat(records.get(2).channelName()).isEqualTo("Contact Form 7");
        assertThat(records.get(3).rejection()).isEqualTo("Email: \"lea@example\" is not a valid email address");
    }

    @Test
    void olderCfdbWithATrailingCommaOnEveryLine() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("cfdb_legacy.csv"));
        assertThat(sniff.tool()).isEqualTo(SourceTool.CONTACT_FORM_DB);
        assertThat(sniff.header()).hasSize(7).endsWith("Submitted From"); // the empty last column is dropped

        List<ImportRecord> records = Fixtures.read("cfdb_legacy.csv", "DE");
        assertThat(records).noneMatch(ImportRecord::rejected);
        ImportRecord max = records.get(0);
        assertThat(max.lead().fullName()).isEqualTo("Max Power");
        assertThat(max.lead().email()).isEqualTo("max@example.com");
        assertThat(max.phoneE164()).isEqualTo("+447400123456");
        assertThat(max.lead().message()).isEqualTo("Hi there");
        assertThat(max.lead().created().at()).isEqualTo(OffsetDateTime.parse("2015-05-13T14:52:44+02:00"));
        assertThat(max.lead().customFields()).containsOnlyKeys("Submitted From");
        ImportRecord nina = records.get(1);
        assertThat(nina.line()).isEqualTo(3);
        assertThat(nina.lead().message()).isEqualTo("Multi\r\nline");
        assertThat(nina.lead().customFields()).containsEntry("Submitted Login", "admin");
    }

    @Test
    void jotformWpformsAndElementor() {
        ImportRecord sara = Fixtures.read("jotform.csv", "US").getFirst();
        assertThat(ImportReader.sniff(Fixtures.path("jotform.csv")).tool()).isEqualTo(SourceTool.JOTFORM);
        assertThat(sara.lead().fullName()).isEqualTo("Sara Connor");
        assertThat(sara.lead().email()).isEqualTo("sara@example.com");
        assertThat(sara.phoneE164()).isEqualTo("+12015550123");
        assertThat(sara.lead().message()).isEqualTo("I need a quote");
        assertThat(sara.lead().created().at()).isEqualTo(OffsetDateTime.parse("2023-03-10T12:34:56+01:00"));
        assertThat(sara.lead().customFields()).containsEntry("Submission ID", "5550001");
        assertThat(sara.channelName()).isEqualTo("Jotform");

        ImportRecord tom = Fixtures.read("wpforms.csv", "DE").getFirst();
        assertThat(ImportReader.sniff(Fixtures.path("wpforms.csv")).tool()).isEqualTo(SourceTool.WPFORMS);
        assertThat(tom.lead().firstName()).isEqualTo("Tom");
        assertThat(tom.lead().message()).isEqualTo("Hello");
        assertThat(tom.lead().created())
                .isEqualTo(new CreatedAt(OffsetDateTime.parse("2023-03-10T12:34:00+01:00"), false));
        assertThat(tom.lead().customFields())
                .containsEntry("Unique User ID", "u-77")
                .containsEntry("Entry ID", "17");
        assertThat(tom.channelName()).isEqualTo("WPForms");

        ImportRecord uma = Fixtures.read("elementor.csv", "DE").getFirst();
        assertThat(ImportReader.sniff(Fixtures.path("elementor.csv")).tool()).isEqualTo(SourceTool.ELEMENTOR);
        assertThat(uma.lead().fullName()).isEqualTo("Uma Thurman");
        assertThat(uma.lead().landingPage())
                .isEqualTo("https://example.com/contact/?utm_source=newsletter&utm_campaign=may");
        assertThat(uma.lead().utm()).isEqualTo(new Utm("newsletter", null, "may", null, null));
        assertThat(uma.channelName()).isEqualTo("Newsletter");
        assertThat(uma.lead().created().at()).isEqualTo(OffsetDateTime.parse("2024-05-01T09:30:00+02:00"));
        assertThat(uma.lead().customFields()).containsEntry("Form Name (ID)", "Contact Form (a6d5ea4)");
    }

    @Test
    void linkedInLeadGenForms() {
        assertThat(ImportReader.sniff(Fixtures.path("linkedin.csv")).tool()).isEqualTo(SourceTool.LINKEDIN_LEAD_GEN);
        ImportRecord ravi = Fixtures.read("linkedin.csv", "DE").getFirst();
        assertThat(ravi.lead().firstName()).isEqualTo("Ravi");
        assertThat(ravi.lead().lastName()).isEqualTo("Shah");
        assertThat(ravi.lead().fullName()).isEqualTo("Ravi Shah");
        assertThat(ravi.lead().email()).isEqualTo("ravi@example.com");
        assertThat(ravi.lead().company()).isEqualTo("Shah Ltd");
        assertThat(ravi.lead().jobTitle()).isEqualTo("CTO");
        assertThat(ravi.lead().country()).isEqualTo("India");
        assertThat(ravi.lead().campaign()).isEqualTo("B2B Q1");
        assertThat(ravi.lead().created().at()).isEqualTo(OffsetDateTime.parse("2024-02-10T08:30:00+01:00"));
        assertThat(ravi.lead().customFields())
                .containsEntry("LinkedIn Profile URL", "https://www.linkedin.com/in/ravishah")
                .containsEntry("Lead Type", "SPONSORED");
        assertThat(ravi.channelName()).isEqualTo("LinkedIn Lead Gen Forms");
    }
}
