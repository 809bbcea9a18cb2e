package app.leadkeeper.leads;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.funnel.Stage;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The stage and qualification filters of the leads table, on a real H2 file database, with keyset paging. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadStageFilterTest {
    private static final int LEADS = 3_300;
    private static final Qualification[] QUALIFICATIONS = Qualification.values();

    AppContext app;
    Map<String, Stage> stages;
    /** What each lead was given, by id. */
    Map<Long, LeadData> given;

    @BeforeAll
    void fill(@TempDir Path dir) {
        app = TempApp.open(dir);
        stages = app.stages().stages().stream().collect(Collectors.toMap(Stage::name, s -> s));
        List<Stage> order = app.stages().stages();
        OffsetDateTime base = OffsetDateTime.parse("2026-01-01T00:00:00Z");
        List<LeadData> leads = IntStream.range(0, LEADS)
                .mapToObj(i -> LeadData.builder()
                        .firstName((i % 3 == 0 ? "Quorra" : "Other") + (i % 41))
                        .lastName("L" + (i * 7919 % 100))
                        .email("p" + (i * 31 % 300) + "@example.com")
                        .company("C" + (i % 11))
                        .createdAt(base.plusMinutes(i * 37L % 400)) // equal times on purpose: the id breaks ties
                        .qualification(QUALIFICATIONS[i * 7 % QUALIFICATIONS.length])
                        .stageId(order.get(i / 2 % order.size()).id())
                        .build())
                .toList();
        long[] ids = app.leads().addAll(leads);
        given = new java.util.HashMap<>();
        for (int i = 0; i < ids.length; i++) {
            given.put(ids[i], leads.get(i));
        }
        app.leads().loadSearchIndex();
    }

    @AfterAll
    void close() {
        app.close();
    }

    static List<LeadSort> sorts() {
        List<LeadSort> sorts = new ArrayList<>();
        for (LeadSortField field : LeadSortField.values()) {
            sorts.add(new LeadSort(field, true));
            sorts.add(new LeadSort(field, false));
        }
        return sorts;
    }

    @Test
    void eachFilterMatchesExactlyTheLeadsGivenThatStageOrQualification() {
        Stage qualified = stages.get("Qualified");
        LeadFilter byStage = LeadFilter.NONE.withStage(qualified.id());
        assertThat(ids(byStage, LeadSort.NEWEST_FIRST))
                .containsExactlyInAnyOrderElementsOf(expected(d -> d.stageId() == qualified.id()));
        assertThat(app.leads().count(byStage))
                .isEqualTo(expected(d -> d.stageId() == qualified.id()).size());

        LeadFilter sql = LeadFilter.NONE.withQualification(Qualification.SQL);
        assertThat(ids(sql, LeadSort.NEWEST_FIRST))
                .containsExactlyInAnyOrderElementsOf(expected(d -> d.qualification() == Qualification.SQL));

        LeadFilter both = byStage.withQualification(Qualification.SQL);
        List<Long> bothExpected =
                expected(d -> d.stageId() == qualified.id() && d.qualification() == Qualification.SQL);
        assertThat(bothExpected).isNotEmpty();
        assertThat(ids(both, LeadSort.NEWEST_FIRST)).containsExactlyInAnyOrderElementsOf(bothExpected);
        assertThat(app.leads().count(both)).isEqualTo(bothExpected.size());
        assertThat(both.isEmpty()).isFalse();
    }

    @Test
    void theRowsShowStageNameQualificationAndBant() {
        Stage won = stages.get("Won");
        LeadRow row = app.leads()
                .page(LeadFilter.NONE.withStage(won.id()), LeadSort.NEWEST_FIRST, PageRequest.first(1))
                .rows()
                .getFirst();
        assertThat(row.stage()).isEqualTo("Won");
        assertThat(row.status()).isEqualTo(LeadStatus.WON);
        assertThat(row.qualification()).isEqualTo(given.get(row.id()).qualification());
        assertThat(BantSummary.letters(row.bant())).isEqualTo("B? A? N? T?");
    }

    /**
     * A search with more than a thousand matches normally picks pages out of the sort index; with a stage or
     * qualification filter on top, the filter must still hold on every page, counted the same way.
     */
    @ParameterizedTest
    @MethodSource("sorts")
    void pagingWithSearchAndFunnelFiltersVisitsEveryMatchOnceInOrder(LeadSort sort) {
        Stage engaged = stages.get("Engaged");
        LeadFilter search = LeadFilter.NONE.withSearch("quorra");
        assertThat(app.leads().count(search)).isGreaterThan(LeadRepository.MANY_IDS);
        for (LeadFilter filter : List.of(
                search.withStage(engaged.id()),
                search.withQualification(Qualification.MQL),
                LeadFilter.NONE.withStage(engaged.id()).withQualification(Qualification.LEAD))) {
            Predicate<LeadData> wanted = d -> (filter.search() == null
                            || d.firstName().toLowerCase(java.util.Locale.ROOT).contains("quorra"))
                    && (filter.stageId() == null || d.stageId().equals(filter.stageId()))
                    && (filter.qualification() == null || d.qualification() == filter.qualification());
            List<Long> all = ids(filter, sort);
            assertThat(all).isNotEmpty();
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected(wanted));
            assertThat(app.leads().count(filter)).isEqualTo(all.size());

            List<Long> forward = new ArrayList<>();
            LeadPage page = app.leads().page(filter, sort, PageRequest.first(25));
            forward.addAll(ids(page));
            while (page.hasNext()) {
                page = app.leads().page(filter, sort, PageRequest.after(page.lastKey(), 25));
                forward.addAll(ids(page));
            }
            assertThat(forward).isEqualTo(all);

            List<List<Long>> pages = new ArrayList<>();
            page = app.leads().page(filter, sort, PageRequest.last(25));
            pages.add(ids(page));
            while (page.hasPrevious()) {
                page = app.leads().page(filter, sort, PageRequest.before(page.firstKey(), 25));
                pages.add(ids(page));
            }
            Collections.reverse(pages);
            assertThat(pages.stream().flatMap(List::stream).toList()).isEqualTo(all);
        }
    }

    @Test
    void aLeadMovedToAnotherStageLeavesTheOldStagesFilter() {
        Stage proposal = stages.get("Proposal");
        Stage lost = stages.get("Lost");
        long id = expected(d -> d.stageId() == proposal.id()).getFirst();
        long before = app.leads().count(LeadFilter.NONE.withStage(proposal.id()));
        Lead lead = app.leads().find(id).orElseThrow();
        app.leads().update(id, lead.data().toBuilder().stageId(lost.id()).build());
        assertThat(app.leads().count(LeadFilter.NONE.withStage(proposal.id()))).isEqualTo(before - 1);
        assertThat(ids(LeadFilter.NONE.withStage(lost.id()), LeadSort.NEWEST_FIRST))
                .contains(id);
        app.leads().update(id, lead.data());
    }

    private List<Long> expected(Predicate<LeadData> wanted) {
        return given.entrySet().stream()
                .filter(e -> wanted.test(e.getValue()))
                .map(Map.Entry::getKey)
                .toList();
    }

    private List<Long> ids(LeadFilter filter, LeadSort sort) {
        return ids(app.leads().page(filter, sort, PageRequest.first(10_000)));
    }

    private static List<Long> ids(LeadPage page) {
        return page.rows().stream().map(LeadRow::id).toList();
    }
}
