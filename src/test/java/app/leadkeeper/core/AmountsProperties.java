package app.leadkeeper.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An amount the user's locale wrote comes back as the same amount; any text gives an amount or none, never a crash. */
class AmountsProperties {

    @Property(tries = 500)
    void anAmountFormattedInALocaleReadsBack(@ForAll("amounts") BigDecimal amount, @ForAll("locales") Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(amount.scale());
        format.setMaximumFractionDigits(amount.scale());
        String text = format.format(amount);
        assertThat(Amounts.parse(text, locale))
                .as("%s in %s", text, locale)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(amount));
    }

    @Property(tries = 500)
    void plainTextReadsBackInAnyLocale(@ForAll("amounts") BigDecimal amount, @ForAll("locales") Locale locale) {
        // Plain text never has three decimals, so its point is never mistaken for a thousands separator.
        String text = amount.toPlainString();
        assertThat(Amounts.parse(text, locale))
                .as("%s in %s", text, locale)
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(amount));
    }

    @Property(tries = 1000)
    void anyTextGivesAnAmountOrNone(@ForAll String text, @ForAll("locales") Locale locale) {
        Amounts.parse(text, locale);
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("9999999999"))
                .ofScale(2)
                .flatMap(a -> Arbitraries.integers()
                        .between(0, 2)
                        .map(scale -> a.setScale(scale, java.math.RoundingMode.DOWN)));
    }

    @Provide
    Arbitrary<Locale> locales() {
        return Arbitraries.of(
                Locale.US,
                Locale.UK,
                Locale.GERMANY,
                Locale.FRANCE,
                Locale.ITALY,
                Locale.forLanguageTag("de-CH"),
                Locale.forLanguageTag("es-ES"),
                Locale.forLanguageTag("nl-NL"),
                Locale.forLanguageTag("pt-BR"),
                Locale.forLanguageTag("sv-SE"),
                Locale.forLanguageTag("pl-PL"),
                Locale.ROOT);
    }
}
