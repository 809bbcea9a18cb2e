package app.leadkeeper.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.channels.ChannelCategory;
import app.leadkeeper.channels.Direction;
import app.leadkeeper.leads.LeadData;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.leads.StageOutcome;
import app.leadkeeper.testing.TempApp;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The board's SQL on a real H2 file database with the real migrations. */
class BoardQueryTest {
    @TempDir
    Path dir;

    AppContext app;
    DSLContext dsl;
    BoardQuery query;
    Map<String, Long> stage;

    @BeforeEach
    void open() {
        app = TempApp.open(dir);
        dsl = app.database().dsl();
        query = new BoardQuery(TempApp.ZONE);
        stage = new java.util.HashMap<>();
        app.stages().stages().forEach(s -> stage.put(s.name(), s.id()));
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void pagesAColumnNewestArrivalFirstWithTheIdAsTieBreaker() {
        List<Long> ids = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            ids.add(add(LeadData.builder().firstName("Lead" + day).createdAt(day(2026, 3, day))));
        }
        // Two leads entered the stage at the very same time: the higher id comes first.
        long twinA = add(LeadData.builder().firstName("TwinA").createdAt(day(2026, 3, 3)));
        long twinB = add(LeadData.builder().firstName("TwinB").createdAt(day(2026, 3, 3)));

        List<Long> seen = new ArrayList<>();
        BoardCard after = null;
        List<Integer> sizes = new ArrayList<>();
        do {
            List<BoardCard> page = query.page(dsl, stage.get("New"), BoardFilter.NONE, after, 3);
            sizes.add(page.size());
            page.forEach(c -> seen.add(c.id()));
            after = page.isEmpty() ? null : page.getLast();
        } while (after != null && sizes.getLast() == 3);

        assertThat(sizes).containsExactly(3, 3, 1);
        assertThat(seen).containsExactly(ids.get(4), ids.get(3), twinB, twinA, ids.get(2), ids.get(1), ids.get(0));
        assertThat(query.page(dsl, stage.get("Engaged"), BoardFilter.NONE, null, 10))
                .isEmpty();
    }

    @Test
    void aCardShowsNameCompanyValueAndTimeInStage() {
        long id = add(LeadData.builder()
                .firstName("Ada")
                .lastName("Lovelace")
                .company("Analytical Engines")
                .dealValue(new BigDecimal("1200.50"))
                .createdAt(day(2026, 11, 10)));
        dsl.execute("UPDATE lead_score SET score = 42 WHERE lead_id = ?", id);
        long nameless = add(LeadData.builder().email("who@example.com").createdAt(day(2026, 11, 1)));

        List<BoardCard> cards = query.page(dsl, stage.get("New"), BoardFilter.NONE, null, 10);

        BoardCard ada = cards.getFirst();
        assertThat(ada.id()).isEqualTo(id);
        assertThat(ada.stageId()).isEqualTo(stage.get("New"));
        assertThat(ada.name()).isEqualTo("Ada Lovelace");
        assertThat(ada.company()).isEqualTo("Analytical Engines");
        assertThat(ada.dealValue()).isEqualByComparingTo("1200.50");
        assertThat(ada.score()).isEqualTo(42);
        assertThat(ada.daysInStage(TempApp.CLOCK)).isEqualTo(10);
        assertThat(cards.get(1).id()).isEqualTo(nameless);
        assertThat(cards.get(1).name()).isEqualTo("who@example.com");
        assertThat(cards.get(1).dealValue()).isNull();
    }

