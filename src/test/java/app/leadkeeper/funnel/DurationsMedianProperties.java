package app.leadkeeper.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The funnel's median (quickselect) equals the median of the sorted values, for any list of durations. */
class DurationsMedianProperties {
    @Property
    void quickselectMedianEqualsTheSortedMedian(
            @ForAll @Size(min = 1, max = 300) List<@LongRange(min = 0, max = 100_000_000) Long> values) {
        FunnelSnapshot.Durations durations = new FunnelSnapshot.Durations();
        values.forEach(durations::add);

        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        double expected = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2;
        assertThat(durations.median()).isEqualTo(expected);
    }
}
