package app.leadkeeper.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.metrics.ChannelRow;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.spend.SpendDraft;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's spend ledger: paid channels every month, sized to their leads, never in the future (today: 15 Jun 2026). */
class DemoSpendTest {
    static final Map<DemoChannel, Long> IDS = ids();

    @Test
    void everyPaidChannelHasSpendInEveryDemoMonthAndNothingLiesAhead() {
        List<SpendDraft> plan = DemoSpend.plan(IDS, DemoLeadGeneratorTest.CLOCK, 1_000, 7);
        LocalDate today = LocalDate.parse("2026-06-15");
        assertThat(plan).allSatisfy(d -> {
            assertThat(d.problems()).isEmpty();
            assertThat(d.amount().signum()).isPositive();
            assertThat(d.storedDate()).isBeforeOrEqualTo(today);
        });
        for (DemoChannel paid : List.of(DemoChannel.GOOGLE_ADS, DemoChannel.FACEBOOK_LEAD_ADS, DemoChannel.LINKEDIN)) {
            var months = plan.stream()
                    .filter(d -> d.channelId() == IDS.get(paid))
                    .map(d -> YearMonth.from(d.storedDate()))
                    .collect(Collectors.toSet());
            assertThat(months).hasSize(DemoLeadGenerator.MONTHS + 1);
        }
        // Organic channels cost nothing in the demo.
        assertThat(plan).noneMatch(d -> d.channelId() == IDS.get(DemoChannel.BLOG));
        assertThat(plan).noneMatch(d -> d.channelId() == IDS.get(DemoChannel.REFERRAL));
        // The month so far is one entry dated today, not a whole month counted in full.
        assertThat(plan.stream().filter(d -> YearMonth.from(d.storedDate()).equals(YearMonth.of(2026, 6))))
                .allSatisfy(d -> assertThat(d.wholeMonth()).isFalse());
        assertThat(DemoSpend.plan(IDS, DemoLeadGeneratorTest.CLOCK, 1_000, 7)).isEqualTo(plan);
    }

    @Test
    void theBudgetGrowsWithTheLeadsAtAPlausibleCostPerLead() {
        BigDecimal small = googleTotal(DemoSpend.plan(IDS, DemoLeadGeneratorTest.CLOCK, 1_000, 1));
        BigDecimal large = googleTotal(DemoSpend.plan(IDS, DemoLeadGeneratorTest.CLOCK, 100_000, 1));
        assertThat(large).isGreaterThan(small.multiply(BigDecimal.valueOf(50)));
        // About 22% of 1,000 leads at roughly 45 a lead.
        assertThat(small).isBetween(new BigDecimal("6000"), new BigDecimal("14000"));
    }

    @Test
    void demoLeadsOfAnAppComeWithSpendTheChannelMetricsCount(@TempDir Path dir) {
        try (AppContext app = AppContext.open(new DataFolder(dir), DemoLeadGeneratorTest.CLOCK)) {
            DemoLoader.of(app).add(400, 3, p -> {});
            assertThat(app.spend().list(null, null).entries()).isNotEmpty();
            ReportPeriod may = new ReportPeriod(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"));
            ChannelRow google = app.metrics().metrics(may).rows().stream()
                    .filter(r -> "Google Ads".equals(r.channel()))
                    .findFirst()
                    .orElseThrow();
            assertThat(google.figures().spend().signum()).isPositive();
            assertThat(google.figures().leads()).isPositive();
            assertThat(google.figures().costPerLead()).isNotNull();
        }
    }

    private static BigDecimal googleTotal(List<SpendDraft> plan) {
        return plan.stream()
                .filter(d -> d.channelId() == IDS.get(DemoChannel.GOOGLE_ADS))
                .map(SpendDraft::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<DemoChannel, Long> ids() {
        Map<DemoChannel, Long> ids = new EnumMap<>(DemoChannel.class);
        for (DemoChannel c : DemoChannel.values()) {
            ids.put(c, (long) c.ordinal() + 1);
        }
        return ids;
    }
}
