package app.leadkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.CliRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code report} end to end: leads moved through the funnel, then the command line's JSON and table. */
class ReportCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner(CLOCK);

    private int run(String... args) {
        return cli.run(args);
    }

    private void seed() {
        try (AppContext app = AppContext.open(new DataFolder(dir), CLOCK)) {
            Stage won = app.stages().stages().stream()
                    .filter(s -> s.name().equals("Won"))
                    .findFirst()
                    .orElseThrow();
            for (int i = 0; i < 4; i++) {
                Lead lead = app.leads()
                        .create(LeadData.builder()
                                .fullName("Lead " + i)
                                .email("lead" + i + "@example.com")
                                .createdAt(OffsetDateTime.parse("2026-01-1" + i + "T09:00:00Z"))
                                .build());
                if (i == 0) {
                    app.leads().moveToStage(lead.id(), won.id(), StageOutcome.won(null, null));
                }
            }
            app.leads()
                    .create(LeadData.builder()
                            .fullName("Later")
                            .email("later@example.com")
                            .createdAt(OffsetDateTime.parse("2026-02-10T09:00:00Z"))
                            .build());
        }
    }

    @Test
    void jsonCarriesTheFunnelOfThePeriodInStageOrder() {
        seed();

        int code = run("--data-dir", dir.toString(), "report", "--from", "2026-01-01", "--to", "2026-01-31", "--json");

        String json = cli.out().strip();
        assertThat(code).isZero();
        assertThat(json).startsWith("{").endsWith("}");
        assertThat(json).contains("\"from\":\"2026-01-01\"", "\"to\":\"2026-01-31\"", "\"leads\":4");
        assertThat(json)
                .contains("{\"stage\":\"New\",\"section\":\"TOFU\",\"kind\":\"OPEN\",\"reached\":4,\"current\":3,");
        assertThat(json).contains("\"conversion_to_next\":0.25");
        assertThat(json.indexOf("\"stage\":\"New\""))
                .isLessThan(json.indexOf("\"stage\":\"Engaged\""))
                .isLessThan(json.indexOf("\"stage\":\"Won\""));
        assertThat(json).contains("\"won\":1", "\"lost\":0", "\"lead_to_customer_rate\":0.25");
        assertThat(json).doesNotContain("NaN", "Infinity");
    }

    @Test
    void withoutLeadsTheRatesAreNullAndATableIsReadable() {
        seed();

        assertThat(run("--data-dir", dir.toString(), "report", "--from", "2027-01-01", "--json"))
                .isZero();
        assertThat(cli.out()).contains("\"leads\":0", "\"lead_to_customer_rate\":null", "\"conversion_to_next\":null");

        assertThat(run("--data-dir", dir.toString(), "report")).isZero();
        assertThat(cli.out()).contains("Leads created", "Won 1", "Proposal");
    }

    @Test
    void aBadDateIsAUsageError() {
        assertThat(run("--data-dir", dir.toString(), "report", "--from", "31.01.2026"))
                .isEqualTo(2);
        assertThat(cli.err()).contains("--from must be a date like 2026-01-31");
    }
}
