package app.leadkeeper.metrics;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** A run of whole days, both inclusive, in the computer's time zone: the leads created in it and its spend. */
public record ReportPeriod(LocalDate from, LocalDate to) {
    public ReportPeriod {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    /** Every day there is: the period of a report without dates. */
    public static final ReportPeriod ALL_TIME = new ReportPeriod(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31));

    /** From {@code from} to {@code to}, both days included; a null end is open (the report's --from / --to). */
    public static ReportPeriod between(LocalDate from, LocalDate to) {
        return new ReportPeriod(from == null ? ALL_TIME.from() : from, to == null ? ALL_TIME.to() : to);
    }

    /** The preset period around {@code today}; CUSTOM is refused (it needs its dates). */
    public static ReportPeriod of(PeriodPreset preset, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate quarterStart = today.with(IsoFields.DAY_OF_QUARTER, 1);
        return switch (preset) {
            case THIS_MONTH -> new ReportPeriod(month.atDay(1), month.atEndOfMonth());
            case LAST_MONTH ->
                new ReportPeriod(
                        month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth());
            case THIS_QUARTER ->
                new ReportPeriod(quarterStart, quarterStart.plusMonths(3).minusDays(1));
            case LAST_QUARTER -> new ReportPeriod(quarterStart.minusMonths(3), quarterStart.minusDays(1));
            case THIS_YEAR ->
                new ReportPeriod(
                        today.withDayOfYear(1),
                        today.withDayOfYear(1).plusYears(1).minusDays(1));
            case LAST_YEAR ->
                new ReportPeriod(
                        today.withDayOfYear(1).minusYears(1),
                        today.withDayOfYear(1).minusDays(1));
            case LAST_12_MONTHS -> new ReportPeriod(month.minusMonths(11).atDay(1), month.atEndOfMonth());
            case CUSTOM -> throw new IllegalArgumentException("a custom period needs its dates");
        };
    }

    /** Whole days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    /** The months the period touches, in order. */
    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    /** True when the day lies in the period. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "1 Jan 2026 – 31 Mar 2026". */
    public String label() {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
        return from.equals(to) ? from.format(format) : from.format(format) + " – " + to.format(format);
    }
}
