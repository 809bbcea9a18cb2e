package app.leadkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.CreatedAt;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Utm;
import app.leadkeeper.testing.CliRunner;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code export} end to end: CSV options, .xlsx and the report from the command line, and the CSV round trip. */
class ExportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    /** The columns an import reads back: who the lead is, where it came from and what the form said. */
    private static final List<String> CARRIED = List.of(
            "email",
            "phone",
            "company",
            "job_title",
            "channel",
            "campaign",
            "created_at",
            "phone_e164",
            "company_size",
            "budget",
            "website",
            "city",
            "country",
            "offer",
            "landing_page",
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_term",
            "utm_content",
            "deal_value",
            "tags",
            "message");

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner(CLOCK);

    @ParameterizedTest(name = "delimiter {0}, line ends {1}, BOM {2}")
    @CsvSource({"',', crlf, true", "';', lf, false", "tab, crlf, true"})
    void leadsExportedToCsvAndImportedIntoAnEmptyFolderAreTheSameLeads(String delimiter, String lineEnd, boolean bom)
            throws IOException {
        Path source = dir.resolve("source");
        fill(source);
        Path exported = dir.resolve("exported.csv");
        String[] options = {"--delimiter", delimiter};
        List<String> args = new java.util.ArrayList<>(
                List.of("--data-dir", source.toString(), "export", "leads", "--out", exported.toString()));
        args.addAll(List.of(options));
        if (lineEnd.equals("lf")) {
            args.add("--lf");
        }
        if (!bom) {
            args.add("--no-bom");
        }

        assertThat(cli.run(args.toArray(String[]::new))).as(cli.err()).isZero();
        byte[] bytes = Files.readAllBytes(exported);
        assertThat(bytes.length > 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB)
                .isEqualTo(bom);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int firstLineEnd = text.indexOf('\n');
        assertThat(text.charAt(firstLineEnd - 1) == '\r').isEqualTo(lineEnd.equals("crlf"));

        Path copy = dir.resolve("copy");
        assertThat(cli.run("--data-dir", copy.toString(), "import", exported.toString(), "--json"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out()).contains("\"created\":4").contains("\"rejected\":0");
        Path again = dir.resolve("again.csv");
        assertThat(cli.run("--data-dir", copy.toString(), "export", "leads", "--out", again.toString()))
                .isZero();

        assertThat(carried(again)).isEqualTo(carried(exported));
    }

    @Test
    void leadsToXlsxAndTheReportFromTheCommandLine() throws IOException {
        Path source = dir.resolve("source");
        fill(source);
        Path xlsx = dir.resolve("leads.xlsx");
        Path report = dir.resolve("report.xlsx");

        assertThat(cli.run("--data-dir", source.toString(), "export", "leads", "--out", xlsx.toString(), "--json"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out().strip())
                .isEqualTo("{\"file\":\"" + xlsx.toString().replace("\\", "\\\\")
                        + "\",\"format\":\"xlsx\",\"leads\":4,\"sheets\":[\"Leads\"]}");
        assertThat(cli.run(
                        "--data-dir",
                        source.toString(),
                        "export",
                        "report",
                        "--out",
                        report.toString(),
                        "--from",
                        "2026-01-01",
                        "--to",
                        "2026-03-31",
                        "--json"))
                .as(cli.err())
                .isZero();
        assertThat(cli.out())
                .contains("\"sheets\":[\"Summary\",\"Leads\",\"Funnel\",\"Channels\",\"Tasks\",\"Spend\"]")
                .contains("\"leads\":3");
        assertThat(cli.err()).contains("Wrote the report to " + report);
        assertThat(Files.size(report)).isPositive();
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedWithItsNameAndNothingIsLeftBehind() throws IOException {
        Path source = dir.resolve("source");
        fill(source);
        Path missing = dir.resolve("no-such-folder").resolve("leads.csv");

        assertThat(cli.run("--data-dir", source.toString(), "export", "leads", "--out", missing.toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("Cannot write " + missing).contains("does not exist");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("source");
        }
    }

    private static void fill(Path folder) {
        try (AppContext app = AppContext.open(new DataFolder(folder), CLOCK)) {
            long fair = app.channels().ensure("Trade fair, Berlin").id();
            app.leads()
                    .create(LeadData.builder()
                            .firstName("Łukasz")
                            .lastName("Nowak")
                            .email("lukasz@example.pl")
                            .phone("+48 601 234 567")
                            .company("Nowak, Syn & \"Partnerzy\"")
                            .jobTitle("CEO")
                            .channelId(fair)
                            .campaign("Spring 2026")
                            .created(new CreatedAt(OffsetDateTime.parse("2026-03-04T10:15:30+01:00"), true))
                            .companySize(42)
                            .budget("5,000–20,000 EUR")
                            .website("https://nowak.example.pl")
                            .city("Kraków")
                            .country("Poland")
                            .offer("Demo")
                            .landingPage("https://brightdesk.example/lp?x=1&y=2")
                            .utm(new Utm("fair", "offline", "spring", "crm", "booth-a"))
                            .dealValue(new BigDecimal("1250.50"))
                            .tags(List.of("vip", "event"))
                            .message("Hello;\r\nplease call,\tafter 5.\n\"Thanks\"")
                            .build());
            app.leads()
                    .create(LeadData.builder()
                            .fullName("佐藤 太郎")
                            .email("taro@example.jp")
                            .created(new CreatedAt(OffsetDateTime.parse("2026-02-01T09:00:00+09:00"), true))
                            .build());
            app.leads()
                    .create(LeadData.builder()
                            .firstName("=HYPERLINK(\"x\")")
                            .email("formula@example.com")
                            .phone("+1 201-555-0123")
                            .created(new CreatedAt(OffsetDateTime.parse("2026-01-10T08:00:00Z"), false))
                            .build());
            app.leads()
                    .create(LeadData.builder()
                            .firstName("Nadia")
                            .email("nadia@example.fr")
                            .company("Société Générale d'Études")
                            .created(new CreatedAt(OffsetDateTime.parse("2025-12-31T23:30:00+01:00"), true))
                            .build());
        }
    }

    /** Each lead's carried columns, by email. */
    private static Map<String, Map<String, String>> carried(Path csv) throws IOException {
        char delimiter = sniff(csv);
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .detectBomHeader(true)
                .ofNamedCsvRecord(csv)) {
            return reader.stream().collect(Collectors.toMap(r -> r.getField("email"), r -> {
                Map<String, String> fields = new LinkedHashMap<>();
                CARRIED.forEach(c -> fields.put(c, r.getField(c)));
                return fields;
            }));
        }
    }

    private static char sniff(Path csv) throws IOException {
        String header = Files.readAllLines(csv, StandardCharsets.UTF_8).getFirst();
        return header.contains("\t") ? '\t' : header.contains(";") ? ';' : ',';
    }
}
