package app.leadkeeper.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Phone numbers that are valid for their country: libphonenumber's example number of the region (mobile, else fixed
 * line) with its trailing digits varied, keeping only numbers {@link PhoneNumberUtil#isValidNumber} accepts.
 */
final class DemoPhones {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int TRIES = 8;
    private static final int[] VARIED_DIGITS = {7, 6, 4};

    private final Map<String, PhoneNumber> examples = new ConcurrentHashMap<>();

    /**
     * A valid number of the region in E.164 form, such as "+4915123456789". Varies the last seven digits first; where
     * that rarely gives a valid number (North American exchange codes, for one) it varies fewer.
     */
    String e164(String region, RandomGenerator random) {
        PhoneNumber example = examples.computeIfAbsent(region, DemoPhones::example);
        long national = example.getNationalNumber();
        int digits = Long.toString(national).length();
        PhoneNumber candidate = new PhoneNumber().setCountryCode(example.getCountryCode());
        for (int varied : VARIED_DIGITS) {
            long scale = pow10(Math.min(varied, digits - 3));
            long prefix = national / scale * scale;
            for (int i = 0; i < TRIES; i++) {
                candidate.setNationalNumber(prefix + random.nextLong(scale));
                if (UTIL.isValidNumber(candidate)) {
                    return format(candidate);
                }
            }
        }
        return format(example);
    }

    private static PhoneNumber example(String region) {
        PhoneNumber number = UTIL.getExampleNumberForType(region, PhoneNumberType.MOBILE);
        if (number == null) {
            number = UTIL.getExampleNumberForType(region, PhoneNumberType.FIXED_LINE);
        }
        if (number == null) {
            throw new IllegalArgumentException("libphonenumber has no example number for " + region);
        }
        return number;
    }

    private static String format(PhoneNumber number) {
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
