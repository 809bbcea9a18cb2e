package app.leadkeeper.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.testing.CliRunner;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end: rescore, the report's scores, and imports that score what they bring in. */
class RescoreCommandTest {
    @TempDir
    Path dir;

    @TempDir
    Path files;

    private final CliRunner cli = new CliRunner(TempApp.CLOCK);

    private void seed(Map<String, String> titles) {
        try (AppContext app = TempApp.open(dir)) {
            int i = 0;
            for (var entry : titles.entrySet()) {
                app.leads()
                        .create(TempApp.lead(entry.getKey(), "Tester", "t" + i++ + "@example.com")
                                .jobTitle(entry.getValue())
                                .company("Acme")
                                .build());
            }
            // Rules only the owners of this folder would write: CEOs are MQLs at once.
            app.scoring()
                    .save(
                            List.of(
                                    ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.EQUALS, "CEO", 80),
                                    ScoreRule.attribute(LeadAttribute.JOB_TITLE, Operator.CONTAINS, "dev", 12)),
                            new ScoreThresholds(75, 120));
        }
    }

    private List<LeadRow> rows() {
        try (AppContext app = TempApp.open(dir)) {
            return app.leads()
                    .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(50))
                    .rows();
        }
    }

    @Test
    void rescoreJsonSaysWhatChangedAndShowsTheScoresByTens() {
        seed(Map.of("Ada", "CEO", "Linus", "Developer", "Grace", "Developer", "Tim", "Designer"));
        assertThat(cli.run("--data-dir", dir.toString(), "rescore", "--json")).isZero();
        String json = cli.out().strip();
        assertThat(json)
                .startsWith("{\"leads\":4,")
                .contains("\"qualifications_changed\":1")
                .contains("\"histogram\":[{\"from\":0,\"to\":9,\"leads\":1},{\"from\":10,\"to\":19,\"leads\":2},"
                        + "{\"from\":80,\"to\":89,\"leads\":1}]")
                .contains("\"qualifications\":{\"lead\":3,\"mql\":1,\"sql\":0,\"pql\":0,\"customer\":0}");
        assertThat(rows())
                .filteredOn(r -> r.name().startsWith("Ada"))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.score()).isEqualTo(80);
                    assertThat(r.qualification()).isEqualTo(Qualification.MQL);
                });
        // Nothing changed since: a second run writes nothing.
        assertThat(cli.run("--data-dir", dir.toString(), "rescore", "--json")).isZero();
        assertThat(cli.out()).contains("\"scores_changed\":0");
    }

    @Test
    void rescoreWithoutJsonPrintsAReadableHistogram() {
        seed(Map.of("Ada", "CEO", "Linus", "Developer"));
        assertThat(cli.run("--data-dir", dir.toString(), "rescore")).isZero();
        assertThat(cli.out())
                .contains("Rescored 2 leads")
                .contains("Scores:")
                .containsPattern("80 … 89 +1  █+")
                .contains("Qualifications: Lead 1 · MQL 1");
    }

    @Test
    void theReportBringsStaleScoresUpToDateFirst() {
        seed(Map.of("Ada", "CEO", "Linus", "Developer"));
        assertThat(cli.run("--data-dir", dir.toString(), "report", "--json")).isZero();
        assertThat(cli.out())
                .contains("\"scores\":{\"histogram\":[{\"from\":10,\"to\":19,\"leads\":1},{\"from\":80,\"to\":89,"
                        + "\"leads\":1}],\"qualifications\":{\"lead\":1,\"mql\":1,");
    }

    @Test
    void anImportScoresTheLeadsItBringsAndItsUndoTakesThemAway() throws IOException {
        seed(Map.of("Tim", "Designer"));
        assertThat(cli.run("--data-dir", dir.toString(), "rescore")).isZero();
        Path csv = files.resolve("leads.csv");
        Files.writeString(
                csv,
                "First name,Last name,Email,Job title\n"
                        + "Ada,Lovelace,ada@example.org,CEO\n"
                        + "Linus,Torvalds,linus@example.org,Kernel developer\n",
                StandardCharsets.UTF_8);
        assertThat(cli.run("--data-dir", dir.toString(), "import", csv.toString(), "--json"))
                .as(cli.err())
                .isZero();
        assertThat(rows())
                .extracting(LeadRow::name, LeadRow::score, LeadRow::qualification)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("Ada Lovelace", 80, Qualification.MQL),
                        org.assertj.core.groups.Tuple.tuple("Linus Torvalds", 12, Qualification.LEAD));
        String batch = cli.out().replaceAll("(?s).*\"batch\":(\\d+).*", "$1");
        assertThat(cli.run("--data-dir", dir.toString(), "import", "--undo", batch))
                .isZero();
        try (AppContext app = TempApp.open(dir)) {
            assertThat(app.scoring().summary().histogram().total())
                    .as("the undone leads' scores went with them")
                    .isEqualTo(1);
        }
    }
}
