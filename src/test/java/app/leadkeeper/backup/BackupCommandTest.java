package app.leadkeeper.backup;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.testing.CliRunner;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} and {@code restore} end to end, as a script would run them. */
class BackupCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner(TempApp.CLOCK);

    @Test
    void backupThenRestoreIntoAnotherFolderGivesTheSameLeads() throws Exception {
        Path from = dir.resolve("from");
        Path csv = Files.writeString(
                dir.resolve("leads.csv"),
                "First name,Email\nAda,ada@example.com\nBo,bo@example.com\nCy,cy@example.com\n");
        assertThat(cli.run("--data-dir", from.toString(), "import", csv.toString()))
                .isEqualTo(Cli.OK);
        Path backup = dir.resolve("nightly.zip");

        assertThat(cli.run("--data-dir", from.toString(), "backup", "--out", backup.toString(), "--json"))
                .isEqualTo(Cli.OK);
        assertThat(cli.out())
                .startsWith("{\"file\":\"" + backup.toAbsolutePath())
                .contains("\"bytes\":");
        assertThat(backup).exists();

        Path to = dir.resolve("to");
        try (AppContext other = TempApp.open(to)) {
            other.leads()
                    .create(TempApp.lead("Gone", "Soon", "gone@example.com").build());
        }
        assertThat(cli.run("--data-dir", to.toString(), "restore", backup.toString(), "--json"))
                .isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("\"leads\":3", "\"schema_version\":\"", "\"previous\":\"" + to);
        assertThat(cli.run("--data-dir", to.toString(), "report", "--json")).isEqualTo(Cli.OK);
        assertThat(cli.out()).contains("\"leads\":3");
        assertThat(new DataFolder(to).backups()).isDirectoryContaining("glob:**/before-restore-*.zip");
    }

    @Test
    void refusalsAndUsageErrorsHaveTheirExitCodes() throws Exception {
        Path data = dir.resolve("data");
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(cli.run("--data-dir", data.toString(), "restore", notes.toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("notes.txt is not a Leadkeeper backup", "Nothing was changed");
        assertThat(cli.run("--data-dir", data.toString(), "restore")).isEqualTo(Cli.USAGE);
        assertThat(cli.run("--data-dir", data.toString(), "backup")).isEqualTo(Cli.USAGE);
        assertThat(cli.run(
                        "--data-dir",
                        data.toString(),
                        "backup",
                        "--out",
                        dir.resolve("x.csv").toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("A backup is a .zip file");
        // A target folder that cannot be made (a file is in the way): a clear refusal, no half file anywhere.
        Path blocker = Files.writeString(dir.resolve("blocker"), "a file, not a folder");
        assertThat(cli.run(
                        "--data-dir",
                        data.toString(),
                        "backup",
                        "--out",
                        blocker.resolve("b.zip").toString()))
                .isEqualTo(Cli.REFUSED);
        assertThat(cli.err()).contains("Could not write the backup", "b.zip");
        try (var files = Files.walk(dir)) {
            assertThat(files.map(Path::toString)).noneMatch(f -> f.endsWith(".part"));
        }
    }
}
