package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Amounts as ad platforms and spreadsheets write them: "1.234,56", "1,234.56", "1 234,56 €", "$1,234.56",
 * "EUR 12,5". Whether a lone comma is a decimal comma is decided once for the whole column, from the values that can
 * only be read one way, then from the delimiter (a file separated by ';' comes from a decimal-comma locale).
 */
public final class SpendAmounts {
    /** The largest amount the ledger stores (DECIMAL(15, 2)). */
    static final BigDecimal MAX = new BigDecimal("9999999999999.99");

    private SpendAmounts() {}

    /** The amount with two decimals (rounded half up), or null when the text holds no number. Never throws. */
    public static BigDecimal parse(String text, boolean decimalComma) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.strip().replace('\u2212', '-');
        if (clean.startsWith("(") && clean.endsWith(")")) {
            clean = "-" + clean.substring(1, clean.length() - 1); // accounting style negatives
        }
        BigDecimal value = Numbers.decimal(clean, decimalComma);
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the column writes decimal commas, judged from its values and the file's delimiter. */
    public static boolean decimalComma(List<String> values, char delimiter) {
        for (String value : values) {
            if (value == null) {
                continue;
            }
            int dot = value.lastIndexOf('.');
            int comma = value.lastIndexOf(',');
            if (dot >= 0 && comma >= 0) {
                return comma > dot; // "1.234,56" or "1,234.56": the later mark is the decimal one
            }
            int mark = Math.max(dot, comma);
            if (mark >= 0 && digitsAfter(value, mark) != 3) {
                return mark == comma; // "12,5" or "12.50": a lone mark not followed by three digits is decimal
            }
        }
        return delimiter == ';';
    }

    private static int digitsAfter(String value, int mark) {
        int digits = 0;
        for (int i = mark + 1; i < value.length() && Character.isDigit(value.charAt(i)); i++) {
            digits++;
        }
        return digits;
    }

    /** The currency code a sign in the amount stands for ("€" → EUR), or null when it carries none. */
    static String currencyOf(String text) {
        if (text == null) {
            return null;
        }
        if (text.indexOf('€') >= 0) {
            return "EUR";
        }
        if (text.indexOf('£') >= 0) {
            return "GBP";
        }
        if (text.indexOf('$') >= 0 && !text.contains("A$") && !text.contains("C$")) {
            return "USD";
        }
        String upper = text.toUpperCase(Locale.ROOT);
        for (String code : List.of("EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "JPY")) {
            if (upper.contains(code)) {
                return code;
            }
        }
        return null;
    }
}
