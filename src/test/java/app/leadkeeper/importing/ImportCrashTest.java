package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.Launcher;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.TempApp;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Killing the program in the middle of an import leaves the database exactly as it was before the import. */
class ImportCrashTest {
    @TempDir
    Path dir;

    @Test
    void killedMidImportLeavesTheDatabaseAsItWas() throws Exception {
        Path data = dir.resolve("data");
        List<LeadRow> before;
        List<String> channelsBefore;
        try (AppContext app = TempApp.open(data)) {
            for (int i = 0; i < 50; i++) {
                app.leads()
                        .create(LeadData.builder()
                                .firstName("Kept" + i)
                                .email("kept" + i + "@example.com")
                                .build());
            }
            before = everything(app);
            // The seeded channels (migration V7) are there before; the import must add none.
            channelsBefore = channelNames(app);
        }
        Path file = dir.resolve("big.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("First name,Last name,Email,Company\n");
            // Some rows update the leads that exist, so a half-done import would have changed them.
            for (int i = 0; i < 400_000; i++) {
                out.write("New" + i + ",Row,new" + i + "@example.com,Company " + (i % 977) + "\n");
                if (i % 8_000 == 0) {
                    out.write("Kept,Changed,kept" + (i / 8_000) + "@example.com,Changed Co\n");
                }
            }
        }

        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Launcher.class.getName(),
                        "--data-dir",
                        data.toString(),
                        "import",
                        file.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> seen = new ArrayList<>();
        try (BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            // The import prints its progress once a second; once rows are being written, kill it without warning.
            while ((line = err.readLine()) != null) {
                seen.add(line);
                if (line.contains("rows read")) {
                    break;
                }
            }
            assertThat(seen).as("the import reported progress before it ended").anyMatch(l -> l.contains("rows read"));
            process.destroyForcibly();
            process.waitFor();
        }

        try (AppContext app = TempApp.open(data)) {
            assertThat(app.leads().count(LeadFilter.NONE)).isEqualTo(50);
            assertThat(everything(app)).isEqualTo(before);
            assertThat(app.imports().history()).isEmpty();
            assertThat(channelNames(app)).isEqualTo(channelsBefore);
        }
    }

    private static List<String> channelNames(AppContext app) {
        return app.channels().all().stream().map(c -> c.name()).toList();
    }

    private static List<LeadRow> everything(AppContext app) {
        return app.leads()
                .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1000))
                .rows();
    }
}
