package app.leadkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.CliRunner;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export person} and {@code erase} end to end: a person's data as JSON, then erased with the file compacted at
 * once, the backups that may still hold them listed, and a later import of the same file skipping them as suppressed.
 */
class PrivacyCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner(TempApp.CLOCK);
    private Path data;
    private Path file;

    @BeforeEach
    void fill() throws IOException {
        data = dir.resolve("data");
        file = Files.writeString(dir.resolve("leads.csv"), """
                First name,Last name,Email,Company,Message
                Ada,Lovelace,ada@example.com,Analytical Engines,Tell me about the difference engine
                Bob,Builder,bob@example.com,Builder GmbH,Can we fix it
                """, StandardCharsets.UTF_8);
        assertThat(cli.run("--data-dir", data.toString(), "import", file.toString()))
                .isZero();
    }

    @Test
    void exportThenEraseThenTheNextImportSkipsThePerson() throws IOException {
        long ada = idOf("ada@example.com");
        // A backup from before the import, and one taken since: only the second may hold Ada.
        Path backups = Files.createDirectories(data.resolve("backups"));
        Files.writeString(backups.resolve("before-migration-v6-20250101-080000.zip"), "old");
        Files.writeString(backups.resolve("backup-20261120-120000.zip"), "since");

        Path json = dir.resolve("ada.json");
        assertThat(run("export", "person", "--lead", Long.toString(ada), "--out", json.toString(), "--json"))
                .isZero();
        assertThat(cli.out()).contains("\"lead\":" + ada, "ada.json");
        assertThat(Files.readString(json))
                .contains("\"email\": \"ada@example.com\"", "Analytical Engines", "difference engine");

        assertThat(run("erase", "--lead", Long.toString(ada), "--json")).isZero();
        String out = cli.out().strip();
        assertThat(out).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(out)
                .contains("\"lead\":" + ada, "\"erased\":true", "\"suppressed\":\"email\"", "\"compacted\":true")
                .contains("\"import_records\":1")
                .contains("backup-20261120-120000.zip", "\"taken_at\":\"2026-11-20T12:00+01:00\"")
                .doesNotContain("before-migration-v6", "Lovelace", "ada@example.com");
        assertThat(cli.err())
                .contains("Erased Ada Lovelace (lead " + ada + ")")
                .contains("The database file was compacted")
                .contains("may still hold this person", "backup-20261120-120000.zip");
        String bytes = new String(Files.readAllBytes(data.resolve("leadkeeper.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(bytes).doesNotContain("Lovelace", "ada@example.com", "difference engine");

        // The same file again: Ada is skipped and said to be, Bob merges as before.
        assertThat(run("import", file.toString(), "--json")).isZero();
        assertThat(cli.out()).contains("\"created\":0", "\"updated\":1", "\"suppressed\":1", "\"suppressedLines\":[2]");
        assertThat(cli.err()).contains("1 suppressed (people erased on request)");
        assertThat(run("import", file.toString(), "--dry-run", "--json")).isZero();
        assertThat(cli.out()).contains("\"suppressed\":1", "\"created\":0");
        try (AppContext app = TempApp.open(data)) {
            assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(1);
        }

        // Erased is erased: no second time, no export.
        assertThat(run("erase", "--lead", Long.toString(ada))).isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("no lead " + ada);
        assertThat(run("export", "person", "--lead", Long.toString(ada), "--out", json.toString()))
                .isEqualTo(Cli.REFUSED);
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        assertThat(run("erase")).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("erase needs --lead ID");
        assertThat(run("erase", "--lead", "ada")).isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("--lead needs the number of a lead");
        assertThat(run("erase", "--lead", "1", "extra")).isEqualTo(Cli.USAGE);
        assertThat(run("export", "person", "--out", dir.resolve("x.json").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("export person needs --lead ID");
        assertThat(run(
                        "export",
                        "person",
                        "--lead",
                        "1",
                        "--out",
                        dir.resolve("x.csv").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(cli.err()).contains("must name a .json file");
        assertThat(run(
                        "export",
                        "leads",
                        "--lead",
                        "1",
                        "--out",
                        dir.resolve("x.csv").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out())
                .contains("leadkeeper [--data-dir DIR] erase --lead ID [--json]")
                .contains("leadkeeper [--data-dir DIR] export person --lead ID --out FILE.json");
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private long idOf(String email) {
        try (AppContext app = TempApp.open(data)) {
            return app.leads()
                    .page(LeadFilter.NONE.withSearch(email), LeadSort.NEWEST_FIRST, PageRequest.first(5))
                    .rows()
                    .getFirst()
                    .id();
        }
    }
}
