package app.leadkeeper.spend;

import app.leadkeeper.core.UserException;
import app.leadkeeper.data.AppSettings;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one currency of a data folder: every amount in the spend ledger and every revenue is in it. Stored as an ISO
 * 4217 code in the app setting {@value #SETTING}; EUR until the owner chooses another.
 */
public final class Currency {
    public static final String SETTING = "currency";
    public static final String DEFAULT = "EUR";
    /** The currencies small businesses use most, offered first. */
    public static final List<String> COMMON = List.of(
            "EUR", "USD", "GBP", "CHF", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY", "INR",
            "BRL", "MXN", "ZAR", "SGD", "HKD");

    private Currency() {}

    /** The folder's currency code; a stored value that is no ISO code (edited by hand) falls back to EUR. */
    public static String code(AppSettings settings) {
        return settings.get(SETTING).flatMap(Currency::known).orElse(DEFAULT);
    }

    /** Stores the folder's currency; refused, with a message naming the code, when it is no ISO 4217 code. */
    public static void set(AppSettings settings, String code) {
        String known = known(code)
                .orElseThrow(() -> new UserException("Currency: “" + (code == null ? "" : code.strip())
                        + "” is no ISO 4217 currency code such as EUR, USD or GBP."));
        settings.put(SETTING, known);
    }

    /** The upper-case code when the text names an ISO 4217 currency. */
    public static Optional<String> known(String code) {
        if (code == null || !code.strip().matches("[A-Za-z]{3}")) {
            return Optional.empty();
        }
        String upper = code.strip().toUpperCase(Locale.ROOT);
        return java.util.Currency.getAvailableCurrencies().stream()
                .map(java.util.Currency::getCurrencyCode)
                .filter(upper::equals)
                .findFirst();
    }

    /** "€1,234.50" or "1.234,50 €" as the locale writes the amount; "—" for no amount. */
    public static String format(BigDecimal amount, String code, Locale locale) {
        if (amount == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        java.util.Currency currency = java.util.Currency.getInstance(known(code).orElse(DEFAULT));
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(Math.max(digits, 2));
        return format.format(amount);
    }

    /** Every ISO code: the common ones first, then the rest in alphabetical order. */
    public static List<String> choices() {
        List<String> all = new ArrayList<>(COMMON);
        java.util.Currency.getAvailableCurrencies().stream()
                .map(java.util.Currency::getCurrencyCode)
                .filter(c -> !COMMON.contains(c))
                .sorted(Comparator.naturalOrder())
                .forEach(all::add);
        return all;
    }

    /** "EUR — Euro" in the locale's language. */
    public static String label(String code, Locale locale) {
        return known(code)
                .map(c -> c + " — " + java.util.Currency.getInstance(c).getDisplayName(locale))
                .orElse(code);
    }
}
