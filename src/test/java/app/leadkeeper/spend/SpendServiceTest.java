package app.leadkeeper.spend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.UserException;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spend ledger on a real H2 file database with the real migrations. */
class SpendServiceTest {
    @TempDir
    Path dir;

    AppContext app;
    SpendService spend;
    long google;
    long facebook;
    final AtomicInteger changes = new AtomicInteger();

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        spend = app.spend();
        spend.addListener(changes::incrementAndGet);
        google = app.channels().find("Google Ads").orElseThrow().id();
        facebook = app.channels().find("Facebook").orElseThrow().id();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anEntryIsAddedEditedAndDeleted() {
        SpendEntry added = spend.add(day("2026-11-03", google, "  Black Friday ", "120.50", " search "));
        assertThat(added.channelName()).isEqualTo("Google Ads");
        assertThat(added.campaign()).isEqualTo("Black Friday");
        assertThat(added.note()).isEqualTo("search");
        assertThat(added.amount()).isEqualByComparingTo("120.50");
        assertThat(added.wholeMonth()).isFalse();

        SpendEntry edited = spend.update(added.id(), day("2026-11-04", facebook, "", "99", null));
        assertThat(edited.id()).isEqualTo(added.id());
        assertThat(edited.date()).isEqualTo(LocalDate.parse("2026-11-04"));
        assertThat(edited.channelName()).isEqualTo("Facebook");
        assertThat(edited.campaign()).isNull();
        assertThat(spend.list(null, null).entries()).containsExactly(edited);

        spend.delete(added.id());
        assertThat(spend.list(null, null).entries()).isEmpty();
        assertThat(changes).hasValue(3);
        assertThatThrownBy(() -> spend.delete(added.id())).isInstanceOf(UserException.class);
        assertThatThrownBy(() -> spend.update(added.id(), day("2026-11-04", google, null, "1", null)))
                .hasMessageContaining("no longer exists");
    }

    @Test
    void aWholeMonthIsStoredAsItsFirstDay() {
        SpendEntry month = spend.add(
                new SpendDraft(LocalDate.parse("2026-10-17"), true, google, "Always on", new BigDecimal("3000"), null));
        assertThat(month.date()).isEqualTo(LocalDate.parse("2026-10-01"));
        assertThat(month.wholeMonth()).isTrue();
    }

    @Test
    void badInputIsRefusedWithMessagesNamingTheField() {
        assertThat(new SpendDraft(null, false, null, "x".repeat(201), new BigDecimal("-1"), "n".repeat(501)).problems())
                .containsOnlyKeys(
                        SpendField.DATE, SpendField.CHANNEL, SpendField.CAMPAIGN, SpendField.AMOUNT, SpendField.NOTE)
                .containsEntry(SpendField.AMOUNT, "Amount: cannot be negative.")
                .containsEntry(SpendField.CAMPAIGN, "Campaign: at most 200 characters.");
        assertThat(day("2026-11-01", google, null, "1.005", null).problems())
                .containsEntry(SpendField.AMOUNT, "Amount: at most 2 decimals.");
        assertThat(day("2026-11-01", google, null, "1.500", null).problems()).isEmpty();
        assertThat(day("2026-11-01", google, null, "0", null).problems()).isEmpty();
        assertThat(new SpendDraft(LocalDate.parse("2026-11-01"), false, google, null, null, null).problems())
                .containsKey(SpendField.AMOUNT);
        assertThat(day("2026-11-01", google, null, "99999999999999", null).problems())
                .containsEntry(SpendField.AMOUNT, "Amount: too large.");

        assertThatThrownBy(() -> spend.add(day("2026-11-01", null, null, "10", null)))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("Channel:");
        assertThatThrownBy(() -> spend.add(day("2026-11-01", 987_654L, null, "10", null)))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Channel: the chosen channel no longer exists");
        assertThat(spend.list(null, null).entries()).isEmpty();
        assertThat(changes).hasValue(0);
    }