    @Test
    void filtersByChannelQualificationCreatedDaysAndSearch() {
        Channel ads = app.channels().ensure("Google Ads", ChannelCategory.PAID_SEARCH, Direction.INBOUND);
        Channel fair = app.channels().ensure("Trade fair", ChannelCategory.TRADE_SHOW, Direction.INBOUND);
        long zoe = add(LeadData.builder()
                .firstName("Zoë")
                .lastName("Müller")
                .company("Bäckerei Sonne")
                .channelId(ads.id())
                .qualification(Qualification.MQL)
                .createdAt(day(2026, 4, 10)));
        long max = add(LeadData.builder()
                .firstName("Max")
                .company("Sonnenschein AG")
                .channelId(fair.id())
                .qualification(Qualification.SQL)
                .createdAt(day(2026, 4, 20)));
        long lea = add(LeadData.builder()
                .firstName("Lea")
                .company("Mond GmbH")
                .channelId(ads.id())
                .createdAt(day(2026, 5, 1)));
        long inNew = stage.get("New");

        assertThat(ids(inNew, filter(ads.id(), null, null, null, null))).containsExactly(lea, zoe);
        assertThat(ids(inNew, filter(null, Qualification.SQL, null, null, null)))
                .containsExactly(max);
        assertThat(ids(inNew, filter(null, Qualification.LEAD, null, null, null)))
                .containsExactly(lea);
        // Both days inclusive, in the user's zone.
        assertThat(ids(inNew, filter(null, null, LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 20), null)))
                .containsExactly(max, zoe);
        assertThat(ids(inNew, filter(null, null, LocalDate.of(2026, 4, 11), null, null)))
                .containsExactly(lea, max);
        // Search is folded (case, accents) and every word must match, anywhere in name, email or company.
        assertThat(ids(inNew, filter(null, null, null, null, "ZOE"))).containsExactly(zoe);
        assertThat(ids(inNew, filter(null, null, null, null, "sonne"))).containsExactly(max, zoe);
        assertThat(ids(inNew, filter(null, null, null, null, "sonne backerei"))).containsExactly(zoe);
        assertThat(ids(inNew, filter(null, null, null, null, "100%"))).isEmpty();
        assertThat(ids(inNew, filter(ads.id(), Qualification.MQL, null, null, "müller")))
                .containsExactly(zoe);
    }

    @Test
    void totalsCountAndSumEveryColumnUnderTheFilter() {
        Channel ads = app.channels().ensure("Google Ads", ChannelCategory.PAID_SEARCH, Direction.INBOUND);
        add(LeadData.builder()
                .firstName("A")
                .dealValue(new BigDecimal("100.25"))
                .channelId(ads.id()));
        add(LeadData.builder().firstName("B").dealValue(new BigDecimal("200")));
        add(LeadData.builder().firstName("C"));
        long d = add(LeadData.builder()
                .firstName("D")
                .dealValue(new BigDecimal("50"))
                .channelId(ads.id()));
        long e = add(LeadData.builder().firstName("E").dealValue(new BigDecimal("1000")));
        app.leads().moveToStage(d, stage.get("Engaged"), StageOutcome.OPEN);
        app.leads().moveToStage(e, stage.get("Won"), StageOutcome.won(OffsetDateTime.now(TempApp.CLOCK), null));

        Map<Long, ColumnTotals> all = query.totals(dsl, BoardFilter.NONE);
        assertThat(all.get(stage.get("New")).leads()).isEqualTo(3);
        assertThat(all.get(stage.get("New")).value()).isEqualByComparingTo("300.25");
        assertThat(all.get(stage.get("Engaged")).leads()).isEqualTo(1);
        assertThat(all.get(stage.get("Engaged")).value()).isEqualByComparingTo("50");
        assertThat(all.get(stage.get("Won")).leads()).isEqualTo(1);
        assertThat(all).doesNotContainKeys(stage.get("Qualified"), stage.get("Lost"));

        Map<Long, ColumnTotals> fromAds = query.totals(dsl, filter(ads.id(), null, null, null, null));
        assertThat(fromAds.get(stage.get("New")).leads()).isEqualTo(1);
        assertThat(fromAds.get(stage.get("New")).value()).isEqualByComparingTo("100.25");
        assertThat(fromAds.get(stage.get("Engaged")).leads()).isEqualTo(1);
        assertThat(fromAds).doesNotContainKey(stage.get("Won"));

        // A column whose leads have no deal value sums to zero, not null.
        Map<Long, ColumnTotals> onlyC = query.totals(dsl, filter(null, null, null, null, "c"));
        assertThat(onlyC.get(stage.get("New")).value()).isEqualByComparingTo("0");
        assertThat(query.countAll(dsl)).isEqualTo(5);
    }

    private List<Long> ids(long stageId, BoardFilter filter) {
        return query.page(dsl, stageId, filter, null, 100).stream()
                .map(BoardCard::id)
                .toList();
    }

    private static BoardFilter filter(
            Long channel, Qualification qualification, LocalDate from, LocalDate to, String search) {
        return new BoardFilter(channel, qualification, from, to, search);
    }

    private long add(LeadData.Builder lead) {
        return app.leads().create(lead.build()).id();
    }

    private static OffsetDateTime day(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 9, 0, 0, 0, ZoneOffset.ofHours(2));
    }
}
