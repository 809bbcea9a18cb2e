package app.leadkeeper.leads;

import app.leadkeeper.core.TextKeys;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Parses phone numbers with libphonenumber in a default region; the raw text is always kept beside the result. */
public final class PhoneNumbers {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private final String defaultRegion;

    public PhoneNumbers(String defaultRegion) {
        this.defaultRegion = Objects.requireNonNull(defaultRegion).toUpperCase(Locale.ROOT);
    }

    /** The region of the computer's locale, or US when the locale names none. */
    public static String regionOfLocale(Locale locale) {
        String country = locale.getCountry();
        return country == null
                        || country.isBlank()
                        || !UTIL.getSupportedRegions().contains(country)
                ? "US"
                : country;
    }

    public static boolean isSupportedRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    /** The number in E.164 form, or empty when the text is not a valid phone number. */
    public Optional<String> toE164(String raw) {
        String text = TextKeys.clean(raw);
        if (text == null || TextKeys.digits(text).length() < 5) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text, defaultRegion);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** A stored E.164 number in international format for display, or the raw text when there is none. */
    public static String display(String e164, String raw) {
        if (e164 == null) {
            return raw == null ? "" : raw;
        }
        try {
            return UTIL.format(UTIL.parse(e164, null), PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
