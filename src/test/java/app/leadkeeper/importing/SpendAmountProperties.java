package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Amounts as the ad platforms write them come back to the cent; any text is an amount or null, never an exception. */
class SpendAmountProperties {
    /** How a report may write an amount: grouping and decimal marks, and a currency around it. */
    enum Style {
        US_GROUPED("#,##0.00", ',', '.', "", ""),
        US_PLAIN("0.00", ',', '.', "", ""),
        DE_GROUPED("#,##0.00", '.', ',', "", " €"),
        DE_PLAIN("0.00", '.', ',', "", ""),
        FR_SPACED("#,##0.00", '\u00A0', ',', "", " EUR"),
        CH_APOSTROPHE("#,##0.00", '\'', '.', "CHF ", ""),
        DOLLAR("#,##0.00", ',', '.', "$", ""),
        EURO_FIRST("#,##0.00", '.', ',', "€", "");

        final String pattern;
        final char grouping;
        final char decimal;
        final String prefix;
        final String suffix;

        Style(String pattern, char grouping, char decimal, String prefix, String suffix) {
            this.pattern = pattern;
            this.grouping = grouping;
            this.decimal = decimal;
            this.prefix = prefix;
            this.suffix = suffix;
        }

        String format(BigDecimal amount) {
            DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
            symbols.setGroupingSeparator(grouping);
            symbols.setDecimalSeparator(decimal);
            return prefix + new DecimalFormat(pattern, symbols).format(amount) + suffix;
        }
    }

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.longs().between(0, 99_999_999_999L).map(cents -> BigDecimal.valueOf(cents, 2));
    }

    @Property
    void aWrittenAmountIsReadBackToTheCent(@ForAll("amounts") BigDecimal amount, @ForAll Style style) {
        String text = style.format(amount);
        char delimiter = style.decimal == ',' ? ';' : ',';
        boolean decimalComma = SpendAmounts.decimalComma(List.of(text), delimiter);

        assertThat(SpendAmounts.parse(text, decimalComma)).as(text).isEqualByComparingTo(amount);
    }

    @Property
    void aColumnDecidesItsDecimalMarkFromTheValuesThatTell(
            @ForAll("amounts") BigDecimal first, @ForAll("amounts") BigDecimal second, @ForAll Style style) {
        // A whole-number value such as "1,234" alone cannot tell; the column's other values can.
        String ambiguous = style.format(first).replaceAll("[.,]\\d\\d(?=\\D*$)", "");
        String telling = style.format(second);
        boolean decimalComma = SpendAmounts.decimalComma(List.of(ambiguous, telling), ',');

        assertThat(decimalComma).as(ambiguous + " / " + telling).isEqualTo(style.decimal == ',');
    }

    @Property
    void anyTextIsAnAmountOrNullNeverAnException(@ForAll String text, @ForAll boolean decimalComma) {
        BigDecimal value = SpendAmounts.parse(text, decimalComma);
        SpendAmounts.decimalComma(List.of(text), ';');
        if (value != null) {
            assertThat(value.scale()).isEqualTo(2);
        }
    }

    @Property
    void aRangeIsSpreadOverItsDaysToTheCent(
            @ForAll @LongRange(min = 1, max = 10_000_000) long cents, @ForAll @IntRange(min = 0, max = 400) int days) {
        LocalDate start = LocalDate.of(2026, 1, 17);
        SpendRow row = new SpendRow(2, start, start.plusDays(days), "c", BigDecimal.valueOf(cents, 2), null, null);

        List<SpendEntry> entries = SpendPeriods.entries(row);

        assertThat(entries.stream().map(SpendEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(row.amount());
        assertThat(entries).allSatisfy(e -> assertThat(e.date()).isBetween(row.start(), row.end()));
    }

    @Example
    void examples() {
        assertThat(SpendAmounts.parse("1.234,56", true)).isEqualByComparingTo("1234.56");
        assertThat(SpendAmounts.parse("1,234.56", false)).isEqualByComparingTo("1234.56");
        assertThat(SpendAmounts.parse("45.5", false)).isEqualByComparingTo("45.50");
        assertThat(SpendAmounts.parse("12,5 €", true)).isEqualByComparingTo("12.50");
        assertThat(SpendAmounts.parse("twelve", false)).isNull();
        assertThat(SpendAmounts.parse("--", false)).isNull();
        assertThat(SpendAmounts.decimalComma(List.of("1,234", "87,10"), ',')).isTrue();
        assertThat(SpendAmounts.decimalComma(List.of("1,234"), ',')).isFalse();
        assertThat(SpendAmounts.decimalComma(List.of("1.234"), ';')).isTrue();
    }
}
