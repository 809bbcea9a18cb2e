package app.leadkeeper.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurrencyTest {
    @TempDir
    Path dir;

    @Test
    void aNewFolderCountsInEurosAndKeepsTheChosenCode() {
        try (AppContext app = TempApp.open(dir)) {
            assertThat(Currency.code(app.settings())).isEqualTo("EUR");
            Currency.set(app.settings(), " usd ");
            assertThat(Currency.code(app.settings())).isEqualTo("USD");
            assertThat(app.settings().get(Currency.SETTING)).contains("USD");
        }
        try (AppContext again = TempApp.open(dir)) {
            assertThat(Currency.code(again.settings())).isEqualTo("USD");
        }
    }

    @Test
    void anUnknownCodeIsRefusedByNameAndAHandEditedOneFallsBack() {
        try (AppContext app = TempApp.open(dir)) {
            assertThatThrownBy(() -> Currency.set(app.settings(), "XYZ"))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("Currency")
                    .hasMessageContaining("XYZ");
            assertThatThrownBy(() -> Currency.set(app.settings(), null)).isInstanceOf(UserException.class);
            assertThatThrownBy(() -> Currency.set(app.settings(), "EURO")).isInstanceOf(UserException.class);
            assertThat(Currency.code(app.settings())).isEqualTo("EUR");
            app.settings().put(Currency.SETTING, "nonsense");
            assertThat(Currency.code(app.settings())).isEqualTo("EUR");
        }
    }

    @Test
    void amountsAreFormattedInTheLocaleWithTheCurrency() {
        assertThat(Currency.format(new BigDecimal("1234.5"), "EUR", Locale.US)).isEqualTo("€1,234.50");
        assertThat(Currency.format(new BigDecimal("1234.5"), "EUR", Locale.GERMANY))
                .isEqualTo("1.234,50\u00a0€");
        assertThat(Currency.format(new BigDecimal("1234"), "USD", Locale.US)).isEqualTo("$1,234.00");
        assertThat(Currency.format(new BigDecimal("1234"), "JPY", Locale.US)).isEqualTo("¥1,234");
        assertThat(Currency.format(null, "EUR", Locale.US)).isEqualTo("—");
    }

    @Test
    void theCommonCurrenciesComeFirstThenEveryOther() {
        assertThat(Currency.choices()).startsWith("EUR", "USD", "GBP", "CHF");
        assertThat(Currency.choices()).contains("THB", "KRW").doesNotHaveDuplicates();
        assertThat(Currency.label("chf", Locale.ENGLISH)).isEqualTo("CHF — Swiss Franc");
    }
}
