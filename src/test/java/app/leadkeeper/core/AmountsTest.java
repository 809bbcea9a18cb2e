package app.leadkeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1,234.50 | en-US | 1234.50",
                "1.234,50 | en-US | 1234.50",
                "1.234,50 | de-DE | 1234.50",
                "1 234,50 | fr-FR | 1234.50",
                "1'234.50 | de-CH | 1234.50",
                "1234.5 | de-DE | 1234.5",
                "1234,5 | en-US | 1234.5",
                "€ 12 | en-US | 12",
                "12 € | de-DE | 12",
                "EUR 1.000 | de-DE | 1000",
                "12 usd | en-US | 12",
                "$1,234,567.89 | en-US | 1234567.89",
                "CHF 99.95 | de-CH | 99.95",
                ".5 | en-US | 0.5",
                "0 | en-US | 0",
                "-12.50 | en-US | -12.50",
                "+7 | en-US | 7",
            })
    void readsWhatPeopleType(String text, String locale, String expected) {
        assertThat(Amounts.parse(text, Locale.forLanguageTag(locale)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @CsvSource({"en-US, 1234", "de-DE, 1.234", "fr-FR, 1.234"})
    void aLoneCommaBeforeThreeDigitsFollowsTheLocale(String locale, String expected) {
        assertThat(Amounts.parse("1,234", Locale.forLanguageTag(locale)))
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(new BigDecimal(expected)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "abc",
                "12abc",
                "1e5",
                "1,2,3",
                "12.34.5",
                "1.23,4.5",
                "12.",
                "1,23,456.00",
                "--5",
                "5-",
                "NaN",
                "Infinity",
                "1/2",
                "12 apples"
            })
    void refusesWhatIsNoAmount(String text) {
        assertThat(Amounts.parse(text, Locale.US)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void nullAndVeryLongTextAreNoAmount() {
        assertThat(Amounts.parse(null, Locale.US)).isEmpty();
        assertThat(Amounts.parse("1".repeat(500), Locale.US)).isEmpty();
    }
}
