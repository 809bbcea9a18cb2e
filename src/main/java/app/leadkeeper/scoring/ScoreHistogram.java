package app.leadkeeper.scoring;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Leads by score, in buckets of ten: the key is the bucket's lowest score (−10 holds −10 to −1, 0 holds 0 to 9, 70
 * holds 70 to 79). Empty buckets are absent.
 */
public record ScoreHistogram(Map<Integer, Long> buckets) {
    public static final ScoreHistogram EMPTY = new ScoreHistogram(Map.of());

    public ScoreHistogram {
        buckets = Collections.unmodifiableMap(new TreeMap<>(buckets));
    }

    /** The bucket a score falls in. */
    public static int bucketOf(int score) {
        return Math.floorDiv(score, 10) * 10;
    }

    public long total() {
        return buckets.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(int bucket) {
        return buckets.getOrDefault(bucket, 0L);
    }

    /** Leads scoring at least {@code score}; exact when {@code score} is a multiple of ten. */
    public long atLeast(int score) {
        return buckets.entrySet().stream()
                .filter(e -> e.getKey() >= bucketOf(score))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
