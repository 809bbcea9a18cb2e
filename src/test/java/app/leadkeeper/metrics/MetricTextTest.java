package app.leadkeeper.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every kind of metric reads as the user expects, undefined values as "—", in the user's locale and currency. */
class MetricTextTest {
    private final MetricText us = new MetricText("EUR", Locale.US);
    private final MetricText german = new MetricText("EUR", Locale.GERMANY);

    @Test
    void countsAreGrouped() {
        assertThat(us.format(Metric.LEADS, 1_234_567L)).isEqualTo("1,234,567");
        assertThat(german.format(Metric.CUSTOMERS, 1_234L)).isEqualTo("1.234");
        assertThat(us.format(Metric.LEADS, 0L)).isEqualTo("0");
    }

    @Test
    void moneyIsInTheFoldersCurrencyWithItsDecimals() {
        assertThat(us.format(Metric.SPEND, new BigDecimal("1234.5"))).isEqualTo("€1,234.50");
        assertThat(plain(german.format(Metric.CPL, new BigDecimal("12.345")))).isEqualTo("12,35 €");
        assertThat(new MetricText("JPY", Locale.US).format(Metric.CAC, new BigDecimal("1500")))
                .isEqualTo("¥1,500");
        assertThat(new MetricText("USD", Locale.US).money(new BigDecimal("-20")))
                .isEqualTo("-$20.00");
    }

    @Test
    void anUnknownCurrencyCodeFollowsTheAmount() {
        assertThat(new MetricText("XYZ1", Locale.US).money(new BigDecimal("3"))).isEqualTo("3.00 XYZ1");
        assertThat(new MetricText("", Locale.US).money(new BigDecimal("3"))).isEqualTo("3.00");
    }

    @Test
    void sharesArePercentagesWithOneDecimal() {
        assertThat(us.format(Metric.CONVERSION_RATE, 0.25)).isEqualTo("25.0%");
        assertThat(plain(german.format(Metric.CTR, 0.0123))).isEqualTo("1,2 %");
        assertThat(us.format(Metric.ROI, -0.456)).isEqualTo("-45.6%");
        assertThat(us.format(Metric.ROI, 12.0)).isEqualTo("1,200.0%");
    }

    @Test
    void daysHaveAtMostOneDecimal() {
        assertThat(us.format(Metric.MEDIAN_DAYS_TO_CONVERT, 12.0)).isEqualTo("12");
        assertThat(us.format(Metric.MEDIAN_DAYS_TO_CONVERT, 12.5)).isEqualTo("12.5");
    }

    @Test
    void undefinedIsADashNeverNaNOrInfinity() {
        for (Metric metric : Metric.values()) {
            assertThat(us.format(metric, (Object) null)).as(metric.name()).isEqualTo("—");
        }
        assertThat(us.percent(Double.NaN)).isEqualTo("—");
        assertThat(us.percent(Double.POSITIVE_INFINITY)).isEqualTo("—");
        assertThat(us.days(Double.NaN)).isEqualTo("—");
        assertThat(us.money(null)).isEqualTo("—");
    }

    @Test
    void figuresWithoutLeadsOrSpendReadAsDashesWhereUndefined() {
        ChannelFigures none = ChannelFigures.NONE;
        assertThat(us.format(Metric.LEADS, none)).isEqualTo("0");
        assertThat(us.format(Metric.SPEND, none)).isEqualTo("€0.00");
        for (Metric metric : new Metric[] {
            Metric.CONVERSION_RATE,
            Metric.CPL,
            Metric.CAC,
            Metric.ROI,
            Metric.CTR,
            Metric.CPC,
            Metric.MEDIAN_DAYS_TO_CONVERT,
            Metric.AVERAGE_LIFETIME_VALUE,
            Metric.LANDING_PAGE_CONVERSION
        }) {
            assertThat(us.format(metric, none)).as(metric.name()).isEqualTo("—");
        }
    }

    /** CLDR separates the German amount and its sign with a no-break space. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