    @Test
    void theListFollowsThePeriodAndChannelNewestFirstWithItsTotal() {
        spend.add(day("2026-09-30", google, "old", "10", null));
        spend.add(day("2026-10-01", google, "first of october", "20", null));
        spend.add(
                new SpendDraft(LocalDate.parse("2026-10-01"), true, facebook, "october", new BigDecimal("300"), null));
        spend.add(day("2026-10-31", facebook, "last of october", "40.25", null));
        spend.add(day("2026-11-01", google, "november", "50", null));

        SpendList october =
                spend.list(new ReportPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")), null);
        assertThat(october.entries())
                .extracting(SpendEntry::campaign)
                .containsExactly("last of october", "october", "first of october");
        assertThat(october.total()).isEqualByComparingTo("360.25");

        // A month's entry belongs to any period that touches its month.
        SpendList midOctober =
                spend.list(new ReportPeriod(LocalDate.parse("2026-10-15"), LocalDate.parse("2026-10-20")), null);
        assertThat(midOctober.entries()).extracting(SpendEntry::campaign).containsExactly("october");

        SpendList googleOnly = spend.list(null, google);
        assertThat(googleOnly.entries())
                .extracting(SpendEntry::campaign)
                .containsExactly("november", "first of october", "old");
        assertThat(googleOnly.total()).isEqualByComparingTo("80");

        SpendList nothing =
                spend.list(new ReportPeriod(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31")), null);
        assertThat(nothing.entries()).isEmpty();
        assertThat(nothing.total()).isEqualByComparingTo("0");

        assertThat(spend.list(null, null).total()).isEqualByComparingTo("420.25");
    }

    @Test
    void presetPeriodsAreWholeMonthsAroundToday() {
        LocalDate today = LocalDate.parse("2026-11-20");
        assertThat(SpendPeriod.LAST_MONTH.range(today))
                .contains(new ReportPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-10-31")));
        assertThat(SpendPeriod.THIS_QUARTER.range(today))
                .contains(new ReportPeriod(LocalDate.parse("2026-10-01"), LocalDate.parse("2026-12-31")));
        assertThat(SpendPeriod.ALL_TIME.range(today)).isEmpty();
    }

    @Test
    void aLongLedgerListsItsNewestEntriesButCountsAndTotalsAll() {
        java.util.List<SpendDraft> many = new java.util.ArrayList<>();
        LocalDate start = LocalDate.parse("2010-01-01");
        for (int i = 0; i < SpendService.LIST_LIMIT + 2; i++) {
            many.add(new SpendDraft(start.plusDays(i), false, google, null, BigDecimal.ONE, null));
        }
        spend.addAll(many);
        SpendList all = spend.list(null, null);
        assertThat(all.entries()).hasSize(SpendService.LIST_LIMIT);
        assertThat(all.entries().getFirst().date()).isEqualTo(start.plusDays(SpendService.LIST_LIMIT + 1));
        assertThat(all.count()).isEqualTo(SpendService.LIST_LIMIT + 2);
        assertThat(all.total()).isEqualByComparingTo(String.valueOf(SpendService.LIST_LIMIT + 2));
    }

    @Test
    void addAllIsAllOrNothing() {
        assertThatThrownBy(() -> spend.addAll(java.util.List.of(
                        day("2026-11-01", google, null, "1", null), day("2026-11-02", 987_654L, null, "2", null))))
                .isInstanceOf(UserException.class);
        assertThat(spend.list(null, null).entries()).isEmpty();
        assertThat(spend.addAll(java.util.List.of(
                        day("2026-11-01", google, null, "1", null), day("2026-11-02", facebook, null, "2", null))))
                .isEqualTo(2);
        assertThat(spend.list(null, null).total()).isEqualByComparingTo("3");
        assertThat(changes).hasValue(1);
    }

    @Test
    void theMetricsCountTheLedgerAndItsCurrency() {
        app.settings().put(Currency.SETTING, "GBP");
        assertThat(spend.currency()).isEqualTo("GBP");
        spend.add(day("2026-11-03", google, null, "250", null));
        var metrics =
                app.metrics().metrics(new ReportPeriod(LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30")));
        assertThat(metrics.currency()).isEqualTo("GBP");
        assertThat(metrics.totals().spend()).isEqualByComparingTo("250");
    }

    private static SpendDraft day(String date, Long channel, String campaign, String amount, String note) {
        return new SpendDraft(LocalDate.parse(date), false, channel, campaign, new BigDecimal(amount), note);
    }
}
