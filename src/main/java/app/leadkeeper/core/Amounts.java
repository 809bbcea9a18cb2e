package app.leadkeeper.core;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Money amounts as people type and paste them: "1,234.50", "1.234,50", "1 234,50", "1'234.50", "1234.5", "€ 12",
 * "12 EUR". The locale decides only the one ambiguous case, a single separator followed by three digits ("1,234" is
 * a thousand in English, a bit more than one in German).
 */
public final class Amounts {
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]+");
    private static final Pattern SYMBOLS = Pattern.compile("\\p{Sc}");
    private static final Pattern LEADING_WORD = Pattern.compile("^\\p{L}{1,3}");
    private static final Pattern TRAILING_WORD = Pattern.compile("\\p{L}{1,3}$");
    /** Words written around amounts that are not ISO codes. */
    private static final Set<String> CURRENCY_WORDS = Set.of("kr", "fr", "zł", "us", "rs");
    /** Longer text is no amount anyone typed; refusing it keeps parsing cheap. */
    private static final int MAX_LENGTH = 60;

    private Amounts() {}

    /** The amount in the text (negative when it starts with a minus), or empty when it is blank or no amount. */
    public static Optional<BigDecimal> parse(String text, Locale locale) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String compact = SYMBOLS.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("");
        compact = stripWord(LEADING_WORD, compact);
        compact = compact == null ? null : stripWord(TRAILING_WORD, compact);
        if (compact == null || compact.isEmpty()) {
            return Optional.empty();
        }
        boolean negative = false;
        if (compact.charAt(0) == '-' || compact.charAt(0) == '+') {
            negative = compact.charAt(0) == '-';
            compact = compact.substring(1);
        }
        String plain = normalise(
                compact.replace('\u2019', '\'').replace("'", ","),
                locale,
                compact.contains("'") || compact.contains("\u2019"));
        if (plain == null) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(plain);
        return Optional.of(negative ? value.negate() : value);
    }

    /** The text without the currency word the matcher found, or null when the word is no currency. */
    private static String stripWord(Pattern pattern, String text) {
        Matcher word = pattern.matcher(text);
        if (!word.find()) {
            return text;
        }
        String found = word.group();
        if (!isCurrency(found)) {
            return null;
        }
        return text.substring(0, word.start()) + text.substring(word.end());
    }

    private static boolean isCurrency(String word) {
        if (CURRENCY_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
            return true;
        }
        try {
            java.util.Currency.getInstance(word.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * "1,234.50" and the like as "1234.50", or null when the text is not digits with well-placed separators.
     *
     * @param apostropheGrouping whether an apostrophe grouped thousands (it was turned into a comma)
     */
    private static String normalise(String text, Locale locale, boolean apostropheGrouping) {
        int lastDot = text.lastIndexOf('.');
        int lastComma = text.lastIndexOf(',');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9') && c != '.' && c != ',') {
                return null;
            }
        }
        int decimalAt;
        char grouping;
        if (lastDot >= 0 && lastComma >= 0) {
            decimalAt = Math.max(lastDot, lastComma);
            grouping = decimalAt == lastDot ? ',' : '.';
        } else if (lastDot < 0 && lastComma < 0) {
            return digitsOnly(text);
        } else {
            char mark = lastDot >= 0 ? '.' : ',';
            int at = Math.max(lastDot, lastComma);
            boolean once = text.indexOf(mark) == at;
            boolean threeAfter = text.length() - at - 1 == 3;
            boolean grouped = !once || threeAfter && (apostropheGrouping && mark == ',' || isGrouping(mark, locale));
            if (grouped) {
                return grouped(text, mark) ? text.replace(String.valueOf(mark), "") : null;
            }
            decimalAt = at;
            grouping = mark == '.' ? ',' : '.';
        }
        String whole = text.substring(0, decimalAt);
        String fraction = text.substring(decimalAt + 1);
        if (fraction.isEmpty() || !fraction.chars().allMatch(Character::isDigit)) {
            return null;
        }
        if (whole.isEmpty()) {
            return "0." + fraction;
        }
        if (whole.indexOf(grouping) >= 0 && !grouped(whole, grouping)) {
            return null;
        }
        String wholeDigits = whole.replace(String.valueOf(grouping), "");
        return wholeDigits.chars().allMatch(Character::isDigit) ? wholeDigits + "." + fraction : null;
    }

    private static String digitsOnly(String text) {
        return text.chars().allMatch(Character::isDigit) ? text : null;
    }

    /** True when the locale groups thousands with this character (a space-grouping locale counts as neither). */
    private static boolean isGrouping(char mark, Locale locale) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        if (symbols.getGroupingSeparator() == mark) {
            return true;
        }
        // Locales that group with spaces or apostrophes: the mark that is not their decimal separator groups.
        return symbols.getDecimalSeparator() != mark
                && symbols.getGroupingSeparator() != '.'
                && symbols.getGroupingSeparator() != ',';
    }

    /** True when the separators split the digits as thousands: 1–3 digits, then groups of exactly three. */
    private static boolean grouped(String text, char mark) {
        String[] groups = text.split(Pattern.quote(String.valueOf(mark)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return false;
        }
        for (String group : groups) {
            if (!group.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
