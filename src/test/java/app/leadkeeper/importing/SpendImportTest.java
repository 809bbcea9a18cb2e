package app.leadkeeper.importing;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.IMPORT_BATCH;
import static app.leadkeeper.db.Tables.SPEND;
import static app.leadkeeper.db.Tables.TRAFFIC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.testing.TempApp;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spend reports of each ad platform into the ledger of a real H2 file database: all or nothing, again, undo. */
class SpendImportTest {
    static final Path FIXTURES = Path.of("src/test/resources/importing/spend");
    static final Path GOOGLE = FIXTURES.resolve("google_ads.csv");
    static final Path META = FIXTURES.resolve("meta_ads.csv");
    static final Path LINKEDIN = FIXTURES.resolve("linkedin_ads.csv");
    static final Path LINKEDIN_USD = FIXTURES.resolve("linkedin_ads_usd.csv");
    static final Path BAD_ROW = FIXTURES.resolve("google_ads_bad_row.csv");

    @TempDir
    Path dir;

    AppContext app;
    SpendImportService spend;
    DSLContext dsl;

    @BeforeEach
    void open() {
        app = TempApp.open(dir.resolve("data"));
        spend = app.spendImports();
        dsl = app.database().dsl();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private SpendReport run(Path file) {
        return spend.run(file, null, new Progress());
    }

    private int spendRows() {
        return dsl.fetchCount(SPEND);
    }

    /** The whole-month entries as "first day amount", by month. */
    private List<String> wholeMonths() {
        return dsl.select(SPEND.SPEND_DATE, SPEND.AMOUNT)
                .from(SPEND)
                .where(SPEND.WHOLE_MONTH.isTrue())
                .orderBy(SPEND.SPEND_DATE)
                .fetch()
                .map(r -> r.value1() + " " + r.value2());
    }

    private String channelOfAllSpend() {
        return dsl.selectDistinct(CHANNEL.NAME)
                .from(SPEND)
                .join(CHANNEL)
                .on(CHANNEL.ID.eq(SPEND.CHANNEL_ID))
                .fetchSingle(CHANNEL.NAME);
    }

    @Test
    void googleAdsReportWithTitleRowsAndTotals() {
        SpendReport dry = spend.dryRun(GOOGLE, null, new Progress());
        assertThat(dry.created()).isEqualTo(3);
        assertThat(dry.batchId()).isNull();
        assertThat(spendRows()).isZero();

        SpendReport report = run(GOOGLE);

        assertThat(report.platform()).isEqualTo(AdPlatform.GOOGLE_ADS);
        assertThat(report.rows()).isEqualTo(6);
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.skipped()).isEqualTo(3);
        assertThat(report.skippedRows())
                .extracting(SpendProblem::line, SpendProblem::reason)
                .containsExactly(tuple(6L, "nothing spent"), tuple(8L, "a totals row"), tuple(9L, "a totals row"));
        assertThat(report.rejected()).isZero();
        assertThat(report.total()).isEqualByComparingTo("1367.16");
        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.traffic()).isEqualTo(3);
        assertThat(channelOfAllSpend()).isEqualTo("Google Ads");
        assertThat(dsl.select(SPEND.SPEND_DATE, SPEND.CAMPAIGN, SPEND.AMOUNT, SPEND.WHOLE_MONTH)
                        .from(SPEND)
                        .orderBy(SPEND.SPEND_DATE, SPEND.CAMPAIGN)
                        .fetch()
                        .map(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4()))
                .containsExactly(
                        "2026-01-05 Brand Search 1234.56 false",
                        "2026-01-05 Generic Search 87.10 false",
                        "2026-01-06 Generic Search 45.50 false");
        assertThat(dsl.select(TRAFFIC.PERIOD_START, TRAFFIC.IMPRESSIONS, TRAFFIC.CLICKS, TRAFFIC.LANDING_PAGE)
                        .from(TRAFFIC)
                        .orderBy(TRAFFIC.PERIOD_START, TRAFFIC.IMPRESSIONS)
                        .fetch()
                        .map(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4()))
                .containsExactly("2026-01-05 3200 95 null", "2026-01-05 10500 420 null", "2026-01-06 1800 51 null");
        assertThat((String) dsl.select(IMPORT_BATCH.KIND, IMPORT_BATCH.SOURCE_TOOL)
                        .from(IMPORT_BATCH)
                        .fetchSingle(r -> (String) (r.value1() + " " + r.value2())))
                .isEqualTo("SPEND google-ads");
    }

    @Test
    void metaUtf16TabReportGivesWholeMonthsAndSpreadsOtherRangesOverTheirDays() {
        SpendReport report = run(META);

        assertThat(report.platform()).isEqualTo(AdPlatform.META_ADS);
        assertThat(report.encoding()).isEqualTo("UTF-16LE");
        assertThat(report.delimiter()).isEqualTo("tab");
        assertThat(report.currency()).isEqualTo("EUR");
        assertThat(report.rows()).isEqualTo(4);
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.skippedRows())
                .extracting(SpendProblem::reason)
                .containsExactly("a summary row without a campaign");
        assertThat(report.total()).isEqualByComparingTo("2540.40");
        assertThat(channelOfAllSpend()).isEqualTo("Facebook");
        assertThat(wholeMonths()).containsExactly("2026-01-01 1250.00", "2026-02-01 980.40");
        // 15 January to 14 February: 31 days of 10.00 each, 17 in January and 14 in February.
        var retargeting = dsl.select(SPEND.SPEND_DATE, SPEND.AMOUNT)
                .from(SPEND)
                .where(SPEND.CAMPAIGN.eq("Retargeting"))
                .orderBy(SPEND.SPEND_DATE)
                .fetch();
        assertThat(retargeting).hasSize(31);
        assertThat(retargeting.getFirst().value1()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(retargeting.getLast().value1()).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(retargeting.map(r -> r.value2()))
                .allSatisfy(a -> assertThat(a).isEqualByComparingTo("10.00"));
        assertThat((String) dsl.select(TRAFFIC.PERIOD_START, TRAFFIC.PERIOD_END, TRAFFIC.IMPRESSIONS)
                        .from(TRAFFIC)
                        .where(TRAFFIC.CLICKS.eq(150L))
                        .fetchSingle(r -> (String) (r.value1() + ".." + r.value2() + " " + r.value3())))
                .isEqualTo("2026-01-15..2026-02-14 12000");
    }

    @Test
    void aGoogleReportWithoutADateColumnCoversThePeriodOfItsTitle() {
        SpendReport report = run(FIXTURES.resolve("google_ads_period.csv"));

        assertThat(report.created()).isEqualTo(2);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(dsl.select(SPEND.SPEND_DATE, SPEND.WHOLE_MONTH, SPEND.CAMPAIGN, SPEND.AMOUNT)
                        .from(SPEND)
                        .orderBy(SPEND.CAMPAIGN)
                        .fetch()
                        .map(r -> r.value1() + " " + r.value2() + " " + r.value3() + " " + r.value4()))
                .containsExactly("2026-01-01 true Brand Search 1500.00", "2026-01-01 true Generic Search 320.75");
        assertThat(dsl.select(TRAFFIC.PERIOD_START, TRAFFIC.PERIOD_END)
                        .from(TRAFFIC)
                        .fetch()
                        .map(r -> r.value1() + ".." + r.value2()))
                .containsOnly("2026-01-01..2026-01-31");
        assertThat(SpendSniffer.titlePeriod("Campaign report")).isNull();
        assertThat(SpendSniffer.titlePeriod("1 March 2026 – 15 March 2026"))
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15));
    }

    @Test
    void unevenRangesKeepEveryCent() {
        SpendRow row = new SpendRow(
                2, LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 1), "x", new BigDecimal("10.00"), null, null);
        assertThat(SpendPeriods.entries(row))
                .extracting(e -> e.date().getDayOfMonth() + " " + e.amount())
                .containsExactly("30 3.34", "31 3.33", "1 3.33");
    }

    @Test
    void linkedInReportWithTitleRowsAndMonthFirstDates() {
        SpendReport report = run(LINKEDIN);

        assertThat(report.platform()).isEqualTo(AdPlatform.LINKEDIN_ADS);
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(report.total()).isEqualByComparingTo("760.65");
        assertThat(channelOfAllSpend()).isEqualTo("LinkedIn");
    }

    @Test
    void aBadRowRefusesTheWholeFileNamingLineAndField() {
        SpendReport report = run(BAD_ROW);

        assertThat(report.refused()).isTrue();
        assertThat(report.batchId()).isNull();
        assertThat(report.rejected()).isEqualTo(2);
        assertThat(report.errors())
                .extracting(SpendProblem::line, SpendProblem::field)
                .containsExactly(tuple(3L, "Cost"), tuple(4L, "Day"));
        assertThat(report.errors().getFirst().reason()).contains("twelve");
        assertThat(spendRows()).isZero();
        assertThat(dsl.fetchCount(TRAFFIC)).isZero();
        assertThat(dsl.fetchCount(IMPORT_BATCH)).isZero();
    }

    @Test
    void anotherCurrencyThanTheDataFoldersIsRefused() {
        SpendReport report = run(LINKEDIN_USD);

        assertThat(report.refused()).isTrue();
        assertThat(report.errors()).hasSize(1);
        assertThat(report.errors().getFirst().field()).isEqualTo("Currency");
        assertThat(report.errors().getFirst().reason()).contains("USD", "EUR", "does not convert");
        assertThat(spendRows()).isZero();

        app.settings().put("currency", "USD");
        assertThat(run(LINKEDIN_USD).created()).isEqualTo(3);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        run(META);
        int before = spendRows();
        int traffic = dsl.fetchCount(TRAFFIC);

        SpendReport again = run(META);

        assertThat(again.created()).isZero();
        assertThat(again.duplicates()).isEqualTo(3);
        assertThat(again.traffic()).isZero();
        assertThat(spendRows()).isEqualTo(before);
        assertThat(dsl.fetchCount(TRAFFIC)).isEqualTo(traffic);
        assertThat(spend.dryRun(META, null, new Progress()).duplicates()).isEqualTo(3);
    }

    @Test
    void undoRemovesTheSpendAndTrafficOfTheImportOnly() {
        SpendReport first = run(GOOGLE);
        run(LINKEDIN);

        UndoReport undo = app.imports().undo(first.batchId());

        assertThat(undo.isSpend()).isTrue();
        assertThat(undo.removed()).isEqualTo(3);
        assertThat(undo.trafficRemoved()).isEqualTo(3);
        assertThat(channelOfAllSpend()).isEqualTo("LinkedIn");
        assertThat(app.imports().history().getLast().undone()).isTrue();
        assertThatThrownBy(() -> app.imports().undo(first.batchId())).isInstanceOf(UserException.class);
        // Undone, the same file goes in again as new.
        assertThat(run(GOOGLE).created()).isEqualTo(3);
    }

    @Test
    void aChosenChannelIsFoundOrCreated() {
        SpendReport report = spend.run(GOOGLE, "Search partners", new Progress());

        assertThat(report.channel()).isEqualTo("Search partners");
        assertThat(channelOfAllSpend()).isEqualTo("Search partners");
        assertThat(spend.dryRun(LINKEDIN, "facebook", new Progress()).channel()).isEqualTo("Facebook");
        assertThat(spend.run(LINKEDIN, "facebook", new Progress()).channel()).isEqualTo("Facebook");
    }

    @Test
    void cancelledWhileWritingLeavesNothing() {
        Progress cancelOnWrite = new Progress() {
            @Override
            public void update(double fraction, String message) {
                super.update(fraction, message);
                if (message.startsWith("Writing")) {
                    cancel();
                }
            }
        };

        assertThatThrownBy(() -> spend.run(GOOGLE, null, cancelOnWrite))
                .isInstanceOf(Progress.CancelledException.class);

        assertThat(spendRows()).isZero();
        assertThat(dsl.fetchCount(TRAFFIC)).isZero();
        assertThat(dsl.fetchCount(IMPORT_BATCH)).isZero();
    }

    @Test
    void monthlyAndWeeklyGoogleReportsAndAGermanOne() throws IOException {
        Path monthly = Files.writeString(
                dir.resolve("monthly.csv"), "Month,Campaign,Cost\nJanuary 2026,Brand,100.00\n2026-02,Brand,80.00\n");
        Path weekly = Files.writeString(dir.resolve("weekly.csv"), "Week,Campaign,Cost\n2026-03-02,Brand,70.00\n");
        Path german = Files.writeString(
                dir.resolve("kampagnen.csv"),
                "Kampagnenbericht\nTag;Kampagne;Währungscode;Kosten;Impr.;Klicks\n05.01.2026;Marke;EUR;1.234,50;1.000;10\n");

        assertThat(run(monthly).created()).isEqualTo(2);
        assertThat(wholeMonths()).containsExactly("2026-01-01 100.00", "2026-02-01 80.00");
        assertThat(run(weekly).entries()).isEqualTo(7);
        SpendReport de = run(german);
        assertThat(de.platform()).isEqualTo(AdPlatform.GOOGLE_ADS);
        assertThat(de.total()).isEqualByComparingTo("1234.50");
        assertThat(de.from()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void aMetaReportBrokenDownByDayTakesEachRowsDay() throws IOException {
        Path daily = Files.writeString(
                dir.resolve("meta-daily.csv"),
                "Reporting starts,Reporting ends,Day,Campaign name,Amount spent (EUR)\n"
                        + "2026-01-01,2026-01-31,2026-01-03,Spring,12.00\n"
                        + "2026-01-01,2026-01-31,2026-01-04,Spring,13.00\n");

        SpendReport report = run(daily);

        assertThat(report.entries()).isEqualTo(2);
        assertThat(report.from()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(report.to()).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void aReportBeyondTheSniffedMegabyteIsReadWhole() throws IOException {
        StringBuilder text = new StringBuilder("Campaign report\nDay,Campaign,Cost\n");
        LocalDate day = LocalDate.of(2020, 1, 1);
        // Long campaign names pass the megabyte in fewer rows.
        String name = ",Spring offer for small businesses in the north: a campaign with a long name number ";
        for (int i = 0; i < 12_000; i++) {
            text.append(day.plusDays(i / 20)).append(name).append(i % 20).append(",1.00\n");
        }
        Path big = Files.writeString(dir.resolve("big.csv"), text);
        assertThat(Files.size(big)).isGreaterThan(1 << 20);

        assertThat(spend.recognise(big)).contains(AdPlatform.GOOGLE_ADS);
        SpendReport report = run(big);

        assertThat(report.rows()).isEqualTo(12_000);
        assertThat(report.total()).isEqualByComparingTo("12000.00");
    }

    @Test
    void leadExportsAreNotSpendReports() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/importing"))) {
            assertThat(files.filter(Files::isRegularFile)
                            .filter(f -> spend.recognise(f).isPresent()))
                    .isEmpty();
        }
        Path leadsWithACost = Files.writeString(
                dir.resolve("leads.csv"),
                "Date,Name,Email,Campaign,Cost\n2026-01-05,Ada,ada@example.com,Spring,12.00\n");
        assertThat(spend.recognise(leadsWithACost)).isEmpty();
        assertThatThrownBy(() -> spend.preview(Path.of("src/test/resources/importing/hubspot.csv")))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("not a spend report");
    }
}
