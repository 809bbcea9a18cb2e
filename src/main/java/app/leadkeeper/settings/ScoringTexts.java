package app.leadkeeper.settings;

import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as the scoring editor writes them: counts in the user's locale, scores with a true minus sign. */
final class ScoringTexts {
    private ScoringTexts() {}

    /** "1,234" (in the user's way of grouping digits). */
    static String count(long value) {
        return NumberFormat.getIntegerInstance(Locale.getDefault(Locale.Category.FORMAT))
                .format(value);
    }

    /** "70", "0", "−10". */
    static String number(int value) {
        return value < 0 ? "−" + count(-(long) value) : count(value);
    }

    /** "1 rule", "16 rules". */
    static String rules(int n) {
        return count(n) + (n == 1 ? " rule" : " rules");
    }
}
