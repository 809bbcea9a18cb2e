package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.ConsentMethod;
import app.leadkeeper.leads.ConsentRecord;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CRM and mailing-list exports, files saved by Excel, and headers in German, French and Spanish. */
class CrmAndSpreadsheetImportTest {

    @Test
    void hubspotContactsWithSourceCodesAndSizeRanges() {
        assertThat(ImportReader.sniff(Fixtures.path("hubspot.csv")).tool()).isEqualTo(SourceTool.HUBSPOT);
        List<ImportRecord> records = Fixtures.read("hubspot.csv", "DE");

        ImportRecord olga = records.get(0);
        LeadData o = olga.lead();
        assertThat(o.firstName()).isEqualTo("Olga");
        assertThat(o.lastName()).isEqualTo("Petrova");
        assertThat(o.fullName()).isEqualTo("Olga Petrova");
        assertThat(olga.phoneE164()).isEqualTo("+48512345678");
        assertThat(o.company()).isEqualTo("Petrova GmbH");
        assertThat(o.jobTitle()).isEqualTo("VP Marketing");
        assertThat(o.companySize()).isEqualTo(51); // "51-200": at least 51, and the range itself is kept
        assertThat(o.customFields())
                .containsEntry("Number of Employees", "51-200")
                .containsEntry("Record ID", "501")
                .containsEntry("Lead Status", "NEW")
                .containsEntry("Contact owner", "Sam Sales")
                .containsEntry("Original Source Drill-Down 1", "Facebook");
        assertThat(o.created()).isEqualTo(new CreatedAt(OffsetDateTime.parse("2023-05-04T10:22:00+02:00"), false));
        assertThat(olga.channelName()).isEqualTo("Paid Social"); // HubSpot's PAID_SOCIAL

        ImportRecord paul = records.get(1);
        assertThat(paul.lead().companySize()).isEqualTo(12);
        assertThat(paul.lead().customFields()).doesNotContainKey("Number of Employees");
        assertThat(paul.channelName()).isEqualTo("Organic Search");
    }

    @Test
    void mailchimpOptInColumnsAreConsentEvidence() {
        assertThat(ImportReader.sniff(Fixtures.path("mailchimp.csv")).tool()).isEqualTo(SourceTool.MAILCHIMP);
        List<ImportRecord> records = Fixtures.read("mailchimp.csv", "DE");

        LeadData quinn = records.get(0).lead();
        assertThat(quinn.email()).isEqualTo("quinn@example.com");
        assertThat(quinn.fullName()).isEqualTo("Quinn Fox");
        OffsetDateTime optIn = OffsetDateTime.parse("2020-01-15T10:20:30Z");
        assertThat(quinn.consent().state()).isEqualTo(Consent.YES);
        assertThat(quinn.consent().at()).isEqualTo(optIn);
        assertThat(quinn.consent().method()).isEqualTo(ConsentMethod.FORM);
        assertThat(quinn.consent().note())
                .isEqualTo("OPTIN_TIME: 2020-01-15 10:20:30, OPTIN_IP: 192.0.2.10, CONFIRM_TIME: 2020-01-15 10:25:00,"
                        + " CONFIRM_IP: 192.0.2.10 (mailchimp.csv)");
        assertThat(quinn.created()).isEqualTo(CreatedAt.known(optIn)); // no other date: the opt-in is when it began
        assertThat(quinn.tags()).containsExactly("vip", "customer");
        assertThat(quinn.customFields())
                .containsEntry("MEMBER_RATING", "4")
                .containsEntry("LEID", "123")
                .containsEntry("Address", "1 Main St")
                .doesNotContainKeys("OPTIN_TIME", "CONFIRM_IP");
        assertThat(records.get(0).channelName()).isEqualTo("Mailchimp");

        LeadData rosa = records.get(1).lead();
        assertThat(rosa.consent())
                .isEqualTo(new ConsentRecord(
                        Consent.UNKNOWN,
                        OffsetDateTime.parse("2025-01-10T13:00:00+01:00"),
                        ConsentMethod.IMPORT,
                        "imported from mailchimp.csv on 2025-01-10"));
        assertThat(rosa.customFields()).containsEntry("NOTES", "met at fair");
    }

    @Test
    void mailchimpsUnsubscribedExportRecordsTheWithdrawal(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(
                dir.resolve("unsubscribed_members.csv"),
                "Email Address,First Name,MEMBER_RATING,OPTIN_TIME,UNSUB_TIME,LEID\n"
                        + "sam@example.com,Sam,1,2019-03-01 09:00:00,2021-07-04 18:30:00,77\n");
        SniffResult sniff = ImportReader.sniff(file);
        assertThat(sniff.tool()).isEqualTo(SourceTool.MAILCHIMP);
        ImportReader reader = new ImportReader(file, sniff, null, Fixtures.context(file, "DE"));
        LeadData sam = Fixtures.read(reader).getFirst().lead();
        assertThat(sam.consent().state()).isEqualTo(Consent.NO);
        assertThat(sam.consent().at()).isEqualTo(OffsetDateTime.parse("2021-07-04T18:30:00Z"));
        assertThat(sam.consent().note())
                .isEqualTo(
                        "OPTIN_TIME: 2019-03-01 09:00:00, UNSUB_TIME: 2021-07-04 18:30:00 (unsubscribed_members.csv)");
        assertThat(sam.created().at()).isEqualTo(OffsetDateTime.parse("2019-03-01T09:00:00Z"));
    }

