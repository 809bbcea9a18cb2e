package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.leads.PhoneNumbers;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The fast path must give exactly what libphonenumber's parse gives, for every region and way of writing. */
class PhoneNormalizerTest {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of(
            "DE", "AT", "CH", "US", "CA", "GB", "IE", "FR", "BE", "NL", "LU", "IT", "SM", "VA", "ES", "PT", "PL", "CZ",
            "SE", "NO", "DK", "FI", "RU", "KZ", "HU", "GR", "TR", "IN", "CN", "JP", "KR", "AU", "NZ", "BR", "AR", "MX",
            "ZA", "NG", "SG", "HK", "AE", "IL", "CI", "GG", "JE", "IM", "PR", "RE", "GF");
    private static final List<String> EXAMPLES = examples();

    private static List<String> examples() {
        List<String> texts = new ArrayList<>();
        PhoneNumberType[] types = {
            PhoneNumberType.FIXED_LINE,
            PhoneNumberType.MOBILE,
            PhoneNumberType.TOLL_FREE,
            PhoneNumberType.VOIP,
            PhoneNumberType.PREMIUM_RATE,
            PhoneNumberType.SHARED_COST,
            PhoneNumberType.UAN
        };
        for (String region : REGIONS) {
            for (PhoneNumberType type : types) {
                PhoneNumber number = UTIL.getExampleNumberForType(region, type);
                if (number != null) {
                    for (PhoneNumberFormat format : PhoneNumberFormat.values()) {
                        texts.add(UTIL.format(number, format));
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void readsTheUsualWaysOfWritingANumber() {
        PhoneNormalizer german = new PhoneNormalizer(new PhoneNumbers("DE"));
        assertThat(german.toE164("+49 170 1234567")).isEqualTo("+491701234567");
        assertThat(german.toE164("0170/1234567")).isEqualTo("+491701234567");
        assertThat(german.toE164("(030) 123-456-78")).isEqualTo("+493012345678");
        assertThat(german.toE164("+49 (0)30 12345678")).isEqualTo("+493012345678");
        assertThat(german.toE164("0049 30 12345678")).isEqualTo("+493012345678");
        assertThat(german.toE164("+44 7400 123456")).isEqualTo("+447400123456");
        assertThat(german.toE164("+39 06 1234 5678")).isEqualTo("+390612345678");
        assertThat(german.toE164("12345")).isNull();
        assertThat(german.toE164("call me")).isNull();
        assertThat(german.toE164("030 1234567 ext. 12"))
                .isEqualTo(new PhoneNumbers("DE").toE164("030 1234567 ext. 12").orElse(null));
        assertThat(EXAMPLES).hasSizeGreaterThan(500);
    }

    @Test
    void theUsualWaysNeedNoParser() {
        PhoneNormalizer german = new PhoneNormalizer(new PhoneNumbers("DE"));
        for (String text : List.of(
                "+49 170 1234567", "0170 1234567", "(030) 12345678", "+44 7400 123456", "+1 201-555-0123", "12345")) {
            assertThat(german.fast(text)).as(text).isNotSameAs(PhoneNormalizer.NEEDS_PARSER);
        }
        for (String text : List.of("0049 30 12345678", "4930 12345678", "030 1234567 ext. 12", "+800 1234 5678")) {
            assertThat(german.fast(text)).as(text).isSameAs(PhoneNormalizer.NEEDS_PARSER);
        }
    }

    @Property(tries = 4000)
    void givesTheSameNumberAsLibphonenumber(@ForAll("regions") String region, @ForAll("phoneTexts") String text) {
        PhoneNumbers phones = new PhoneNumbers(region);
        assertThat(new PhoneNormalizer(phones).toE164(text))
                .as("%s in %s", text, region)
                .isEqualTo(phones.toE164(text).orElse(null));
    }

    @Provide
    Arbitrary<String> regions() {
        return Arbitraries.of(REGIONS);
    }

    @Provide
    Arbitrary<String> phoneTexts() {
        Arbitrary<String> examples = Arbitraries.of(EXAMPLES);
        Arbitrary<String> mutated = Combinators.combine(
                        examples,
                        Arbitraries.integers().between(0, 9999),
                        Arbitraries.integers().between(0, 6))
                .as(PhoneNormalizerTest::mutate);
        Arbitrary<String> digits =
                Arbitraries.strings().withChars("0123456789").ofMinLength(3).ofMaxLength(18);
        Arbitrary<String> prefixed = Combinators.combine(
                        Arbitraries.of("", "+", "00", "0", "+1", "+44 (0)", "011 ", "8 ", "+7 8"), digits)
                .as((prefix, rest) -> prefix + rest);
        Arbitrary<String> punctuated = Arbitraries.strings()
                .withChars("0123456789 +-().")
                .ofMinLength(5)
                .ofMaxLength(22);
        return Arbitraries.oneOf(examples, mutated, prefixed, punctuated);
    }

    private static String mutate(String text, int seed, int kind) {
        StringBuilder out = new StringBuilder(text);
        List<Integer> digitsAt = new ArrayList<>();
        for (int i = 0; i < out.length(); i++) {
            if (Character.isDigit(out.charAt(i))) {
                digitsAt.add(i);
            }
        }
        if (digitsAt.isEmpty()) {
            return text;
        }
        int at = digitsAt.get(seed % digitsAt.size());
        switch (kind) {
            case 0 -> out.setCharAt(at, (char) ('0' + (out.charAt(at) - '0' + seed) % 10));
            case 1 -> out.deleteCharAt(at);
            case 2 -> out.insert(at, (char) ('0' + seed % 10));
            case 3 -> out.insert(0, seed % 2 == 0 ? "0" : "00");
            case 4 -> {
                for (int i = 0; i < out.length(); i++) {
                    if (out.charAt(i) == ' ') {
                        out.setCharAt(i, "-./".charAt((seed + i) % 3));
                    }
                }
            }
            case 5 -> out.replace(0, out.length(), out.toString().replace("+", ""));
            default -> out.insert(0, "(").append(")");
        }
        return out.toString();
    }
}
