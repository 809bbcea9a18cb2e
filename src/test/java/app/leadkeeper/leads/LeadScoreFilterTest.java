package app.leadkeeper.leads;

import static app.leadkeeper.db.Tables.LEAD_SCORE;
import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.channels.Channel;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The score order and the score range filter on a real database: keyset pages in both directions visit every lead
 * once, in (score, id) order, ties included; leads without a score row count as 0 and never drop out; the range
 * combines with the other filters, in the count and in every sort order.
 */
class LeadScoreFilterTest {
    /** Scores with ties and negatives; every third lead is in the Ads channel. */
    private static final int[] SCORES = {
        40, 0, -5, 40, 75, 12, 0, 120, 40, -5, 75, 3, 0, 90, 40, 12, 200, 0, 75, 40, 1, -20, 0, 40, 55, 75, 12, 130, 0,
        9, 40, 75, 0, 61, 40
    };

    @TempDir
    Path dir;

    AppContext app;
    DSLContext dsl;
    LeadService leads;
    Channel ads;
    /** Each lead's id and the score the tests gave it. */
    final Map<Long, Integer> scores = new LinkedHashMap<>();

    @BeforeEach
    void fill() {
        app = TempApp.open(dir);
        dsl = app.database().dsl();
        leads = app.leads();
        ads = app.channels().ensure("Ads");
        List<LeadData> data = new ArrayList<>();
        for (int i = 0; i < SCORES.length; i++) {
            data.add(TempApp.lead("N" + i, "L" + i, "n" + i + "@example.com")
                    .createdAt(OffsetDateTime.parse("2026-03-01T10:00:00Z").plusHours(i % 4))
                    .channelId(i % 3 == 0 ? ads.id() : null)
                    .build());
        }
        long[] ids = leads.addAll(data);
        for (int i = 0; i < ids.length; i++) {
            scores.put(ids[i], SCORES[i]);
            setScore(ids[i], SCORES[i]);
        }
    }

    @AfterEach
    void close() {
        app.close();
    }

