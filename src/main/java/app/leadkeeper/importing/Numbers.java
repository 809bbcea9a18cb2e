package app.leadkeeper.importing;

import java.math.BigDecimal;

/**
 * Numbers as spreadsheets and forms write them: thousands separators, decimal commas (decided by the file: a file
 * separated by ';' comes from a decimal-comma locale), currency signs, ranges such as "11-50" and "1000+".
 */
final class Numbers {
    private Numbers() {}

    /**
     * An amount such as "1.234,56 €", "$1,234.56", "12,5" or "1 200"; null when the text holds no number.
     *
     * @param decimalComma whether a lone comma followed by three digits ("1,200") is a decimal comma
     */
    static BigDecimal decimal(String text, boolean decimalComma) {
        StringBuilder digits = new StringBuilder(text.length());
        int lastDot = -1;
        int lastComma = -1;
        int dots = 0;
        int commas = 0;
        boolean negative = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '.') {
                lastDot = digits.length();
                dots++;
            } else if (c == ',') {
                lastComma = digits.length();
                commas++;
            } else if (c == '-' && digits.isEmpty()) {
                negative = true;
            } else if (Character.isLetterOrDigit(c) && !isCurrencyLetter(text, i)) {
                return null;
            }
        }
        if (digits.isEmpty()) {
            return null;
        }
        int decimalAt = decimalPosition(digits.length(), lastDot, dots, lastComma, commas, decimalComma);
        String number =
                decimalAt < 0 ? digits.toString() : digits.substring(0, decimalAt) + "." + digits.substring(decimalAt);
        if (number.startsWith(".")) {
            number = "0" + number;
        }
        BigDecimal value = new BigDecimal(number);
        return negative ? value.negate() : value;
    }

    /** Where the decimal point goes among the digits, or -1 for an integer. */
    private static int decimalPosition(
            int length, int lastDot, int dots, int lastComma, int commas, boolean decimalComma) {
        if (dots > 0 && commas > 0) {
            return Math.max(lastDot, lastComma); // "1.234,56" and "1,234.56": the later one is the decimal mark
        }
        if (commas == 1) {
            boolean thousands = length - lastComma == 3 && !decimalComma;
            return thousands ? -1 : lastComma;
        }
        if (dots == 1) {
            boolean thousands = length - lastDot == 3 && decimalComma;
            return thousands ? -1 : lastDot;
        }
        return -1; // "1.234.567" or "1,234,567": thousands only
    }

    /** Currency codes and words around an amount ("EUR 100", "100 USD", "100 €") are not part of it. */
    private static boolean isCurrencyLetter(String text, int i) {
        return Character.isLetter(text.charAt(i)) && Character.isUpperCase(text.charAt(i))
                || text.regionMatches(true, i, "eur", 0, 3)
                || text.regionMatches(true, i, "usd", 0, 3);
    }

    /**
     * A company size: "50", "1.000", "11-50" or "51–200" (the lower bound, as the size is at least that), "1000+"
     * or "500 employees"; null when the text is not one.
     */
    static Integer companySize(String text) {
        long value = 0;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                digits++;
                if (value > Integer.MAX_VALUE) {
                    return null;
                }
            } else if ((c == '.' || c == ',' || c == ' ' || c == '\u00A0' || c == '\'')
                    && digits > 0
                    && isThousandsGroup(text, i + 1)) {
                continue;
            } else if (digits > 0) {
                break; // "11-50", "1000+", "500 employees": the first number
            } else if (Character.isDigit(c) || c == '-') {
                return null;
            }
        }
        return digits == 0 ? null : (int) value;
    }

    private static boolean isThousandsGroup(String text, int start) {
        if (start + 3 > text.length()) {
            return false;
        }
        for (int i = start; i < start + 3; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return start + 3 == text.length() || !Character.isDigit(text.charAt(start + 3));
    }
}
