package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * How a metric reads in the window: counts with grouping, money in the data folder's currency, shares as percentages,
 * days with at most one decimal, and "—" wherever the value is undefined (never NaN or ∞). One instance per currency
 * and locale; not thread-safe (the formats it holds are not), so use it on one thread.
 */
public final class MetricText {
    /** What an undefined value reads as. */
    public static final String UNDEFINED = "—";

    private final NumberFormat count;
    private final NumberFormat money;
    private final NumberFormat percent;
    private final NumberFormat days;

    /**
     * @param currency an ISO 4217 code; an unknown code is written after the amount instead of as a symbol
     * @param locale the user's format locale
     */
    public MetricText(String currency, Locale locale) {
        this.count = NumberFormat.getIntegerInstance(locale);
        this.money = moneyFormat(currency, locale);
        this.percent = NumberFormat.getPercentInstance(locale);
        percent.setMinimumFractionDigits(1);
        percent.setMaximumFractionDigits(1);
        percent.setRoundingMode(RoundingMode.HALF_UP);
        this.days = NumberFormat.getNumberInstance(locale);
        days.setMinimumFractionDigits(0);
        days.setMaximumFractionDigits(1);
        days.setRoundingMode(RoundingMode.HALF_UP);
    }

    /** In the user's format locale. */
    public MetricText(String currency) {
        this(currency, Locale.getDefault(Locale.Category.FORMAT));
    }

    /** The value as {@link Metric#of} gives it, in the way its kind reads. */
    public String format(Metric metric, Object value) {
        if (value == null) {
            return UNDEFINED;
        }
        return switch (metric.kind()) {
            case COUNT -> count(((Number) value).longValue());
            case MONEY -> money(value instanceof BigDecimal b ? b : new BigDecimal(value.toString()));
            case PERCENT -> percent(((Number) value).doubleValue());
            case DAYS -> days(((Number) value).doubleValue());
        };
    }

    /** The metric of these figures. */
    public String format(Metric metric, ChannelFigures figures) {
        return format(metric, metric.of(figures));
    }

    public String count(long value) {
        return count.format(value);
    }

    public String money(BigDecimal value) {
        return value == null ? UNDEFINED : money.format(value);
    }

    /** A share: 0.25 reads "25.0%" (in the locale's way). */
    public String percent(Double share) {
        return share == null || !Double.isFinite(share) ? UNDEFINED : percent.format(share);
    }

    public String days(Double value) {
        return value == null || !Double.isFinite(value) ? UNDEFINED : days.format(value);
    }

    private static NumberFormat moneyFormat(String code, Locale locale) {
        try {
            NumberFormat format = NumberFormat.getCurrencyInstance(locale);
            Currency currency = Currency.getInstance(code);
            format.setCurrency(currency);
            format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
            format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
            // As the metrics round their money: half up, not the format's default half even.
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        } catch (IllegalArgumentException | NullPointerException e) {
            DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            format.setMaximumFractionDigits(2);
            format.setPositiveSuffix(code == null || code.isBlank() ? "" : " " + code.strip());
            format.setNegativeSuffix(code == null || code.isBlank() ? "" : " " + code.strip());
            format.setRoundingMode(RoundingMode.HALF_UP);
            return format;
        }
    }
}
