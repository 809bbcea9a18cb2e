package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the period of a report row into ledger entries. One day gives a dated entry; exactly one calendar month
 * gives a whole-month entry (as the ledger keeps months); any other range is spread evenly over its days, the cents
 * that do not divide going to the first days, so that every day and month of the metrics gets its share and the
 * entries add up to the row's amount to the cent. (Storing a range at its first day would put a report of 15 January
 * to 14 February wholly into January.)
 */
final class SpendPeriods {
    private SpendPeriods() {}

    static List<SpendEntry> entries(SpendRow row) {
        LocalDate start = row.start();
        LocalDate end = row.end();
        if (start.equals(end)) {
            return List.of(new SpendEntry(start, false, row.campaign(), row.amount()));
        }
        if (start.getDayOfMonth() == 1 && end.equals(YearMonth.from(start).atEndOfMonth())) {
            return List.of(new SpendEntry(start, true, row.campaign(), row.amount()));
        }
        int days = (int) ChronoUnit.DAYS.between(start, end) + 1;
        long cents = row.amount().movePointRight(2).longValueExact();
        long share = cents / days;
        long left = cents % days;
        List<SpendEntry> entries = new ArrayList<>(days);
        for (int i = 0; i < days; i++) {
            long amount = share + (i < left ? 1 : 0);
            if (amount > 0) {
                entries.add(new SpendEntry(start.plusDays(i), false, row.campaign(), BigDecimal.valueOf(amount, 2)));
            }
        }
        return entries;
    }

    /**
     * A month as reports write it: "January 2026", "Jan 2026", "Januar 2026", "2026-01", "01/2026", "01.2026", or a
     * day of it; null when the text is none.
     */
    static YearMonth month(String text, DateOrder order) {
        String value = text.strip();
        String[] words = value.split("[\\s,./-]+");
        if (words.length == 2) {
            Integer named = DateWords.month(words[0].replace(".", ""));
            Integer year = number(words[1]);
            if (named != null && year != null && year > 1900 && year < 3000) {
                return YearMonth.of(year, named);
            }
            Integer a = number(words[0]);
            Integer b = number(words[1]);
            if (a != null && b != null) {
                if (a > 1900 && a < 3000 && b >= 1 && b <= 12) {
                    return YearMonth.of(a, b);
                }
                if (b > 1900 && b < 3000 && a >= 1 && a <= 12) {
                    return YearMonth.of(b, a);
                }
            }
            return null;
        }
        DateParser.Value day = DateParser.parse(value, order);
        return day == null ? null : YearMonth.from(day.local());
    }

    private static Integer number(String text) {
        if (text.isEmpty() || text.length() > 4 || !text.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.valueOf(text);
    }

    /** The day in this text, or null. */
    static LocalDate day(String text, DateOrder order) {
        DateParser.Value value = DateParser.parse(text.strip(), order);
        return value == null ? null : value.local().toLocalDate();
    }
}
