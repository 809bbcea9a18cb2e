package app.leadkeeper.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** When the forecast's customers are wanted: next month, next quarter, the next twelve months or a number of days. */
public enum ForecastTarget {
    NEXT_MONTH("Next month"),
    NEXT_QUARTER("Next quarter"),
    NEXT_12_MONTHS("Next 12 months"),
    DAYS("Next … days");

    private final String label;

    ForecastTarget(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The whole days of the target period after {@code today}; {@code days} is used by {@link #DAYS} only. */
    public long days(LocalDate today, int days) {
        return switch (this) {
            case NEXT_MONTH -> YearMonth.from(today).plusMonths(1).lengthOfMonth();
            case NEXT_QUARTER -> {
                LocalDate start = quarterAfter(today);
                yield ChronoUnit.DAYS.between(start, start.plusMonths(3));
            }
            case NEXT_12_MONTHS -> ChronoUnit.DAYS.between(today, today.plusMonths(12));
            case DAYS -> Math.max(1, days);
        };
    }

    /** "December 2026", "Q1 2027", "the next 12 months", "the next 45 days". */
    public String describe(LocalDate today, int days) {
        return switch (this) {
            case NEXT_MONTH ->
                YearMonth.from(today).plusMonths(1).format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
            case NEXT_QUARTER -> {
                LocalDate start = quarterAfter(today);
                yield "Q" + start.get(IsoFields.QUARTER_OF_YEAR) + " " + start.getYear();
            }
            case NEXT_12_MONTHS -> "the next 12 months";
            case DAYS -> "the next " + days(today, days) + (days(today, days) == 1 ? " day" : " days");
        };
    }

    private static LocalDate quarterAfter(LocalDate today) {
        return today.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3);
    }
}
