package app.leadkeeper.demo;

import java.util.List;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;

/** Picks items with probabilities proportional to their weights. */
final class Weighted<T> {
    private final List<T> items;
    private final int[] cumulative;

    Weighted(List<T> items, ToIntFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new int[items.size()];
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += weight.applyAsInt(items.get(i));
            cumulative[i] = total;
        }
    }

    T pick(RandomGenerator random) {
        int at = random.nextInt(cumulative[cumulative.length - 1]);
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] > at) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return items.get(low);
    }
}
