package app.leadkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forecast's arithmetic against hand-computed plans. */
class ForecastPlannerTest {
    /** 90 days, so a channel's pace over 30 days is a third of what it brought. */
    private static final ReportPeriod QUARTER =
            new ReportPeriod(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-03-31"));

    private static ChannelRow row(long id, String name, long leads, long customers, String spend) {
        return new ChannelRow(
                id,
                name,
                ChannelCategory.OTHER,
                Direction.INBOUND,
                new ChannelFigures(
                        leads, leads, leads, customers, BigDecimal.ZERO, new BigDecimal(spend), 0, 0, 0, null));
    }

    private static ChannelMetrics basis(ChannelRow... rows) {
        return new ChannelMetrics(QUARTER, "EUR", List.of(rows), ChannelFigures.NONE);
    }

    @Test
    void eachChannelAloneAndTheCheapestMixAtCurrentPace() {
        // Ads: 200 leads, 10 customers, 4,000 spent → 20 leads and 400 per customer, 20 per lead; pace 30 days: 3.33.
        // Blog: 90 leads, 9 customers, no spend → free, pace 30 days: 3.
        // Fairs: 60 leads, 6 customers, 6,000 spent → 1,000 per customer; pace 30 days: 2.
        ChannelMetrics basis =
                basis(row(1, "Ads", 200, 10, "4000"), row(2, "Blog", 90, 9, "0"), row(3, "Fairs", 60, 6, "6000"));
        Forecast f = ForecastPlanner.plan(basis, 7, 30);

        assertThat(f.problem()).isNull();
        Forecast.Line ads = f.lines().stream()
                .filter(l -> l.channel().equals("Ads"))
                .findFirst()
                .orElseThrow();
        assertThat(ads.leadsNeeded()).isEqualTo(140); // 7 customers at 1 in 20
        assertThat(ads.spendNeeded()).isEqualByComparingTo("2800.00"); // 140 leads at 20
        Forecast.Line blog = f.lines().stream()
                .filter(l -> l.channel().equals("Blog"))
                .findFirst()
                .orElseThrow();
        assertThat(blog.leadsNeeded()).isEqualTo(70);
        assertThat(blog.spendNeeded()).isNull();

        // Blog first (free, 3 at its pace), then Ads (3 of its 3.33), then Fairs (1).
        assertThat(f.mix()).extracting(Forecast.MixPart::channel).containsExactly("Blog", "Ads", "Fairs");
        assertThat(f.mix()).extracting(Forecast.MixPart::customers).containsExactly(3L, 3L, 1L);
        assertThat(f.mix()).extracting(Forecast.MixPart::leads).containsExactly(30L, 60L, 10L);
        assertThat(f.mix()).allMatch(Forecast.MixPart::atPace);
        assertThat(f.mixLeads()).isEqualTo(100);
        assertThat(f.mixSpend()).isEqualByComparingTo("2200.00"); // Ads 60 × 20 + Fairs 10 × 100
        assertThat(f.shortfall()).isZero();
    }

    @Test
    void beyondEveryPaceTheCheapestPaidChannelScales() {
        ChannelMetrics basis = basis(row(1, "Ads", 200, 10, "4000"), row(2, "Blog", 90, 9, "0"));
        Forecast f = ForecastPlanner.plan(basis, 20, 30);
        assertThat(f.mix()).extracting(Forecast.MixPart::channel).containsExactly("Blog", "Ads", "Ads");
        assertThat(f.mix()).extracting(Forecast.MixPart::customers).containsExactly(3L, 3L, 14L);
        assertThat(f.mix().getLast().atPace()).isFalse();
        assertThat(f.mix().getLast().spend()).isEqualByComparingTo("5600.00"); // 14 × 400
        assertThat(f.shortfall()).isZero();
    }

    @Test
    void withoutAPaidChannelTheRestIsAShortfall() {
        Forecast f = ForecastPlanner.plan(basis(row(2, "Blog", 90, 9, "0")), 10, 30);
        assertThat(f.mix()).extracting(Forecast.MixPart::customers).containsExactly(3L);
        assertThat(f.shortfall()).isEqualTo(7);
    }

    @Test
    void tooLittleDataSaysSoInsteadOfInventingANumber() {
        Forecast f = ForecastPlanner.plan(basis(row(1, "Ads", 200, 2, "4000"), row(2, "Blog", 10, 5, "0")), 5, 30);
        assertThat(f.problem()).startsWith("Too little data to forecast");
        assertThat(f.mix()).isEmpty();
        assertThat(f.lines()).allSatisfy(l -> {
            assertThat(l.problem()).startsWith("Too little data");
            assertThat(l.leadsNeeded()).isNull();
            assertThat(l.spendNeeded()).isNull();
        });
    }
}
