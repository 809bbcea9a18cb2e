package app.leadkeeper.leads;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.TextKeys;
import app.leadkeeper.testing.TempApp;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Keyset paging in every sort order walks the same rows as one big sorted read, forwards and backwards. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeadPagingTest {
    AppContext app;

    @BeforeAll
    void fill(@TempDir Path dir) {
        app = TempApp.open(dir);
        Random random = new Random(7);
        String[] companies = {"Acme", "acme", "Initech", "Globex", "", "Umbrella", "Éclair"};
        for (int i = 0; i < 137; i++) {
            // Duplicate sort values on purpose: the id must break ties without skipping or repeating rows.
            app.leads()
                    .create(LeadData.builder()
                            .firstName("N" + random.nextInt(20))
                            .lastName(i % 5 == 0 ? null : "L" + random.nextInt(10))
                            .email(i % 7 == 0 ? null : "p" + random.nextInt(40) + "@example.com")
                            .phone(i % 7 == 0 ? "+4930123456" + (i % 10) : null)
                            .company(companies[random.nextInt(companies.length)])
                            .createdAt(
                                    OffsetDateTime.parse("2026-01-01T00:00:00Z").plusHours(random.nextInt(50)))
                            .build());
        }
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

    @ParameterizedTest
    @MethodSource("sorts")
    void forwardAndBackwardPagingVisitEveryRowOnceInOrder(LeadSort sort) {
        LeadService leads = app.leads();
        List<Long> all = ids(leads.page(LeadFilter.NONE, sort, PageRequest.first(1000)));
        assertThat(all).hasSize(137).doesNotHaveDuplicates();

        List<Long> forward = new ArrayList<>();
        LeadPage page = leads.page(LeadFilter.NONE, sort, PageRequest.first(10));
        assertThat(page.hasPrevious()).isFalse();
        forward.addAll(ids(page));
        while (page.hasNext()) {
            page = leads.page(LeadFilter.NONE, sort, PageRequest.after(page.lastKey(), 10));
            assertThat(page.hasPrevious()).isTrue();
            forward.addAll(ids(page));
        }
        assertThat(forward).isEqualTo(all);

        List<Long> backward = new ArrayList<>();
        page = leads.page(LeadFilter.NONE, sort, PageRequest.last(10));
        assertThat(page.hasNext()).isFalse();
        assertThat(ids(page)).isEqualTo(all.subList(all.size() - 10, all.size()));
        List<List<Long>> pages = new ArrayList<>(List.of(ids(page)));
        while (page.hasPrevious()) {
            page = leads.page(LeadFilter.NONE, sort, PageRequest.before(page.firstKey(), 10));
            pages.add(ids(page));
        }
        Collections.reverse(pages);
        pages.forEach(backward::addAll);
        assertThat(backward).isEqualTo(all);
    }

    @ParameterizedTest
    @MethodSource("sorts")
    void sortOrderMatchesTheFoldedKeys(LeadSort sort) {
        List<LeadRow> rows =
                app.leads().page(LeadFilter.NONE, sort, PageRequest.first(1000)).rows();
        if (sort.field() == LeadSortField.CREATED) {
            List<OffsetDateTime> times = rows.stream().map(LeadRow::createdAt).toList();
            assertThat(times)
                    .isSortedAccordingTo(
                            sort.ascending()
                                    ? java.util.Comparator.<OffsetDateTime>naturalOrder()
                                    : java.util.Comparator.<OffsetDateTime>reverseOrder());
        }
        if (sort.field() == LeadSortField.COMPANY) {
            List<String> keys = rows.stream()
                    .map(r -> app.leads().find(r.id()).orElseThrow().data().company())
                    .map(TextKeys::fold)
                    .toList();
            assertThat(keys)
                    .isSortedAccordingTo(
                            sort.ascending()
                                    ? java.util.Comparator.<String>naturalOrder()
                                    : java.util.Comparator.<String>reverseOrder());
        }
    }

    private static List<Long> ids(LeadPage page) {
        return page.rows().stream().map(LeadRow::id).toList();
    }
}
