package app.leadkeeper.leads;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.data.DataFolder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches with more than {@link LeadRepository#MANY_IDS} matches take their page from the sort index first: every
 * sort and direction must still page through exactly the matches, in the same order as the plain query.
 */
class LeadRepositoryManyIdsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T10:00:00Z"), ZoneId.of("UTC"));
    private static final int MATCHES = LeadRepository.MANY_IDS + 350;

    @TempDir
    Path dir;

    private AppContext app;

    @BeforeEach
    void fill() {
        app = AppContext.open(new DataFolder(dir), CLOCK);
        OffsetDateTime base = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        List<LeadData> leads = IntStream.range(0, MATCHES * 2)
                .mapToObj(i -> LeadData.builder()
                        .firstName((i % 2 == 0 ? "Quorra" : "Other") + (i % 97))
                        .lastName("L" + (i * 7919 % 1000))
                        .email("p" + (i * 31 % 500) + "@example.com")
                        .company("C" + (i % 13))
                        .createdAt(base.plusMinutes(i * 37L % 900)) // many equal times: the id breaks ties
                        .build())
                .toList();
        app.leads().addAll(leads);
        app.leads().loadSearchIndex();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void everySortPagesThroughAllMatchesInTheSameOrderBothWays() {
        LeadService service = app.leads();
        LeadFilter search = LeadFilter.NONE.withSearch("quorra");
        assertThat(service.count(search)).isEqualTo(MATCHES);

        for (LeadSortField field : LeadSortField.values()) {
            for (boolean ascending : new boolean[] {true, false}) {
                LeadSort sort = new LeadSort(field, ascending);
                List<Long> expected = plainOrder(sort);
                assertThat(expected).hasSize(MATCHES);

                List<Long> forward = new ArrayList<>();
                LeadPage page = service.page(search, sort, PageRequest.first(100));
                forward.addAll(ids(page));
                while (page.hasNext()) {
                    page = service.page(search, sort, PageRequest.after(page.lastKey(), 100));
                    forward.addAll(ids(page));
                }
                assertThat(forward).as(sort.toString()).isEqualTo(expected);

                List<Long> backward = new ArrayList<>();
                page = service.page(search, sort, PageRequest.last(100));
                backward.addAll(0, ids(page));
                while (page.hasPrevious()) {
                    page = service.page(search, sort, PageRequest.before(page.firstKey(), 100));
                    backward.addAll(0, ids(page));
                }
                assertThat(backward).as(sort + " backward").isEqualTo(expected);
            }
        }
    }

    @Test
    void pagesSpanningManySmallScanChunksMatchThePlainQuery() {
        List<Long> ids = plainOrder(LeadSort.NEWEST_FIRST);
        assertThat(ids).hasSizeGreaterThan(LeadRepository.MANY_IDS);
        LeadRepository repository = new LeadRepository(7); // a page of 41 needs several chunks of 7, 14, 28…

        for (LeadSort sort : List.of(LeadSort.NEWEST_FIRST, new LeadSort(LeadSortField.NAME, true))) {
            List<Long> expected = plainOrder(sort);
            List<Long> paged = new ArrayList<>();
            LeadCriteria criteria = LeadCriteria.ALL.withIds(ids);
            LeadPage page = repository.page(app.database().dsl(), criteria, sort, PageRequest.first(40));
            paged.addAll(ids(page));
            while (page.hasNext()) {
                page = repository.page(app.database().dsl(), criteria, sort, PageRequest.after(page.lastKey(), 40));
                paged.addAll(ids(page));
            }
            assertThat(paged).as(sort.toString()).isEqualTo(expected);
        }
    }

    /** The order of the plain query, which sorts all matches in SQL (no id list involved). */
    private List<Long> plainOrder(LeadSort sort) {
        LeadCriteria contains = LeadCriteria.ALL.withContains(List.of("quorra"));
        List<Long> all = new ArrayList<>();
        LeadRepository repository = new LeadRepository();
        LeadPage page = repository.page(app.database().dsl(), contains, sort, PageRequest.first(500));
        all.addAll(ids(page));
        while (page.hasNext()) {
            page = repository.page(app.database().dsl(), contains, sort, PageRequest.after(page.lastKey(), 500));
            all.addAll(ids(page));
        }
        return all;
    }

    private static List<Long> ids(LeadPage page) {
        return page.rows().stream().map(LeadRow::id).toList();
    }
}
