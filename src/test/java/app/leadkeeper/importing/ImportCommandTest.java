package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.Commands;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.testing.TempApp;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code leadkeeper import} end to end: arguments, exit codes, the JSON object, undo. */
class ImportCommandTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Commands.cli()
                .run(
                        all,
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        TempApp.CLOCK);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void importPrintsOneJsonObjectAndCanBeUndone() {
        Run first = run("import", "src/test/resources/importing/meta_lead_ads.csv", "--json");
        assertThat(first.code()).isZero();
        assertThat(first.out().strip()).startsWith("{").endsWith("}").doesNotContain("\n");
        assertThat(first.out())
                .contains("\"rows\":4", "\"created\":3", "\"updated\":0", "\"duplicates\":0", "\"rejected\":1")
                .contains("\"errors\":[{", "\"line\":5", "\"encoding\":\"UTF-16LE\"", "\"delimiter\":\"tab\"")
                .contains("\"source\":\"meta-lead-ads\"", "\"batch\":1");
        assertThat(first.err()).contains("meta_lead_ads.csv, line 5: Phone");

        Run dry = run("import", "src/test/resources/importing/meta_lead_ads.csv", "--dry-run", "--json");
        assertThat(dry.out()).contains("\"created\":0", "\"updated\":3", "\"batch\":null", "\"dryRun\":true");

        Run undo = run("import", "--undo", "1", "--json");
        assertThat(undo.code()).isZero();
        assertThat(undo.out()).contains("\"removed\":3");
        try (AppContext app = TempApp.open(dir.resolve("data"))) {
            assertThat(app.leads().count(LeadFilter.NONE)).isZero();
        }
    }

    @Test
    void aChannelAndAProfileCanBeGiven() throws IOException {
        Path file = Files.writeString(dir.resolve("x.csv"), "Mail,Firm\nada@example.com,Acme\n");
        try (AppContext app = TempApp.open(dir.resolve("data"))) {
            ImportPreview preview = app.imports().preview(file);
            app.imports()
                    .saveProfile(
                            "booth",
                            preview.sniff(),
                            preview.mapping().with(0, Target.EMAIL).with(1, Target.COMPANY));
        }
        Run run = run("import", file.toString(), "--profile", "booth", "--channel", "Trade fair");
        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("1 new");
        assertThat(run("import", file.toString(), "--profile", "nope").code()).isEqualTo(Cli.REFUSED);
    }

    @Test
    void unreadableInputIsRefusedWithExitOneAndNothingWritten() throws IOException {
        Run missing = run("import", dir.resolve("missing.csv").toString());
        assertThat(missing.code()).isEqualTo(Cli.REFUSED);
        assertThat(missing.err()).contains("missing.csv");
        Path binary =
                Files.write(dir.resolve("photo.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 0, 0});
        Run notText = run("import", binary.toString());
        assertThat(notText.code()).isEqualTo(Cli.REFUSED);
        assertThat(notText.err()).contains("photo.csv");
        Run empty =
                run("import", Files.writeString(dir.resolve("empty.csv"), "").toString());
        assertThat(empty.code()).isEqualTo(Cli.REFUSED);
        try (AppContext app = TempApp.open(dir.resolve("data"))) {
            assertThat(app.imports().history()).isEmpty();
        }
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("import").code()).isEqualTo(Cli.USAGE);
        assertThat(run("import", "a.csv", "b.csv").code()).isEqualTo(Cli.USAGE);
        assertThat(run("import", "--undo", "abc").code()).isEqualTo(Cli.USAGE);
        assertThat(run("import", "a.csv", "--bogus").code()).isEqualTo(Cli.USAGE);
        Run unknownBatch = run("import", "--undo", "99");
        assertThat(unknownBatch.code()).isEqualTo(Cli.REFUSED);
        assertThat(unknownBatch.err()).contains("no import number 99");
    }
}