    private void setScore(long id, int score) {
        dsl.mergeInto(LEAD_SCORE)
                .using(DSL.selectOne())
                .on(LEAD_SCORE.LEAD_ID.eq(id))
                .whenMatchedThenUpdate()
                .set(LEAD_SCORE.SCORE, score)
                .whenNotMatchedThenInsert(LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                .values(id, score)
                .execute();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void scorePagesWalkEveryLeadOnceInScoreOrderBothWays(boolean ascending) {
        assertPagesInOrder(LeadFilter.NONE, ascending, lead -> true);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void leadsWithoutAScoreRowSortAsZeroAmongTheScoredZeros(boolean ascending) {
        List<Long> ids = new ArrayList<>(scores.keySet());
        // Not scored yet: two leads whose score would be 0 anyway, one at 40 and one at -5 (now 0 as well).
        for (long id : List.of(ids.get(1), ids.get(3), ids.get(9), ids.get(28))) {
            dsl.deleteFrom(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(id)).execute();
            scores.put(id, 0);
        }
        assertPagesInOrder(LeadFilter.NONE, ascending, lead -> true);
        assertPagesInOrder(
                LeadFilter.NONE.withScore(-5, 3), ascending, lead -> scores.get(lead) >= -5 && scores.get(lead) <= 3);
        assertPagesInOrder(LeadFilter.NONE.withScore(1, null), ascending, lead -> scores.get(lead) >= 1);
        assertThat(leads.count(LeadFilter.NONE.withScore(0, 0))).isEqualTo(countWhere(lead -> scores.get(lead) == 0));
        assertThat(leads.count(LeadFilter.NONE.withScore(null, -1)))
                .isEqualTo(countWhere(lead -> scores.get(lead) < 0));
    }

    @Test
    void aFolderWithoutAnyScoreStillPagesEveryLeadByScore() {
        dsl.deleteFrom(LEAD_SCORE).execute();
        scores.replaceAll((id, score) -> 0);
        assertPagesInOrder(LeadFilter.NONE, true, lead -> true);
        assertPagesInOrder(LeadFilter.NONE, false, lead -> true);
        assertThat(leads.count(LeadFilter.NONE.withScore(0, 10))).isEqualTo(SCORES.length);
        assertThat(leads.count(LeadFilter.NONE.withScore(1, 10))).isZero();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theScoreRangeCombinesWithAnotherFilterInEveryOrder(boolean ascending) {
        Predicate<Long> inAds = this::inAds;
        LeadFilter adsFrom12To90 = new LeadFilter(null, null, null, ads.id(), List.of()).withScore(12, 90);
        Predicate<Long> expected = inAds.and(lead -> scores.get(lead) >= 12 && scores.get(lead) <= 90);
        long matching = countWhere(expected);
        assertThat(matching).isBetween(3L, (long) SCORES.length - 3);
        assertThat(leads.count(adsFrom12To90)).isEqualTo(matching);
        assertPagesInOrder(adsFrom12To90, ascending, expected);

        for (LeadSortField field : List.of(LeadSortField.CREATED, LeadSortField.NAME)) {
            List<Long> rows = ids(leads.page(adsFrom12To90, new LeadSort(field, ascending), PageRequest.first(100)));
            assertThat(rows).as(field.toString()).hasSize((int) matching).allMatch(expected);
        }
        // Open ends, and the range alone (counted from the score index).
        assertThat(leads.count(LeadFilter.NONE.withScore(75, null))).isEqualTo(countWhere(l -> scores.get(l) >= 75));
        assertThat(leads.count(LeadFilter.NONE.withScore(null, 0))).isEqualTo(countWhere(l -> scores.get(l) <= 0));
        assertThat(leads.count(LeadFilter.NONE.withScore(76, 89))).isZero();
        assertThat(leads.count(new LeadFilter(null, null, null, ads.id(), List.of()).withScore(null, 0)))
                .isEqualTo(countWhere(inAds.and(l -> scores.get(l) <= 0)));
    }

    @Test
    void aPageShowsEachLeadsScore() {
        List<LeadRow> rows = leads.page(LeadFilter.NONE, new LeadSort(LeadSortField.SCORE, false), PageRequest.first(5))
                .rows();
        assertThat(rows).extracting(LeadRow::score).containsExactly(200, 130, 120, 90, 75);
        rows.forEach(row -> assertThat(row.score()).isEqualTo(scores.get(row.id())));
    }

    /**
     * Pages of 4 forward from the first page and backward from the last hold exactly the matching leads, in score
     * order with the id breaking ties; the flags say where more pages are.
     */
    private void assertPagesInOrder(LeadFilter filter, boolean ascending, Predicate<Long> matches) {
        Comparator<Long> order = Comparator.<Long>comparingInt(scores::get).thenComparingLong(id -> id);
        List<Long> expected = scores.keySet().stream()
                .filter(matches)
                .sorted(ascending ? order : order.reversed())
                .toList();
        LeadSort sort = new LeadSort(LeadSortField.SCORE, ascending);
        String what = filter + (ascending ? " ascending" : " descending");

        List<Long> forward = new ArrayList<>();
        LeadPage page = leads.page(filter, sort, PageRequest.first(4));
        assertThat(page.hasPrevious()).as(what).isFalse();
        forward.addAll(ids(page));
        while (page.hasNext()) {
            page = leads.page(filter, sort, PageRequest.after(page.lastKey(), 4));
            assertThat(page.hasPrevious()).as(what).isTrue();
            forward.addAll(ids(page));
        }
        assertThat(forward).as(what).isEqualTo(expected);

        List<List<Long>> pages = new ArrayList<>();
        page = leads.page(filter, sort, PageRequest.last(4));
        assertThat(page.hasNext()).as(what).isFalse();
        pages.add(ids(page));
        while (page.hasPrevious()) {
            page = leads.page(filter, sort, PageRequest.before(page.firstKey(), 4));
            assertThat(page.hasNext()).as(what).isTrue();
            pages.add(ids(page));
        }
        Collections.reverse(pages);
        assertThat(pages.stream().flatMap(List::stream).toList())
                .as(what + " backward")
                .isEqualTo(expected);
        if (expected.size() > 4) {
            assertThat(pages.getLast()).as(what + " last page").hasSize(4);
        }
    }

    private boolean inAds(long id) {
        return new ArrayList<>(scores.keySet()).indexOf(id) % 3 == 0;
    }

    private long countWhere(Predicate<Long> matches) {
        return scores.keySet().stream().filter(matches).count();
    }

    private static List<Long> ids(LeadPage page) {
        return page.rows().stream().map(LeadRow::id).toList();
    }
}
