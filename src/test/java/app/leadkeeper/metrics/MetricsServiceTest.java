package app.leadkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.data.DataFolder;
import app.leadkeeper.leads.Lead;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.testing.ChannelFixtures;
import app.leadkeeper.testing.MutableClock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every metric against figures computed by hand, on a real H2 file database in Berlin time: leads either side of a
 * year end, won leads with revenue or only a deal value, spend by day and by whole month (counted in part), a channel
 * with spend and no leads, traffic, and periods with nothing at all.
 */
class MetricsServiceTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-15T12:00:00Z"), BERLIN);
    private AppContext app;
    private Channel google;
    private Channel newsletter;
    private Channel print;
    private Lead gob;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), clock);
        google = app.channels().find("Google Ads").orElseThrow();
        newsletter = app.channels().find("Newsletter").orElseThrow();
        print = app.channels().add("Print", ChannelCategory.DIRECT_MAIL, Direction.OUTBOUND);
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Lead lead(String name, Channel channel, String created, Qualification qualification, String dealValue) {
        return app.leads()
                .create(LeadData.builder()
                        .fullName(name)
                        .email(name.toLowerCase() + "@example.com")
                        .channelId(channel == null ? null : channel.id())
                        .qualification(qualification)
                        .dealValue(dealValue == null ? null : new BigDecimal(dealValue))
                        .createdAt(OffsetDateTime.parse(created))
                        .build());
    }

    private void win(Lead lead, String at, String revenue) {
        ChannelFixtures.win(app, lead, at, revenue);
    }

    private void spend(Channel channel, String date, boolean wholeMonth, String amount) {
        ChannelFixtures.spend(app, channel, date, wholeMonth, amount);
    }

    private void traffic(Channel channel, String from, String to, long visits, long clicks, long impressions) {
        sql(
                "INSERT INTO traffic (period_start, period_end, channel_id, visits, clicks, impressions, created_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                LocalDate.parse(from),
                LocalDate.parse(to),
                channel.id(),
                visits,
                clicks,
                impressions,
                OffsetDateTime.now(clock));
    }

    private void sql(String statement, Object... values) {
        app.database().dsl().connection(c -> {
            try (PreparedStatement s = c.prepareStatement(statement)) {
                for (int i = 0; i < values.length; i++) {
                    s.setObject(i + 1, values[i]);
                }
                s.executeUpdate();
            }
        });
    }

    private void fixture() {
        lead("Gus", google, "2025-12-31T23:30:00+01:00", Qualification.LEAD, null); // 22:30 UTC: still 2025 here
        lead("Gia", google, "2026-01-01T00:30:00+01:00", Qualification.LEAD, null); // 2025-12-31 in UTC, 2026 here
        win(
                lead("Gil", google, "2026-01-15T10:00:00+01:00", Qualification.LEAD, null),
                "2026-01-25T09:00:00+01:00",
                "1000");
        gob = lead("Gob", google, "2026-01-20T10:00:00+01:00", Qualification.MQL, null);
        win(
                lead("Gwen", google, "2026-02-03T10:00:00+01:00", Qualification.LEAD, "500"),
                "2026-02-10T09:00:00+01:00",
                null);
        lead("Ned", newsletter, "2026-01-10T10:00:00+01:00", Qualification.SQL, null);
        win(
                lead("Nia", newsletter, "2026-01-11T10:00:00+01:00", Qualification.LEAD, null),
                "2026-03-01T09:00:00+01:00",
                "300");
        lead("Xena", null, "2026-01-05T10:00:00+01:00", Qualification.LEAD, null);
        spend(google, "2026-01-10", false, "200.00");
        spend(google, "2026-01-01", true, "310.00");
        spend(google, "2025-12-31", false, "50.00");
        spend(print, "2026-02-01", true, "280.00");
        traffic(google, "2026-01-01", "2026-01-31", 310, 62, 6200);
    }

    private static ChannelRow row(ChannelMetrics metrics, String channel) {
        return metrics.rows().stream()
                .filter(r -> r.channel().equals(channel))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + channel + " in " + metrics.rows()));
    }

    private ChannelMetrics metrics(String from, String to) {
        return app.metrics().metrics(new ReportPeriod(LocalDate.parse(from), LocalDate.parse(to)));
    }

    @Test
    void theTotalsRatesOfTrafficCountOnlyTheChannelsWithTraffic() {
        for (int i = 0; i < 4; i++) {
            lead("G" + i, google, "2026-02-0" + (i + 1) + "T10:00:00+01:00", Qualification.LEAD, null);
        }
        for (int i = 0; i < 6; i++) {
            lead("N" + i, newsletter, "2026-02-0" + (i + 1) + "T10:00:00+01:00", Qualification.LEAD, null);
        }
        traffic(google, "2026-02-01", "2026-02-28", 100, 50, 1000);
        spend(google, "2026-02-10", false, "100.00");
        spend(newsletter, "2026-02-10", false, "60.00");

        ChannelFigures totals = metrics("2026-02-01", "2026-02-28").totals();

        // Newsletter's six leads had no recorded visits, Newsletter's 60.00 no clicks: neither counts.
        assertThat(totals.leads()).isEqualTo(10);
        assertThat(totals.landingPageConversion()).isEqualTo(0.04);
        assertThat(totals.costPerClick()).isEqualByComparingTo("2.00");
        assertThat(totals.costPerLead()).isEqualByComparingTo("16.00");
    }

    @Test
    void januaryAgainstHandComputedFigures() {
        fixture();
        ChannelMetrics january = metrics("2026-01-01", "2026-01-31");

        ChannelFigures g = row(january, "Google Ads").figures();
        assertThat(g.leads()).isEqualTo(3); // Gia (the first half hour of the year), Gil, Gob
        assertThat(g.mqls()).isEqualTo(2); // Gob (MQL), Gil (won)
        assertThat(g.sqls()).isEqualTo(1);
        assertThat(g.customers()).isEqualTo(1);
        assertThat(g.revenue()).isEqualByComparingTo("1000");
        assertThat(g.spend()).isEqualByComparingTo("510.00"); // 200 on the 10th + the whole month's 310
        assertThat(g.costPerLead()).isEqualByComparingTo("170.00");
        assertThat(g.costOfAcquisition()).isEqualByComparingTo("510.00");
        assertThat(g.roi()).isCloseTo((1000.0 - 510) / 510, within(1e-9));
        assertThat(g.conversionRate()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(g.mqlToSqlRate()).isCloseTo(0.5, within(1e-9));
        assertThat(g.medianDaysToConvert()).isEqualTo(10.0);
        assertThat(g.landingPageConversion()).isCloseTo(3.0 / 310, within(1e-9));
        assertThat(g.clickThroughRate()).isCloseTo(0.01, within(1e-9));
        assertThat(g.costPerClick()).isEqualByComparingTo("8.23"); // 510 / 62 = 8.2258
        assertThat(g.averageLifetimeValue()).isEqualByComparingTo("1000.00");

        ChannelFigures n = row(january, "Newsletter").figures();
        assertThat(n.leads()).isEqualTo(2);
        assertThat(n.mqls()).isEqualTo(2);
        assertThat(n.sqls()).isEqualTo(2);
        assertThat(n.customers()).isEqualTo(1);
        assertThat(n.medianDaysToConvert()).isEqualTo(49.0); // 11 Jan to 1 Mar
        assertThat(n.spend()).isEqualByComparingTo("0");
        assertThat(n.costPerLead()).isNull();
        assertThat(n.costOfAcquisition()).isNull();
        assertThat(n.roi()).isNull();
        assertThat(n.costPerClick()).isNull();
        assertThat(n.clickThroughRate()).isNull();
        assertThat(n.landingPageConversion()).isNull();

        ChannelRow none = row(january, MetricsService.NO_CHANNEL);
        assertThat(none.channelId()).isNull();
        assertThat(none.figures().leads()).isEqualTo(1);
        assertThat(none.figures().conversionRate()).isEqualTo(0.0);
        assertThat(none.figures().medianDaysToConvert()).isNull();
        assertThat(none.figures().averageLifetimeValue()).isNull();

        assertThat(january.rows()).extracting(ChannelRow::channel).doesNotContain("Print");
        ChannelFigures t = january.totals();
        assertThat(t.leads()).isEqualTo(6);
        assertThat(t.mqls()).isEqualTo(4);
        assertThat(t.sqls()).isEqualTo(3);
        assertThat(t.customers()).isEqualTo(2);
        assertThat(t.revenue()).isEqualByComparingTo("1300");
        assertThat(t.spend()).isEqualByComparingTo("510.00");
        assertThat(t.costPerLead()).isEqualByComparingTo("85.00");
        assertThat(t.costOfAcquisition()).isEqualByComparingTo("255.00");
        assertThat(t.medianDaysToConvert()).isEqualTo(29.5); // the mean of 10 and 49
    }

    @Test
    void theYearEndFallsOnBerlinMidnightNotUtc() {
        fixture();
        ChannelMetrics december = metrics("2025-12-01", "2025-12-31");
        assertThat(row(december, "Google Ads").figures().leads()).isEqualTo(1); // Gus only
        assertThat(row(december, "Google Ads").figures().spend()).isEqualByComparingTo("50.00");
        ChannelMetrics acrossYearEnd = metrics("2025-12-31", "2026-01-01");
        assertThat(row(acrossYearEnd, "Google Ads").figures().leads()).isEqualTo(2);
        // One day of January's month entry: 310 / 31 = 10, plus the 50 of 31 December.
        assertThat(row(acrossYearEnd, "Google Ads").figures().spend()).isEqualByComparingTo("60.00");
    }

    @Test
    void aMonthsSpendCountsInPartForAPartOfTheMonth() {
        fixture();
        ChannelFigures g =
                row(metrics("2026-01-01", "2026-01-10"), "Google Ads").figures();
        assertThat(g.spend()).isEqualByComparingTo("300.00"); // 200 + 310 × 10 / 31
        assertThat(g.leads()).isEqualTo(1);
        assertThat(g.visits()).isEqualTo(100); // 310 visits × 10 / 31
        assertThat(g.costPerLead()).isEqualByComparingTo("300.00");
    }

    @Test
    void aChannelWithSpendAndNoLeadsShowsItsSpendAndNoCostPerLead() {
        fixture();
        ChannelMetrics february = metrics("2026-02-01", "2026-02-28");
        ChannelFigures p = row(february, "Print").figures();
        assertThat(p.leads()).isZero();
        assertThat(p.spend()).isEqualByComparingTo("280.00");
        assertThat(p.costPerLead()).isNull();
        assertThat(p.costOfAcquisition()).isNull();
        assertThat(p.conversionRate()).isNull();
        assertThat(p.roi()).isEqualTo(-1.0);
        ChannelFigures g = row(february, "Google Ads").figures();
        assertThat(g.revenue()).isEqualByComparingTo("500"); // no revenue given: the deal value counts
        assertThat(g.medianDaysToConvert()).isEqualTo(7.0);
        assertThat(g.spend()).isEqualByComparingTo("0");
        assertThat(g.costPerLead()).isNull();
    }

    @Test
    void aPeriodWithNothingHasNoRowsAndUndefinedTotals() {
        fixture();
        ChannelMetrics empty = metrics("2030-01-01", "2030-12-31");
        assertThat(empty.rows()).isEmpty();
        ChannelFigures t = empty.totals();
        assertThat(t.leads()).isZero();
        for (Metric metric : Metric.values()) {
            Object value = metric.of(t);
            if (metric.kind() == Metric.Kind.COUNT) {
                assertThat(value).as(metric.name()).isEqualTo(0L);
            } else if (metric == Metric.SPEND || metric == Metric.REVENUE) {
                assertThat((BigDecimal) value).as(metric.name()).isEqualByComparingTo("0");
            } else {
                assertThat(value).as(metric.name()).isNull();
            }
        }
    }

    @Test
    void editsDeletesAndMovesReachTheMetricsAtOnce() {
        fixture();
        app.leads()
                .update(
                        gob.id(),
                        gob.data().toBuilder().channelId(newsletter.id()).build());
        ChannelMetrics january = metrics("2026-01-01", "2026-01-31");
        assertThat(row(january, "Google Ads").figures().leads()).isEqualTo(2);
        assertThat(row(january, "Newsletter").figures().leads()).isEqualTo(3);
        assertThat(row(january, "Newsletter").figures().mqls()).isEqualTo(3);
        app.leads().delete(gob.id());
        assertThat(row(metrics("2026-01-01", "2026-01-31"), "Newsletter")
                        .figures()
                        .leads())
                .isEqualTo(2);
        assertThat(metrics("2026-01-01", "2026-01-31").totals().leads()).isEqualTo(5);
    }

    @Test
    void leadsByMonthStackPerChannel() {
        fixture();
        LeadsByMonth byMonth = app.metrics()
                .leadsByMonth(new ReportPeriod(LocalDate.parse("2025-12-01"), LocalDate.parse("2026-02-28")));
        assertThat(byMonth.months()).hasSize(3);
        LeadsByMonth.Series g = byMonth.series().getFirst();
        assertThat(g.channel()).isEqualTo("Google Ads");
        assertThat(g.leads()).containsExactly(1L, 3L, 1L);
        assertThat(byMonth.series())
                .extracting(LeadsByMonth.Series::channel)
                .containsExactly("Google Ads", "Newsletter", MetricsService.NO_CHANNEL);
    }
}
