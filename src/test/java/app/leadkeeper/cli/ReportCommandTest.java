package app.leadkeeper.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.nurture.TaskDraft;
import app.leadkeeper.nurture.TaskKind;
import app.leadkeeper.nurture.TouchKind;
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

    @Test
    void jsonCountsTheTasksAndTheMedianTouches() {
        seed();
        try (AppContext app = AppContext.open(new DataFolder(dir), CLOCK)) {
            java.util.List<LeadRow> rows = app.leads()
                    .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(10))
                    .rows();
            long won = rows.stream()
                    .filter(r -> r.name().equals("Lead 0"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long open1 = rows.stream()
                    .filter(r -> r.name().equals("Lead 1"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            long open2 = rows.stream()
                    .filter(r -> r.name().equals("Lead 2"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            for (int i = 0; i < 3; i++) {
                app.touches().log(won, TouchKind.CALL, null, null);
            }
            app.touches().log(open1, TouchKind.NOTE, null, null);
            for (int i = 0; i < 4; i++) {
                app.touches().log(open2, TouchKind.EMAIL_SENT, null, null);
            }
            OffsetDateTime now = OffsetDateTime.now(CLOCK);
            task(app, won, now.minusDays(2)); // overdue
            task(app, won, now.plusHours(3)); // today (clock at midnight UTC)
            task(app, open1, now.plusDays(3)); // within 7 days
            task(app, open1, now.plusDays(30)); // later
            long done = task(app, open2, now.plusDays(1));
            app.tasks().complete(java.util.List.of(done));
        }

        assertThat(run("--data-dir", dir.toString(), "report", "--from", "2026-01-01", "--to", "2026-01-31", "--json"))
                .isZero();

        // January's leads: one won with 3 touches; three open with 1, 5 (4 + the completed task's) and 0 touches.
        assertThat(cli.out())
                .contains("\"tasks\":{\"due_today\":1,\"overdue\":1,\"upcoming_7_days\":1,\"done_7_days\":1}")
                .contains("\"touches\":{\"median_per_customer\":3,\"median_per_open_lead\":1}");

        assertThat(run("--data-dir", dir.toString(), "report")).isZero();
        assertThat(cli.out()).contains("Tasks: 1 due today · 1 overdue", "Median touches: 3.0 per customer");
    }

    @Test
    void jsonCarriesEveryChannelsMetricsAndTheTotalsWithNullWhereUndefined() {
        seed();
        try (AppContext app = AppContext.open(new DataFolder(dir), CLOCK)) {
            long google = app.channels().find("Google Ads").orElseThrow().id();
            app.leads()
                    .create(LeadData.builder()
                            .fullName("Paid")
                            .email("paid@example.com")
                            .channelId(google)
                            .createdAt(OffsetDateTime.parse("2026-01-20T09:00:00Z"))
                            .build());
            app.database()
                    .dsl()
                    .execute(
                            "INSERT INTO spend (spend_date, channel_id, amount, created_at) VALUES (DATE '2026-01-05', ?,"
                                    + " 120.50, CURRENT_TIMESTAMP)",
                            google);
        }

        assertThat(run("--data-dir", dir.toString(), "report", "--from", "2026-01-01", "--to", "2026-01-31", "--json"))
                .isZero();

        String json = cli.out();
        // Google Ads: one lead, 120.50 spent, no customer; the leads without a channel: four, one won, no spend.
        assertThat(json)
                .contains("{\"channel\":\"Google Ads\",\"category\":\"PAID_SEARCH\",\"direction\":\"INBOUND\","
                        + "\"leads\":1,\"mqls\":0,\"sqls\":0,\"customers\":0,\"conversion_rate\":0,"
                        + "\"mql_to_sql_rate\":null,\"spend\":120.50,\"cpl\":120.50,\"cac\":null,\"revenue\":0.00,"
                        + "\"roi\":-1,\"median_days_to_convert\":null");
        assertThat(json)
                .contains("{\"channel\":\"(no channel)\",\"category\":null,\"direction\":null,\"leads\":4,"
                        + "\"mqls\":1,\"sqls\":1,\"customers\":1,\"conversion_rate\":0.25");
        assertThat(json).contains("\"totals\":{\"channel\":null,\"category\":null,\"direction\":null,\"leads\":5,");
        assertThat(json).contains("\"currency\":\"");
        assertThat(json).doesNotContain("NaN", "Infinity");

        assertThat(run("--data-dir", dir.toString(), "report", "--from", "2026-01-01", "--to", "2026-01-31"))
                .isZero();
        assertThat(cli.out()).contains("Channels (amounts in", "Google Ads", "120.50", "Total");
    }

    private static long task(AppContext app, long lead, OffsetDateTime due) {
        return app.tasks()
                .create(new TaskDraft(lead, "Follow up", TaskKind.CALL, null, due, null))
                .id();
    }
}
