package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.core.Progress;
import app.leadkeeper.leads.Consent;
import app.leadkeeper.leads.PhoneNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How records come out of files of every shape: line numbers, skipped rows, rejections, broken ends. */
class FileShapeImportTest {
    private static final String MISSING_OR_EXTRA = " (a delimiter or quote is missing or extra)";

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private List<ImportRecord> read(Path file, String region) {
        ImportReader reader = new ImportReader(file, ImportReader.sniff(file), null, Fixtures.context(file, region));
        return Fixtures.read(reader);
    }

    @Test
    void classicMacLineEndingsCountAsLines() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("cr_only.csv"));
        assertThat(sniff.lineEnding()).isEqualTo("\r");
        assertThat(sniff.lineEndingName()).isEqualTo("CR");
        List<ImportRecord> records = Fixtures.read("cr_only.csv", "DE");
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 4L);
        assertThat(records.get(0).lead().customFields()).containsEntry("note", "one\rtwo");
        assertThat(records.get(1).lead().fullName()).isEqualTo("Wes Bent");
    }

    @Test
    void macRomanIsToldApartFromWindows1252() {
        SniffResult sniff = ImportReader.sniff(Fixtures.path("macroman.csv"));
        assertThat(sniff.charset()).isEqualTo(TextEncodings.MAC_ROMAN);
        List<ImportRecord> records = Fixtures.read("macroman.csv", "DE");
        assertThat(records).extracting(r -> r.lead().fullName()).containsExactly("José Müller", "André Brûlé");
        assertThat(records).extracting(r -> r.lead().city()).containsExactly("Köln", "Besançon");
    }

    @Test
    void aFileEndingInsideAQuotedFieldRejectsOnlyThatRecord() {
        List<ImportRecord> records = Fixtures.read("unclosed_quote.csv", "DE");
        assertThat(records).hasSize(2);
        assertThat(records.get(0).rejected()).isFalse();
        assertThat(records.get(0).lead().message()).isEqualTo("fine");
        assertThat(records.get(1).line()).isEqualTo(3);
        assertThat(records.get(1).rejection())
                .isEqualTo("the file ends inside a quoted field that starts on this line (a closing \" is missing),"
                        + " so this record was not read");
    }

    @Test
    void rejectedRowsNameTheirFieldAndNeverStopTheOthers() {
        List<ImportRecord> records = Fixtures.read("rejects.csv", "DE");
        assertThat(records).extracting(ImportRecord::line).containsExactly(2L, 4L, 5L, 6L, 7L, 8L, 10L);
        assertThat(records)
                .extracting(ImportRecord::rejection)
                .containsExactly(
                        null,
                        "the record has 2 fields but the header has 3 columns" + MISSING_OR_EXTRA,
                        "the record has 4 fields but the header has 3 columns" + MISSING_OR_EXTRA,
                        "Email, Phone: the row has neither an email nor a phone, and a lead needs one of them",
                        "Email: \"bob@\" is not a valid email address",
                        null,
                        null);
        assertThat(records.get(1).fields()).containsExactly("Too", "few");
        ImportRecord carl = records.get(5);
        assertThat(carl.phoneE164()).isEqualTo("+447400123456");
        assertThat(carl.lead().email()).isNull();
        assertThat(carl.lead().customFields()).containsEntry("email", "carl@");
        assertThat(carl.warnings())
                .containsExactly("Email: \"carl@\" is not a valid email address; kept as a custom field");
        assertThat(records.get(6).lead().fullName()).isEqualTo("Dora Late");
    }

    @Test
    void anInvalidPhoneWithoutEmailIsRejectedNamingTheRegion() throws IOException {
        Path file = write("phones.csv", "name,phone,email\nAl,12345,\nBea,12345,bea@example.com\n");
        List<ImportRecord> records = read(file, "DE");
        assertThat(records.get(0).rejection())
                .isEqualTo("Phone: \"12345\" is not a valid phone number for region DE (numbers from other countries"
                        + " need + and the country code)");
        assertThat(records.get(1).rejected()).isFalse();
        assertThat(records.get(1).lead().phone()).isNull();
        assertThat(records.get(1).lead().customFields()).containsEntry("phone", "12345");
        assertThat(records.get(1).warnings())
                .singleElement()
                .asString()
                .startsWith("Phone: \"12345\" is not a valid phone number for region DE");
    }

    @Test
    void excelSeparatorLineBlankLinesAndRepeatedHeadersAreSkipped() throws IOException {
        Path file = write(
                "joined.csv",
                "sep=;\r\nName;Email\r\n\r\nAnn;ann@example.com\r\n;\r\nName;Email\r\nBen;ben@example.com\r\n\r\n");
        SniffResult sniff = ImportReader.sniff(file);
        assertThat(sniff.delimiter()).isEqualTo(';');
        assertThat(sniff.header()).containsExactly("Name", "Email");
        List<ImportRecord> records = read(file, "DE");
        assertThat(records).extracting(ImportRecord::line).containsExactly(4L, 7L);
        assertThat(records).extracting(r -> r.lead().email()).containsExactly("ann@example.com", "ben@example.com");
    }

    @Test
    void dayAndMonthOrderIsDecidedOverTheWholeColumn() throws IOException {
        StringBuilder text = new StringBuilder("email,date\n");
        for (int i = 1; i <= 50; i++) {
            text.append("p")
                    .append(i)
                    .append("@example.com,01/0")
                    .append(1 + i % 9)
                    .append("/2024\n");
        }
        text.append("last@example.com,02/13/2024\n"); // only the last row shows the month comes first
        Path file = write("us_dates.csv", text.toString());
        List<ImportRecord> records = read(file, "DE");
        assertThat(records.getFirst().lead().created().at().toLocalDate()).hasToString("2024-01-02");
        assertThat(records.getLast().lead().created().at().toLocalDate()).hasToString("2024-02-13");
    }

    @Test
    void aColumnThatFitsBothOrdersTakesTheRegionsOrderAndSaysSo() throws IOException {
        Path file = write("ambiguous.csv", "email,date\na@example.com,03/04/2024\n");
        ImportReader german = new ImportReader(file, ImportReader.sniff(file), null, Fixtures.context(file, "DE"));
        assertThat(Fixtures.read(german).getFirst().lead().created().at().toLocalDate())
                .hasToString("2024-04-03");
        assertThat(german.notes())
                .containsExactly("Column \"date\": no date in the whole column has a day above 12,"
                        + " so its dates are read day first, as usual in region DE.");
        ImportReader american = new ImportReader(file, ImportReader.sniff(file), null, Fixtures.context(file, "US"));
        assertThat(Fixtures.read(american).getFirst().lead().created().at().toLocalDate())
                .hasToString("2024-03-04");
        assertThat(american.notes()).singleElement().asString().contains("month first, as usual in region US");
    }

    @Test
    void anEditedMappingIsFollowed() throws IOException {
        Path file = write("edited.csv", "Contact,Notes,Secret\nann@example.com,call,x\n");
        SniffResult sniff = ImportReader.sniff(file);
        ColumnMapping mapping = ImportReader.automaticMapping(sniff)
                .with(0, Target.EMAIL)
                .with(1, Target.MESSAGE)
                .with(2, Target.IGNORE);
        ImportReader reader = new ImportReader(file, sniff, mapping, Fixtures.context(file, "DE"));
        ImportRecord record = Fixtures.read(reader).getFirst();
        assertThat(record.lead().email()).isEqualTo("ann@example.com");
        assertThat(record.lead().message()).isEqualTo("call");
        assertThat(record.lead().customFields()).isEmpty();
    }

    @Test
    void consentColumnsSayYesOrNo() throws IOException {
        Path file = write(
                "consent.csv",
                "email,date,I agree to the privacy policy\n"
                        + "a@example.com,2024-05-01 10:00,I agree to the privacy policy\n"
                        + "b@example.com,2024-05-01 11:00,no\n"
                        + "c@example.com,2024-05-01 12:00,\n");
        List<ImportRecord> records = read(file, "DE");
        assertThat(records)
                .extracting(r -> r.lead().consent().state())
                .containsExactly(Consent.YES, Consent.NO, Consent.UNKNOWN);
        assertThat(records.get(0).lead().consent().at())
                .isEqualTo(records.get(0).lead().created().at());
        assertThat(records.get(0).lead().consent().note())
                .isEqualTo("I agree to the privacy policy: I agree to the privacy policy (consent.csv)");
    }

    @Test
    void previewShowsTheFirstRecordsAsWritten() {
        ImportReader reader = Fixtures.reader("cfdb7.csv", "DE");
        assertThat(reader.preview(3))
                .containsExactly(
                        List.of("7", "2023-05-04 10:22:11", "Ida Lovelace", "ida@example.com", "Quote", "Please call"),
                        List.of("7", "2023-05-05 11:00:00", "Jon Snow", "jon@example.com", "Hello", "Winter is coming"),
                        List.of("7", "2023-05-06 12:30:00", "Kim Lee", "kim@example.com", "Info", "Two\nlines"));
    }

    @Test
    void progressIsReportedAndCancelStopsTheReading() throws IOException {
        StringBuilder text = new StringBuilder("email\n");
        for (int i = 0; i < 10_000; i++) {
            text.append("p").append(i).append("@example.com\n");
        }
        Path file = write("many.csv", text.toString());
        ImportReader reader = new ImportReader(file, ImportReader.sniff(file), null, Fixtures.context(file, "DE"));
        Progress progress = new Progress();
        List<ImportRecord> seen = new ArrayList<>();
        reader.forEach(seen::add, progress);
        assertThat(seen).hasSize(10_000);
        assertThat(progress.fraction()).isBetween(0.5, 1.0);

        Progress cancelled = new Progress();
        List<ImportRecord> some = new ArrayList<>();
        assertThatThrownBy(() -> reader.forEach(
                        record -> {
                            some.add(record);
                            if (some.size() == 5000) {
                                cancelled.cancel();
                            }
                        },
                        cancelled))
                .isInstanceOf(Progress.CancelledException.class);
        assertThat(some).hasSizeLessThan(10_000);
    }

    @Test
    void theSameReaderCanReadTwiceAsADryRunAndThenTheImportDo() {
        ImportReader reader = Fixtures.reader("hubspot.csv", "DE");
        assertThat(Fixtures.read(reader)).isEqualTo(Fixtures.read(reader));
    }

    @Test
    void aFileThatDisappearsBetweenSniffAndReadIsAUserError() throws IOException {
        Path file = write("gone.csv", "email\na@example.com\n");
        SniffResult sniff = ImportReader.sniff(file);
        Files.delete(file);
        ImportReader reader = new ImportReader(file, sniff, null, Fixtures.context(file, "DE"));
        assertThatThrownBy(() -> reader.forEach(r -> {}))
                .isInstanceOf(app.leadkeeper.core.UserException.class)
                .hasMessageContaining("gone.csv");
    }

    @Test
    void phonesAreReadInTheGivenRegion() throws IOException {
        Path file = write("local.csv", "phone\n030 12345678\n");
        assertThat(read(file, "DE").getFirst().phoneE164()).isEqualTo("+493012345678");
        assertThat(new PhoneNumbers("DE").toE164("030 12345678")).contains("+493012345678");
    }
}
