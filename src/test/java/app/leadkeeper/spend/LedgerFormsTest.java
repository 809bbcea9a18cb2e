package app.leadkeeper.spend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The dialogs' fields read into drafts, every bad input a message naming its field and none a crash. */
class LedgerFormsTest {
    static final LocalDate DAY = LocalDate.parse("2026-11-20");

    @Test
    void spendAmountsAreReadInTheLocaleAndBadOnesNamed() {
        SpendForm.Result german = SpendForm.read(DAY, false, 1L, null, "1.234,50 €", null, Locale.GERMANY);
        assertThat(german.valid()).isTrue();
        assertThat(german.draft().amount()).isEqualByComparingTo("1234.50");
        assertThat(SpendForm.read(DAY, true, 1L, null, "12", null, Locale.US)
                        .draft()
                        .storedDate())
                .isEqualTo(LocalDate.parse("2026-11-01"));

        assertThat(SpendForm.read(DAY, false, 1L, null, "twelve", null, Locale.US)
                        .problems())
                .containsOnlyKeys(SpendField.AMOUNT)
                .hasValueSatisfying(new org.assertj.core.api.Condition<>(
                        m -> m.startsWith("Amount: “twelve” is not an amount"), "named"));
        assertThat(SpendForm.read(DAY, false, 1L, null, "", null, Locale.US).problems())
                .containsEntry(SpendField.AMOUNT, "Amount: enter what was paid, e.g. 1,250.00.");
        assertThat(SpendForm.read(DAY, false, 1L, null, "0.001", null, Locale.US)
                        .problems())
                .containsEntry(SpendField.AMOUNT, "Amount: at most 2 decimals.");
        assertThat(SpendForm.read(null, true, null, null, "5", null, Locale.US).problems())
                .containsEntry(SpendField.DATE, "Month: choose the month.")
                .containsKey(SpendField.CHANNEL);
    }

    @Test
    void trafficFiguresAreWholeNumbersOrUnknown() {
        TrafficForm.Result german = TrafficForm.read(DAY, DAY, 1L, null, "12.500", "", "1.000.000", Locale.GERMANY);
        assertThat(german.problems()).isEmpty();
        assertThat(german.draft().visits()).isEqualTo(12_500L);
        // "12,500" is twelve and a half in German: no whole number of visits.
        assertThat(TrafficForm.read(DAY, DAY, 1L, null, "12,500", null, null, Locale.GERMANY)
                        .problems())
                .containsOnlyKeys(TrafficField.VISITS);
        TrafficForm.Result english = TrafficForm.read(DAY, DAY, 1L, null, "12,500", "", "1,000,000", Locale.US);
        assertThat(english.draft().visits()).isEqualTo(12_500L);
        assertThat(english.draft().clicks()).isNull();
        assertThat(english.draft().impressions()).isEqualTo(1_000_000L);

        assertThat(TrafficForm.read(DAY, DAY, 1L, null, "1.5", null, null, Locale.US)
                        .problems())
                .containsEntry(TrafficField.VISITS, "Visits: “1.5” is not a whole number.");
        assertThat(TrafficForm.read(DAY, DAY, 1L, null, null, "-3", null, Locale.US)
                        .problems())
                .containsEntry(TrafficField.CLICKS, "Clicks: cannot be negative.");
        assertThat(TrafficForm.read(DAY, DAY, 1L, null, null, null, "99999999999999999999", Locale.US)
                        .problems())
                .containsEntry(TrafficField.IMPRESSIONS, "Impressions: too large.");
        assertThat(TrafficForm.read(DAY, DAY, 1L, null, "", " ", null, Locale.US)
                        .problems())
                .containsEntry(TrafficField.VISITS, "Visits: enter visits, clicks or impressions.");
    }
}
