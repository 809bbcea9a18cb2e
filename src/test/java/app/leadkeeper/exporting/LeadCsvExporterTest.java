package app.leadkeeper.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LeadCsvExporterTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;

    @TempDir
    Path outDir;

    private AppContext app;
    private LeadCsvExporter exporter;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dataDir), CLOCK);
        exporter = new LeadCsvExporter(new LeadExportQuery(app.database().dsl()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void theHeaderIsTheStableContract() throws IOException {
        Path file = outDir.resolve("leads.csv");

        assertThat(exporter.export(file, false)).isZero();

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("id,first_name,last_name,full_name,email,phone,company,job_title,channel,campaign,"
                        + "created_at,phone_e164,company_size,budget,website,city,country,offer,landing_page,"
                        + "utm_source,utm_medium,utm_campaign,utm_term,utm_content,consent,consent_at,consent_method,"
                        + "qualification,status,score,deal_value,tags,added_at")
                .endsWith("\r\n");
        assertThat(read(file).getFirst().getFields()).isEqualTo(LeadCsvExporter.HEADER);
    }

    @Test
    void commasQuotesAndLineBreaksRoundTripThroughACsvReader() throws IOException {
        long channel = app.channels().ensure("Trade show, Berlin").id();
        app.leads()
                .create(LeadData.builder()
                        .firstName("Anna")
                        .lastName("O'Neil")
                        .company("Smith, Jones & Co.")
                        .jobTitle("The \"Boss\"")
                        .message("Hi,\r\nplease call.\nThanks")
                        .channelId(channel)
                        .build());
        Path file = outDir.resolve("quoted.csv");

        exporter.export(file, false);

        CsvRecord row = read(file).get(1);
        assertThat(row.getField(col("company"))).isEqualTo("Smith, Jones & Co.");
        assertThat(row.getField(col("job_title"))).isEqualTo("The \"Boss\"");
        assertThat(row.getField(col("message"))).isEqualTo("Hi,\r\nplease call.\nThanks");
        assertThat(row.getField(col("channel"))).isEqualTo("Trade show, Berlin");
        assertThat(row.getField(col("last_name"))).isEqualTo("O'Neil");
        assertThat(Files.readString(file)).contains("\"The \"\"Boss\"\"\"");
    }

    @Test
    void createdAtHasItsOffsetOnlyWhenTheSourceGaveOne() throws IOException {
        OffsetDateTime at = OffsetDateTime.parse("2026-03-04T10:15:30+01:00");
        app.leads()
                .create(LeadData.builder()
                        .firstName("Known")
                        .created(new CreatedAt(at, true))
                        .build());
        app.leads()
                .create(LeadData.builder()
                        .firstName("Local")
                        .created(new CreatedAt(at, false))
                        .build());
        Path file = outDir.resolve("dates.csv");

        exporter.export(file, false);

        List<CsvRecord> rows = read(file);
        assertThat(rows.get(1).getField(col("created_at"))).isEqualTo("2026-03-04T10:15:30+01:00");
        assertThat(rows.get(2).getField(col("created_at"))).isEqualTo("2026-03-04T10:15:30");
        assertThat(rows.get(1).getField(col("added_at"))).isEqualTo("2026-06-15T12:00:00+02:00");
    }

    @Test
    void formulasAreDefusedWhilePhonesAndNumbersStayAsWritten() throws IOException {
        app.leads()
                .create(LeadData.builder()
                        .firstName("@SUM(A1:A2)")
                        .lastName("-2+3")
                        .company("=HYPERLINK(\"http://evil.example\",\"click\")")
                        .phone("+1 201-555-0123")
                        .budget("-5")
                        .build());
        Path file = outDir.resolve("formulas.csv");

        exporter.export(file, false);

        CsvRecord row = read(file).get(1);
        assertThat(row.getField(col("first_name"))).isEqualTo("'@SUM(A1:A2)");
        assertThat(row.getField(col("last_name"))).isEqualTo("'-2+3");
        assertThat(row.getField(col("company"))).isEqualTo("'=HYPERLINK(\"http://evil.example\",\"click\")");
        assertThat(row.getField(col("phone"))).isEqualTo("+1 201-555-0123");
        assertThat(row.getField(col("phone_e164"))).isEqualTo("+12015550123");
        assertThat(row.getField(col("budget"))).isEqualTo("-5");
    }

    @Test
    void tagsAreJoinedAndUnicodeIsKept() throws IOException {
        app.leads()
                .create(LeadData.builder()
                        .firstName("Łukasz")
                        .lastName("Иванов")
                        .fullName("佐藤 太郎")
                        .company("شركة النور")
                        .tags(List.of("vip", "newsletter", "event-2026"))
                        .build());
        Path file = outDir.resolve("unicode.csv");

        exporter.export(file, false);

        CsvRecord row = read(file).get(1);
        assertThat(row.getField(col("tags"))).isEqualTo("event-2026; newsletter; vip");
        assertThat(row.getField(col("first_name"))).isEqualTo("Łukasz");
        assertThat(row.getField(col("last_name"))).isEqualTo("Иванов");
        assertThat(row.getField(col("full_name"))).isEqualTo("佐藤 太郎");
        assertThat(row.getField(col("company"))).isEqualTo("شركة النور");
    }

    @Test
    void theBomIsWrittenOnlyWhenAsked() throws IOException {
        Path plain = outDir.resolve("plain.csv");
        Path excel = outDir.resolve("excel.csv");

        exporter.export(plain, false);
        exporter.export(excel, true);

        assertThat(Files.readAllBytes(plain)).startsWith('i');
        assertThat(Files.readAllBytes(excel)).startsWith(0xEF, 0xBB, 0xBF, 'i');
    }

    @Test
    void manyLeadsAreStreamedInIdOrderAcrossPages() throws IOException {
        List<LeadData> many = java.util.stream.IntStream.range(0, 4_500)
                .mapToObj(i -> LeadData.builder().firstName("Lead " + i).build())
                .toList();
        app.leads().addAll(many);
        Path file = outDir.resolve("many.csv");

        assertThat(exporter.export(file, false)).isEqualTo(4_500);

        List<CsvRecord> rows = read(file);
        assertThat(rows).hasSize(4_501);
        assertThat(rows.subList(1, rows.size()))
                .extracting(r -> Long.parseLong(r.getField(0)))
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aMissingFolderIsRefusedNamingTheFile() {
        Path file = outDir.resolve("no-such-folder").resolve("leads.csv");

        assertThatThrownBy(() -> exporter.export(file, false))
                .isInstanceOf(UserException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("does not exist");
    }

    @Test
    void aFailedExportLeavesNoFileAndKeepsTheOldOne() throws IOException {
        Path file = outDir.resolve("leads.csv");
        Files.writeString(file, "old export");
        app.leads().create(LeadData.builder().firstName("Anna").build());
        app.close();

        assertThatThrownBy(() -> exporter.export(file, false)).isInstanceOf(RuntimeException.class);

        assertThat(Files.readString(file)).isEqualTo("old export");
        try (Stream<Path> files = Files.list(outDir)) {
            assertThat(files).containsExactly(file);
        }
        app = AppContext.open(new DataFolder(dataDir), CLOCK);
    }

    @Test
    void anExistingFileIsReplacedByTheCompleteExport() throws IOException {
        Path file = outDir.resolve("leads.csv");
        Files.writeString(file, "old export");

        exporter.export(file, false);

        assertThat(Files.readString(file)).startsWith("id,first_name");
    }

    static List<CsvRecord> read(Path file) throws IOException {
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(file)) {
            return reader.stream().toList();
        }
    }

    static int col(String name) {
        return LeadCsvExporter.HEADER.indexOf(name);
    }
}
