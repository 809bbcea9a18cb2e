package app.leadkeeper.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** How the board writes money and time in stage, in the user's locale. */
final class BoardFormats {
    private BoardFormats() {}

    /** An amount in the locale's currency style, without cents when it is whole; "–" for none. */
    static String money(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        NumberFormat format = currencyFormat();
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        format.setMinimumFractionDigits(whole ? 0 : 2);
        format.setMaximumFractionDigits(whole ? 0 : 2);
        return format.format(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static NumberFormat currencyFormat() {
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        if (locale.getCountry().isEmpty()) {
            // No country, no currency: a plain grouped number reads better than "¤ 1,200".
            return NumberFormat.getNumberInstance(locale);
        }
        return NumberFormat.getCurrencyInstance(locale);
    }

    /** "today", "1 day", "12 days". */
    static String days(long days) {
        if (days <= 0) {
            return "today";
        }
        return days == 1 ? "1 day" : String.format("%,d days", days);
    }

    /** "12 leads · $4,500". */
    static String leads(long count) {
        return count == 1 ? "1 lead" : String.format("%,d leads", count);
    }
}
