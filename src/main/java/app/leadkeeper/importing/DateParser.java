package app.leadkeeper.importing;

import app.leadkeeper.core.TextKeys;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Reads the dates and times form tools write, by a scan of the text rather than a list of patterns (it runs once
 * per row): ISO 8601 with or without an offset ({@code 2022-02-03T16:16:51+0000}), {@code 2022/06/22 11:07:29 AM
 * AST}, {@code 2024-01-31 14:05:00}, {@code 31.01.2024 14:05}, {@code 01/31/2024} or {@code 31/01/2024} (the order
 * given by the column's {@link DateOrder}), month names in English, German, French and Spanish ({@code March 5,
 * 2024 3:04 pm}, {@code 5. März 2024}), and Unix timestamps. Zone abbreviations map to their standard offsets.
 */
final class DateParser {
    /** What {@link #orderEvidence} found in one value. */
    static final int OTHER_SHAPE = 0;

    static final int DAY_FIRST = 1;
    static final int MONTH_FIRST = 2;
    static final int AMBIGUOUS = 3;

    /** A date and time as written: the offset is null when the text gave none. */
    record Value(LocalDateTime local, ZoneOffset offset) {}

    private final String s;
    private final DateOrder order;
    private int pos;

    private DateParser(String text, DateOrder order) {
        this.s = text;
        this.order = order;
    }

    /** The date in this text, or null when it is not one; numeric day/month order as given. */
    static Value parse(String text, DateOrder order) {
        if (text == null || text.length() < 6 || text.length() > 60) {
            return null;
        }
        Value epoch = epoch(text);
        if (epoch != null) {
            return epoch;
        }
        return new DateParser(text, order).parse();
    }

