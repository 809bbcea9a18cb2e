package app.leadkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.testing.CliRunner;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: the real commands against a data folder in a temporary directory. */
class CommandLineTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner(CLOCK);

    private int run(String... args) {
        return cli.run(args);
    }

    private String out() {
        return cli.out();
    }

    private String err() {
        return cli.err();
    }

    private String data() {
        return dir.resolve("data").toString();
    }

    @Test
    void demoThenExportWritesEveryLeadToAReadableCsv() throws IOException {
        Path csv = dir.resolve("leads.csv");

        assertThat(run("--data-dir", data(), "demo", "--leads", "500")).isZero();
        assertThat(err()).containsPattern("Added 500 demo leads in \\d+\\.\\d s");

        assertThat(run("--data-dir", data(), "export", "leads", "--out", csv.toString()))
                .isZero();
        assertThat(err()).contains("Exported 500 leads to " + csv);

        List<CsvRecord> rows;
        try (CsvReader<CsvRecord> reader =
                CsvReader.builder().detectBomHeader(true).ofCsvRecord(csv)) {
            rows = reader.stream().toList();
        }
        assertThat(rows).hasSize(501);
        assertThat(rows.getFirst().getFields().subList(0, 11))
                .containsExactly(
                        "id",
                        "first_name",
                        "last_name",
                        "full_name",
                        "email",
                        "phone",
                        "company",
                        "job_title",
                        "channel",
                        "campaign",
                        "created_at");
        assertThat(rows.subList(1, 501)).allSatisfy(r -> {
            assertThat(r.getFieldCount()).isEqualTo(rows.getFirst().getFieldCount());
            assertThat(r.getField(4)).contains("@");
            assertThat(r.getField(8)).isNotEmpty();
        });
        assertThat(rows.subList(1, 501)).extracting(r -> r.getField(0)).doesNotHaveDuplicates();
    }

    @Test
    void demoWithTheSameSeedAddsTheSameLeadsAndASecondRunDifferentOnes() throws IOException {
        run("--data-dir", data(), "demo", "--leads", "20", "--seed", "9");
        run("--data-dir", dir.resolve("other").toString(), "demo", "--leads", "20", "--seed", "9");
        run(
                "--data-dir",
                data(),
                "export",
                "leads",
                "--out",
                dir.resolve("a.csv").toString());
        run(
                "--data-dir",
                dir.resolve("other").toString(),
                "export",
                "leads",
                "--out",
                dir.resolve("b.csv").toString());

        assertThat(Files.readString(dir.resolve("a.csv")))
                .hasLineCount(21)
                .isEqualTo(Files.readString(dir.resolve("b.csv")));

        run("--data-dir", data(), "demo", "--leads", "20");
        run(
                "--data-dir",
                data(),
                "export",
                "leads",
                "--out",
                dir.resolve("c.csv").toString());
        List<String> lines = Files.readAllLines(dir.resolve("c.csv"));
        assertThat(lines.subList(21, 41).stream().map(l -> l.substring(l.indexOf(','))))
                .doesNotContainAnyElementsOf(lines.subList(1, 21).stream()
                        .map(l -> l.substring(l.indexOf(',')))
                        .toList());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(run("--data-dir", data(), "demo")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--leads is required");

        assertThat(run("--data-dir", data(), "demo", "--leads", "many")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--leads needs a whole number");

        assertThat(run("--data-dir", data(), "demo", "--leads", "0")).isEqualTo(Cli.USAGE);
        assertThat(run("--data-dir", data(), "demo", "--leads", "5", "--color")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown option --color");

        assertThat(run("--data-dir", data(), "export", "leads")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--out is required");

        assertThat(run("--data-dir", data(), "export", "foo", "--out", "x.csv")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown export kind foo");

        assertThat(run("--data-dir", data(), "export", "leads", "--out", "x.txt"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--out must name a .xlsx or .csv file");

        assertThat(run("--data-dir", data(), "export", "report", "--out", "x.csv"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("the report is a workbook");

        assertThat(run("--data-dir", data(), "export", "leads", "--out", "x.xlsx", "--delimiter", ";"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("apply to .csv files only");

        assertThat(run(
                        "--data-dir",
                        data(),
                        "export",
                        "report",
                        "--out",
                        "x.xlsx",
                        "--from",
                        "2026-02-01",
                        "--to",
                        "2026-01-01"))
                .isEqualTo(Cli.USAGE);
        assertThat(err()).contains("--to (2026-01-01) is before --from (2026-02-01)");

        assertThat(run("--data-dir", data(), "frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(err()).contains("unknown command frobnicate");

        assertThat(run("--data-dir", data(), "bench", "--leads", "-3")).isEqualTo(Cli.USAGE);
        assertThat(Files.exists(dir.resolve("data")))
                .as("usage errors never open the data folder")
                .isFalse();
    }

    @Test
    void versionAndHelpNameTheProgramAndItsCommands() {
        assertThat(run("--version")).isZero();
        assertThat(out()).startsWith("leadkeeper ");

        assertThat(run("--help")).isZero();
        assertThat(out())
                .contains(
                        "demo --leads N",
                        "export leads --out FILE.xlsx|FILE.csv",
                        "export report --out FILE.xlsx",
                        "bench [--leads N] [--json]");
    }

    @Test
    void anExportIntoAMissingFolderIsRefusedWithExitOne() {
        Path csv = dir.resolve("missing").resolve("leads.csv");

        assertThat(run("--data-dir", data(), "export", "leads", "--out", csv.toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(err()).contains(csv.toString()).contains("does not exist");
    }

    @Test
    void aSecondInstanceIsRefusedAndChangesNothing() {
        run("--data-dir", data(), "demo", "--leads", "10");
        try (AppContext running = AppContext.open(new DataFolder(dir.resolve("data")), CLOCK)) {
            assertThat(run("--data-dir", data(), "demo", "--leads", "25")).isEqualTo(Cli.REFUSED);
            assertThat(err()).contains("already running");
            assertThat(running.leads().count(LeadFilter.NONE)).isEqualTo(10);
        }
        try (AppContext after = AppContext.open(new DataFolder(dir.resolve("data")), CLOCK)) {
            assertThat(after.leads().count(LeadFilter.NONE)).isEqualTo(10);
        }
    }

    @Test
    void benchFillsUpToTheAskedNumberAndPrintsOneJsonObject() {
        assertThat(run("--data-dir", data(), "bench", "--leads", "300", "--json"))
                .isZero();

        String json = out().strip();
        assertThat(json).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(json)
                .contains(
                        "\"leads\":300", "\"addedLeads\":300", "\"searchP95\":", "\"heapMb\":", "\"bySortMedianMs\":");
        assertThat(err()).contains("first page, slowest sort", "search as you type", "heap used after GC");
    }
}
