package app.leadkeeper.nurture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The histogram median equals the median of the sorted values it folds. */
class TouchMedianProperties {
    @Property
    void histogramMedianEqualsSortedMedian(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(min = 0, max = 30) Integer> values) {
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        values.forEach(v -> histogram.merge(v, 1L, Long::sum));
        List<Integer> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        double expected = (sorted.get((n - 1) / 2) + sorted.get(n / 2)) / 2.0;

        assertThat(TouchStatsQuery.medianOf(histogram, n)).isEqualTo(expected);
    }
}