    /**
     * Whether a value such as 13/04/2024 shows its column writes the day first (13 cannot be a month), the month
     * first, or cannot tell (both numbers 12 or less); OTHER_SHAPE for every other kind of value.
     */
    static int orderEvidence(String text) {
        if (text == null) {
            return OTHER_SHAPE;
        }
        int i = 0;
        int n = text.length();
        while (i < n && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i++; // the spaces parse skips: a value it reads in the column's order must count here too
        }
        int a = 0;
        int start = i;
        while (i < n && isDigit(text.charAt(i)) && i - start < 3) {
            a = a * 10 + text.charAt(i++) - '0';
        }
        if (i - start < 1 || i - start > 2 || i >= n || !isDateSeparator(text.charAt(i))) {
            return OTHER_SHAPE;
        }
        char separator = text.charAt(i++);
        int b = 0;
        start = i;
        while (i < n && isDigit(text.charAt(i)) && i - start < 3) {
            b = b * 10 + text.charAt(i++) - '0';
        }
        if (i - start < 1 || i - start > 2 || i >= n || text.charAt(i) != separator) {
            return OTHER_SHAPE;
        }
        i++;
        start = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i - start != 2 && i - start != 4 || a == 0 || b == 0) {
            return OTHER_SHAPE;
        }
        if (a > 12 && b <= 12) {
            return DAY_FIRST;
        }
        if (b > 12 && a <= 12) {
            return MONTH_FIRST;
        }
        return a <= 12 ? AMBIGUOUS : OTHER_SHAPE;
    }

    private static Value epoch(String text) {
        int n = text.length();
        if (n != 10 && n != 13) {
            return null;
        }
        for (int i = 0; i < n; i++) {
            if (!isDigit(text.charAt(i))) {
                return null;
            }
        }
        long number = Long.parseLong(text);
        Instant instant = n == 10 ? Instant.ofEpochSecond(number) : Instant.ofEpochMilli(number);
        return new Value(LocalDateTime.ofInstant(instant, ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private Value parse() {
        skipSpaces();
        int year;
        int month;
        int day;
        if (pos < s.length() && isDigit(s.charAt(pos))) {
            int startA = pos;
            int a = number(4);
            int digitsA = pos - startA;
            if (digitsA == 4 && pos < s.length() && isDateSeparator(s.charAt(pos))) {
                char separator = s.charAt(pos++);
                month = number(2);
                if (month < 0 || !accept(separator)) {
                    return null;
                }
                day = number(2);
                year = a;
            } else if (digitsA <= 2 && pos < s.length() && isDateSeparator(s.charAt(pos)) && nextIsDigit(1)) {
                char separator = s.charAt(pos++);
                int b = number(2);
                if (b < 0 || !accept(separator)) {
                    return null;
                }
                int startC = pos;
                int c = number(4);
                year = twoOrFourDigitYear(c, pos - startC);
                day = order == DateOrder.MONTH_FIRST ? b : a;
                month = order == DateOrder.MONTH_FIRST ? a : b;
            } else if (digitsA <= 2) {
                accept('.');
                skipSpaces();
                skipWord("de");
                month = monthWord();
                skipSpaces();
                skipWord("de");
                int startC = pos;
                int c = number(4);
                year = twoOrFourDigitYear(c, pos - startC);
                day = a;
            } else {
                return null;
            }
        } else {
            month = monthWordAfterWeekday();
            skipSpaces();
            day = number(2);
            skipOrdinal();
            accept(',');
            skipSpaces();
            int startC = pos;
            int c = number(4);
            year = twoOrFourDigitYear(c, pos - startC);
        }
        if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) {
            return null;
        }
        return timeAndZone(year, month, day);
    }

    private Value timeAndZone(int year, int month, int day) {
        int hour = 0;
        int minute = 0;
        int second = 0;
        int nanos = 0;
        int mark = pos;
        accept(',');
        if (!accept('T')) {
            skipSpaces();
        }
        if (pos == mark && nextIsDigit(0)) {
            return null; // a digit right after the date: "31.01.20014:05" is a five-digit year, not 2001 at 4:05
        }
        if (nextIsDigit(0)) {
            hour = number(2);
            if (!accept(':') && !accept('.') && !accept('h')) {
                return null;
            }
            minute = number(2);
            if (accept(':')) {
                second = number(2);
                if (pos < s.length() && (s.charAt(pos) == '.' || s.charAt(pos) == ',') && nextIsDigit(1)) {
                    pos++;
                    nanos = fraction();
                }
            }
            skipSpaces();
            int meridiem = meridiem();
            if (meridiem != 0) {
                if (hour < 1 || hour > 12) {
                    return null;
                }
                hour = hour % 12 + (meridiem == 2 ? 12 : 0);
            }
        } else {
            pos = mark;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        skipSpaces();
        ZoneOffset offset = null;
        if (pos < s.length()) {
            offset = zone();
            skipSpaces();
            if (offset == null || pos < s.length()) {
                return null;
            }
        }
        return new Value(LocalDateTime.of(year, month, day, hour, minute, second, nanos), offset);
    }

    /** An offset (Z, +0100, -05:00, +02), a zone name with an optional offset (GMT+2, UTC-05:00) or an abbreviation. */
    private ZoneOffset zone() {
        char c = s.charAt(pos);
        if (c == '(' && s.charAt(s.length() - 1) == ')') {
            pos++;
            ZoneOffset inner = zone();
            return accept(')') ? inner : null;
        }
        if (c == '+' || c == '-' || c == '\u2212') {
            return signedOffset();
        }
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        String name = TextKeys.fold(s.substring(start, pos));
        ZoneOffset named = DateWords.zone(name);
        if (named == null) {
            return null;
        }
        boolean signFollows = pos < s.length() && "+-\u2212".indexOf(s.charAt(pos)) >= 0;
        if ((name.equals("utc") || name.equals("gmt")) && signFollows) {
            return signedOffset();
        }
        return named;
    }

    private ZoneOffset signedOffset() {
        if (pos >= s.length()) {
            return null;
        }
        char sign = s.charAt(pos++);
        if (sign != '+' && sign != '-' && sign != '\u2212') {
            return null;
        }
        int start = pos;
        int hours = number(2);
        int minutes = 0;
        if (accept(':') || (pos - start == 2 && nextIsDigit(0))) {
            minutes = number(2);
        }
        int total = hours * 3600 + minutes * 60;
        if (hours < 0 || minutes < 0 || minutes > 59 || total > 18 * 3600) {
            return null;
        }
        return ZoneOffset.ofTotalSeconds(sign == '+' ? total : -total);
    }

    /** 1 for AM, 2 for PM, 0 for neither; also "a.m." and "p. m." */
    private int meridiem() {
        if (pos >= s.length()) {
            return 0;
        }
        char c = Character.toLowerCase(s.charAt(pos));
        if (c != 'a' && c != 'p') {
            return 0;
        }
        int i = pos + 1;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        if (i >= s.length() || Character.toLowerCase(s.charAt(i)) != 'm') {
            return 0;
        }
        i++;
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
        }
        pos = i;
        return c == 'a' ? 1 : 2;
    }

    private int monthWordAfterWeekday() {
        int month = monthWord();
        if (month > 0) {
            return month;
        }
        // "Tuesday, March 5, 2024": skip the weekday.
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        accept('.');
        accept(',');
        skipSpaces();
        return monthWord();
    }

    private int monthWord() {
        int start = pos;
        while (pos < s.length() && Character.isLetter(s.charAt(pos))) {
            pos++;
        }
        if (pos == start) {
            return -1;
        }
        String word = s.substring(start, pos);
        Integer month = DateWords.month(word);
        if (month == null) {
            pos = start;
            return -1;
        }
        accept('.');
        accept(',');
        return month;
    }

    /** Skips a little word such as the Spanish "de" in "3 de abril de 2024", with the spaces after it. */
    private void skipWord(String word) {
        int end = pos + word.length();
        if (end < s.length() && s.regionMatches(true, pos, word, 0, word.length()) && s.charAt(end) == ' ') {
            pos = end;
            skipSpaces();
        }
    }

    private void skipOrdinal() {
        if (pos + 1 < s.length() && Character.isLetter(s.charAt(pos)) && Character.isLetter(s.charAt(pos + 1))) {
            String suffix = s.substring(pos, pos + 2).toLowerCase(Locale.ROOT);
            if (suffix.equals("st") || suffix.equals("nd") || suffix.equals("rd") || suffix.equals("th")) {
                pos += 2;
            }
        }
    }

    /** A number of 1 to max digits, or -1 when there is no digit here. */
    private int number(int maxDigits) {
        int value = 0;
        int start = pos;
        while (pos < s.length() && pos - start < maxDigits && isDigit(s.charAt(pos))) {
            value = value * 10 + s.charAt(pos++) - '0';
        }
        return pos == start ? -1 : value;
    }

    private int fraction() {
        int nanos = 0;
        int digits = 0;
        while (pos < s.length() && isDigit(s.charAt(pos))) {
            if (digits < 9) {
                nanos = nanos * 10 + s.charAt(pos) - '0';
                digits++;
            }
            pos++;
        }
        while (digits++ < 9) {
            nanos *= 10;
        }
        return nanos;
    }

    private static int twoOrFourDigitYear(int value, int digits) {
        if (digits == 4) {
            return value;
        }
        if (digits == 2) {
            return value < 70 ? 2000 + value : 1900 + value;
        }
        return -1;
    }

    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private boolean accept(char c) {
        if (pos < s.length() && s.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean nextIsDigit(int offset) {
        return pos + offset < s.length() && isDigit(s.charAt(pos + offset));
    }

    private void skipSpaces() {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\u00A0')) {
            pos++;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDateSeparator(char c) {
        return c == '-' || c == '/' || c == '.';
    }
}
