package app.leadkeeper.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's column heads come from the funnel's in-memory snapshot when the filter is only channel and dates: they
 * must equal what the SQL counts, and follow changes.
 */
class BoardTotalsTest {
    @TempDir
    Path dir;

    private AppContext app;
    private BoardQuery sql;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        sql = new BoardQuery(TempApp.ZONE);
        long ads = app.channels().ensure("Ads").id();
        long referral = app.channels().ensure("Referral").id();
        List<Stage> stages = app.stages().stages();
        for (int i = 0; i < 40; i++) {
            Lead lead = app.leads()
                    .create(LeadData.builder()
                            .fullName("Lead " + i)
                            .email("lead" + i + "@example.com")
                            .channelId(i % 3 == 0 ? null : i % 3 == 1 ? ads : referral)
                            .dealValue(i % 4 == 0 ? null : new BigDecimal(i * 100 + ".50"))
                            .createdAt(OffsetDateTime.parse("2026-0" + (1 + i % 6) + "-15T10:00:00+01:00"))
                            .build());
            Stage target = stages.get(i % stages.size());
            StageOutcome outcome = switch (target.kind()) {
                case OPEN -> StageOutcome.OPEN;
                case WON -> StageOutcome.won(null, null);
                case LOST -> StageOutcome.lost("No budget");
            };
            app.leads().moveToStage(lead.id(), target.id(), outcome);
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void sameAsSql(BoardFilter filter) {
        app.funnel().report(FunnelPeriod.ALL); // brings the snapshot up to date, so that the totals come from it
        BoardService.Totals fromSnapshot = app.board().totals(filter);
        assertThat(app.funnel()
                        .freshColumnTotals(FunnelPeriod.days(
                                filter.createdFrom(), filter.createdTo(), filter.channelId(), TempApp.ZONE)))
                .isPresent();
        var fromSql = sql.totals(app.database().dsl(), filter);
        assertThat(fromSnapshot.columns().keySet()).isEqualTo(fromSql.keySet());
        fromSql.forEach((stage, totals) -> {
            assertThat(fromSnapshot.columns().get(stage).leads()).isEqualTo(totals.leads());
            assertThat(fromSnapshot.columns().get(stage).value()).isEqualByComparingTo(totals.value());
        });
        assertThat(fromSnapshot.allLeads())
                .isEqualTo(sql.countAll(app.database().dsl()));
    }

    @Test
    void snapshotTotalsEqualTheSqlForChannelAndDates() {
        long ads = app.channels().find("Ads").orElseThrow().id();
        sameAsSql(BoardFilter.NONE);
        sameAsSql(new BoardFilter(ads, null, null, null, null));
        sameAsSql(new BoardFilter(null, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 4, 30), null));
        sameAsSql(new BoardFilter(ads, null, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 15), null));
    }

    @Test
    void snapshotTotalsFollowAMove() {
        Stage first = app.stages().openStages().getFirst();
        Stage second = app.stages().openStages().get(1);
        long before = app.board().totals(BoardFilter.NONE).of(second.id()).leads();
        Lead someone = app.leads()
                .create(LeadData.builder()
                        .fullName("Late")
                        .email("late@example.com")
                        .build());
        assertThat(someone.data().stageId()).isEqualTo(first.id());

        app.leads().moveToStage(someone.id(), second.id(), StageOutcome.OPEN);

        // Stale snapshot: the board counts with SQL rather than wait for the snapshot to be read again.
        assertThat(app.funnel().freshColumnTotals(FunnelPeriod.ALL)).isEmpty();
        assertThat(app.board().totals(BoardFilter.NONE).of(second.id()).leads()).isEqualTo(before + 1);
        sameAsSql(BoardFilter.NONE);
    }
}