    @Test
    void excelGermanWindows1252WithDayFirstDatesAndDecimalCommas() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("excel_de.csv"));
        assertThat(sniff.charset()).isEqualTo(TextEncodings.WINDOWS_1252);
        assertThat(sniff.bom()).isFalse();
        assertThat(sniff.delimiter()).isEqualTo(';');
        assertThat(sniff.tool()).isEqualTo(SourceTool.GENERIC);
        assertThat(sniff.header())
                .containsExactly(
                        "Vorname", "Nachname", "E-Mail", "Telefon", "Firma", "Stadt", "Datum", "Betrag", "Anmerkungen");

        ImportReader reader = Fixtures.reader("excel_de.csv", "DE");
        assertThat(reader.mapping().targets())
                .containsExactly(
                        Target.FIRST_NAME,
                        Target.LAST_NAME,
                        Target.EMAIL,
                        Target.PHONE,
                        Target.COMPANY,
                        Target.CITY,
                        Target.CREATED_AT,
                        Target.DEAL_VALUE,
                        Target.MESSAGE);
        List<ImportRecord> records = Fixtures.read(reader);
        assertThat(records).hasSize(2); // the row of empty cells Excel writes is skipped

        LeadData juergen = records.get(0).lead();
        assertThat(juergen.firstName()).isEqualTo("Jürgen");
        assertThat(juergen.lastName()).isEqualTo("Müller");
        assertThat(juergen.company()).isEqualTo("Müller & Söhne");
        assertThat(juergen.city()).isEqualTo("Köln");
        assertThat(juergen.message()).isEqualTo("Grüße");
        assertThat(records.get(0).phoneE164()).isEqualTo("+492211234567");
        assertThat(juergen.created())
                .isEqualTo(new CreatedAt(OffsetDateTime.parse("2024-04-03T00:00:00+02:00"), false));
        assertThat(juergen.dealValue()).isEqualByComparingTo(new BigDecimal("1234.56"));
        assertThat(records.get(1).lead().created().at().toLocalDate()).hasToString("2024-04-13");
        assertThat(records.get(1).lead().dealValue()).isEqualByComparingTo(new BigDecimal("99.5"));
        assertThat(reader.dateOrders()).containsEntry(6, DateOrder.DAY_FIRST);
    }

    @Test
    void frenchHeaders() {
        ImportReader reader = Fixtures.reader("generic_fr.csv", "FR");
        assertThat(reader.mapping().targets())
                .containsExactly(
                        Target.FIRST_NAME,
                        Target.LAST_NAME,
                        Target.EMAIL,
                        Target.PHONE,
                        Target.COMPANY,
                        Target.CITY,
                        Target.CHANNEL);
        ImportRecord veronique = Fixtures.read(reader).getFirst();
        assertThat(veronique.lead().firstName()).isEqualTo("Véronique");
        assertThat(veronique.lead().lastName()).isEqualTo("Dubois");
        assertThat(veronique.lead().email()).isEqualTo("veronique@example.fr");
        assertThat(veronique.phoneE164()).isEqualTo("+33612345678");
        assertThat(veronique.lead().company()).isEqualTo("Dubois SARL");
        assertThat(veronique.lead().city()).isEqualTo("Lyon");
        assertThat(veronique.channelName()).isEqualTo("Salon");
    }

    @Test
    void spanishHeadersWithDayFirstDatesDecidedByALaterRow() {
        ImportReader reader = Fixtures.reader("generic_es.csv", "ES");
        assertThat(reader.mapping().targets())
                .containsExactly(
                        Target.FIRST_NAME,
                        Target.LAST_NAME,
                        Target.EMAIL,
                        Target.PHONE,
                        Target.COMPANY,
                        Target.CITY,
                        Target.CREATED_AT);
        List<ImportRecord> records = Fixtures.read(reader);
        LeadData jose = records.get(0).lead();
        assertThat(jose.firstName()).isEqualTo("José");
        assertThat(jose.lastName()).isEqualTo("García López");
        assertThat(records.get(0).phoneE164()).isEqualTo("+34612345678");
        assertThat(jose.company()).isEqualTo("García SA");
        assertThat(jose.city()).isEqualTo("Sevilla");
        // 05/03/2024 fits both orders; 25/03/2024 on the next row settles the column as day first.
        assertThat(jose.created().at().toLocalDate()).hasToString("2024-03-05");
        assertThat(records.get(1).lead().created().at().toLocalDate()).hasToString("2024-03-25");
        assertThat(reader.notes()).isEmpty();
    }

    @Test
    void germanHeadersOfAWebForm() {
        SniffResult sniff = new SniffResult(
                java.nio.charset.StandardCharsets.UTF_8,
                false,
                ',',
                "\n",
                SourceTool.GENERIC,
                List.of(
                        "Vorname",
                        "Nachname",
                        "E-Mail-Adresse",
                        "Telefonnummer",
                        "Unternehmen",
                        "Ort",
                        "Wie haben Sie von uns erfahren?",
                        "Nachricht",
                        "Datenschutz"));
        assertThat(ImportReader.automaticMapping(sniff).targets())
                .containsExactly(
                        Target.FIRST_NAME,
                        Target.LAST_NAME,
                        Target.EMAIL,
                        Target.PHONE,
                        Target.COMPANY,
                        Target.CITY,
                        Target.CHANNEL,
                        Target.MESSAGE,
                        Target.CONSENT);
    }
}
