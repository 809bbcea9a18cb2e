package app.leadkeeper.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    @Test
    void findsWordsAnywhereAndEveryWordOfTheQuery() {
        SearchIndex index = build(Map.of(
                1L,
                "anna schmidt anna@example.com",
                2L,
                "jose alvarez acme corp",
                3L,
                "ивана петрова ivana@example.org 4930123"));
        assertThat(ids(index.search(List.of("schm"), 10))).containsExactly(1L);
        assertThat(ids(index.search(List.of("example"), 10))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(index.search(List.of("петр"), 10))).containsExactly(3L);
        assertThat(ids(index.search(List.of("schmidt", "anna"), 10))).containsExactly(1L);
        assertThat(ids(index.search(List.of("schmidt", "jose"), 10))).isEmpty();
    }

    @Test
    void aMatchNeverSpansTwoLeads() {
        SearchIndex index = build(Map.of(1L, "ends with ab", 2L, "cd starts"));
        assertThat(index.search(List.of("ab\ncd"), 10).count()).isZero();
        assertThat(index.search(List.of("abcd"), 10).count()).isZero();
    }

    @Test
    void countsPastTheIdLimitWithoutIds() {
        Map<Long, String> texts = new LinkedHashMap<>();
        for (long i = 1; i <= 50; i++) {
            texts.put(i, "lead number " + i);
        }
        SearchIndex.Result result = build(texts).search(List.of("lead"), 10);
        assertThat(result.count()).isEqualTo(50);
        assertThat(result.idsComplete()).isFalse();
    }

    @Test
    void overlayWinsOverTheBuiltTexts() {
        SearchIndex index = build(Map.of(1L, "old name", 2L, "other"));
        index.put(1L, "new name");
        index.put(3L, "brand new");
        index.remove(2L);
        assertThat(ids(index.search(List.of("old"), 10))).isEmpty();
        assertThat(ids(index.search(List.of("new"), 10))).containsExactlyInAnyOrder(1L, 3L);
        assertThat(ids(index.search(List.of("other"), 10))).isEmpty();
    }

    @Property(tries = 300)
    void agreesWithANaiveScan(@ForAll("texts") List<String> texts, @ForAll("queries") String query) {
        Map<Long, String> byId = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byId.put((long) i + 1, app.leadkeeper.core.TextKeys.fold(texts.get(i)));
        }
        SearchIndex index = build(byId);
        List<String> words = SearchQuery.words(query);
        if (words.isEmpty()) {
            return;
        }
        List<Long> expected = byId.entrySet().stream()
                .filter(e -> words.stream().allMatch(w -> e.getValue().contains(w)))
                .map(Map.Entry::getKey)
                .toList();
        SearchIndex.Result result = index.search(words, 1000);
        assertThat(result.count()).isEqualTo(expected.size());
        assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Provide
    Arbitrary<List<String>> texts() {
        return Arbitraries.strings()
                .withChars('a', 'b', 'c', 'é', ' ', 'ж', '1', '@', '.')
                .ofMinLength(0)
                .ofMaxLength(30)
                .list()
                .ofMaxSize(60);
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.strings()
                .withChars('a', 'b', 'c', 'é', 'ж', '1')
                .ofMinLength(1)
                .ofMaxLength(3);
    }

    private static SearchIndex build(Map<Long, String> texts) {
        SearchIndex index = new SearchIndex();
        index.rebuild(sink -> texts.forEach(sink::accept));
        return index;
    }

    private static List<Long> ids(SearchIndex.Result result) {
        return Arrays.stream(result.ids()).boxed().collect(Collectors.toList());
    }
}
