package app.leadkeeper.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The funnel against hand-computed figures, on a real H2 file database: leads that skip stages, go backwards, win and
 * lose, with stage changes at times the test sets.
 */
class FunnelServiceTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private AppContext app;
    private Map<String, Stage> stages;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), clock);
        stages = app.stages().stages().stream().collect(Collectors.toMap(Stage::name, Function.identity()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Lead lead(String name, String created) {
        return app.leads()
                .create(LeadData.builder()
                        .fullName(name)
                        .email(name.toLowerCase() + "@example.com")
                        .dealValue(new BigDecimal("100"))
                        .createdAt(OffsetDateTime.parse(created))
                        .build());
    }

    private void move(Lead lead, String stage, String at, StageOutcome outcome) {
        clock.set(at);
        app.leads().moveToStage(lead.id(), stages.get(stage).id(), outcome);
    }

    private void move(Lead lead, String stage, String at) {
        move(lead, stage, at, StageOutcome.OPEN);
    }

    private FunnelReport.StageFigures figures(FunnelReport report, String stage) {
        return report.stages().stream()
                .filter(f -> f.stage().name().equals(stage))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void countsReachedConversionAndMedianDaysFromTheHistory() {
        Lead a = lead("Ada", "2026-01-01T00:00:00Z");
        Lead b = lead("Ben", "2026-01-01T00:00:00Z");
        Lead c = lead("Cem", "2026-01-01T00:00:00Z");
        lead("Dora", "2026-02-01T00:00:00Z"); // outside January
        move(b, "Engaged", "2026-01-03T00:00:00Z");
        move(b, "Proposal", "2026-01-07T00:00:00Z"); // skips Qualified
        move(b, "Won", "2026-01-10T00:00:00Z", StageOutcome.won(OffsetDateTime.parse("2026-01-10T00:00:00Z"), null));
        move(c, "Qualified", "2026-01-02T00:00:00Z"); // skips Engaged
        move(c, "Engaged", "2026-01-04T00:00:00Z"); // goes back
        move(c, "Lost", "2026-01-05T00:00:00Z", StageOutcome.lost("No budget"));
        clock.set("2026-01-11T00:00:00Z");

        FunnelReport report = app.funnel()
                .report(FunnelPeriod.days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), null, ZoneOffset.UTC));

        assertThat(report.leads()).isEqualTo(3);
        assertThat(report.won()).isEqualTo(1);
        assertThat(report.lost()).isEqualTo(1);
        assertThat(report.leadToCustomerRate()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(report.lostReasons()).containsExactly(Map.entry("No budget", 1L));

        assertThat(figures(report, "New").reached()).isEqualTo(3);
        assertThat(figures(report, "Engaged").reached()).isEqualTo(2);
        assertThat(figures(report, "Qualified").reached()).isEqualTo(2);
        assertThat(figures(report, "Proposal").reached()).isEqualTo(1);
        assertThat(figures(report, "Won").reached()).isEqualTo(1);
        assertThat(figures(report, "Lost").reached()).isEqualTo(1);

        assertThat(figures(report, "New").conversionToNext()).isCloseTo(2 / 3.0, within(1e-9));
        assertThat(figures(report, "Engaged").conversionToNext()).isCloseTo(1.0, within(1e-9));
        assertThat(figures(report, "Qualified").conversionToNext()).isCloseTo(0.5, within(1e-9));
        assertThat(figures(report, "Proposal").conversionToNext()).isCloseTo(1.0, within(1e-9));
        assertThat(figures(report, "Won").conversionToNext()).isNull();

        assertThat(figures(report, "New").current()).isEqualTo(1);
        assertThat(figures(report, "New").currentValue()).isEqualByComparingTo("100");
        // New: Ada 10 days (still there), Ben 2, Cem 1 → 2. Engaged: Ben 4, Cem 1 → 2.5. Qualified: Cem 2. Proposal: 3.
        assertThat(figures(report, "New").medianDaysInStage()).isCloseTo(2.0, within(1e-9));
        assertThat(figures(report, "Engaged").medianDaysInStage()).isCloseTo(2.5, within(1e-9));
        assertThat(figures(report, "Qualified").medianDaysInStage()).isCloseTo(2.0, within(1e-9));
        assertThat(figures(report, "Proposal").medianDaysInStage()).isCloseTo(3.0, within(1e-9));
        assertThat(figures(report, "Won").medianDaysInStage()).isNull();
    }

    @Test
    void leadsMovedByDeletingTheirStageCountAsReachingWhereTheyWent() {
        Lead a = lead("Ada", "2026-01-01T00:00:00Z");
        move(a, "Engaged", "2026-01-02T00:00:00Z");
        lead("Ben", "2026-01-01T00:00:00Z");
        clock.set("2026-01-03T00:00:00Z");

        int moved = app.stages()
                .delete(stages.get("Engaged").id(), stages.get("Proposal").id());

        FunnelReport report = app.funnel().report(FunnelPeriod.ALL);
        assertThat(moved).isEqualTo(1);
        assertThat(figures(report, "Proposal").reached()).isEqualTo(1);
        assertThat(figures(report, "Qualified").reached()).isEqualTo(1);
        assertThat(figures(report, "New").reached()).isEqualTo(2);
        assertThat(report.stages()).extracting(f -> f.stage().name()).doesNotContain("Engaged");
        // Ada's stay in Engaged ended with the deletion: one day, kept in the history.
        assertThat(historyRows(a.id())).isEqualTo(2);
    }

    @Test
    void theFiguresFollowEveryChangeOfTheLeads() {
        Lead a = lead("Ada", "2026-01-01T00:00:00Z");
        assertThat(figures(app.funnel().report(FunnelPeriod.ALL), "Engaged").reached())
                .isZero();

        move(a, "Engaged", "2026-01-02T00:00:00Z");
        assertThat(figures(app.funnel().report(FunnelPeriod.ALL), "Engaged").reached())
                .isEqualTo(1);

        lead("Ben", "2026-01-01T00:00:00Z");
        assertThat(app.funnel().report(FunnelPeriod.ALL).leads()).isEqualTo(2);

        app.leads().delete(a.id());
        FunnelReport afterDelete = app.funnel().report(FunnelPeriod.ALL);
        assertThat(afterDelete.leads()).isEqualTo(1);
        assertThat(figures(afterDelete, "Engaged").reached()).isZero();
    }

    @Test
    void anEmptyPeriodHasNoRatesRatherThanNaN() {
        lead("Ada", "2026-01-01T00:00:00Z");

        FunnelReport report = app.funnel()
                .report(FunnelPeriod.days(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), null, ZoneOffset.UTC));

        assertThat(report.leads()).isZero();
        assertThat(report.leadToCustomerRate()).isNull();
        assertThat(report.stages()).allSatisfy(f -> {
            assertThat(f.reached()).isZero();
            assertThat(f.conversionToNext()).isNull();
            assertThat(f.medianDaysInStage()).isNull();
        });
    }

    @Test
    void aMoveIsKeptInTheHistoryAndUndoForgetsIt() {
        Lead a = lead("Ada", "2026-01-01T00:00:00Z");
        clock.set("2026-01-05T12:00:00Z");
        var move = app.leads()
                .moveToStage(
                        a.id(),
                        stages.get("Won").id(),
                        StageOutcome.won(OffsetDateTime.parse("2026-01-05T12:00:00Z"), new BigDecimal("250")));

        Lead won = app.leads().find(a.id()).orElseThrow();
        assertThat(won.data().stageId()).isEqualTo(stages.get("Won").id());
        assertThat(won.data().status().name()).isEqualTo("WON");
        assertThat(won.data().revenue()).isEqualByComparingTo("250");
        assertThat(won.stageSince()).isEqualTo(OffsetDateTime.parse("2026-01-05T12:00:00Z"));
        assertThat(historyRows(a.id())).isEqualTo(1);

        app.leads().undoMove(move);

        Lead back = app.leads().find(a.id()).orElseThrow();
        assertThat(back.data().stageId()).isEqualTo(stages.get("New").id());
        assertThat(back.data().status().name()).isEqualTo("OPEN");
        assertThat(back.data().revenue()).isNull();
        assertThat(back.stageSince()).isEqualTo(a.stageSince());
        assertThat(historyRows(a.id())).isZero();
    }

    @Test
    void aQualificationChangeIsKeptInItsHistory() {
        Lead a = lead("Ada", "2026-01-01T00:00:00Z");
        app.leads()
                .update(
                        a.id(),
                        a.data().toBuilder().qualification(Qualification.MQL).build());

        Number rows = (Number) app.database()
                .dsl()
                .fetchValue("SELECT COUNT(*) FROM qualification_change WHERE lead_id = ? AND to_value = 'MQL'", a.id());
        assertThat(rows.intValue()).isEqualTo(1);
    }

    private int historyRows(long leadId) {
        return ((Number) app.database().dsl().fetchValue("SELECT COUNT(*) FROM stage_change WHERE lead_id = ?", leadId))
                .intValue();
    }
}
