package app.leadkeeper.settings;

import app.leadkeeper.scoring.ScoreHistogram;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The bars of the score chart, from two histograms in buckets of ten. Every bucket between the lowest and the highest
 * score gets a bar (an empty one too, so that the shape is true); when that would be more than {@value #MAX_BARS},
 * buckets are merged into wider ones (20, 50, 100 … points), so the chart stays readable whatever the rules give.
 */
final class ScoreBars {
    static final int MAX_BARS = 24;
    private static final int[] STEPS = {1, 2, 5};

    private ScoreBars() {}

    static List<ScoreBar> of(ScoreHistogram now, ScoreHistogram draft) {
        TreeSet<Integer> buckets = new TreeSet<>(now.buckets().keySet());
        buckets.addAll(draft.buckets().keySet());
        if (buckets.isEmpty()) {
            return List.of();
        }
        int width = width(buckets.first(), buckets.last());
        int first = Math.floorDiv(buckets.first(), width) * width;
        int last = Math.floorDiv(buckets.last(), width) * width;
        int count = (last - first) / width + 1;
        long[] nowCounts = counts(now, first, width, count);
        long[] draftCounts = counts(draft, first, width, count);
        List<ScoreBar> bars = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int low = first + i * width;
            bars.add(new ScoreBar(low, low + width - 1, nowCounts[i], draftCounts[i]));
        }
        return List.copyOf(bars);
    }

    /** The narrowest bar width of 10, 20, 50, 100, 200, 500 … points that needs no more than {@link #MAX_BARS}. */
    static int width(int lowest, int highest) {
        for (long scale = 10; ; scale *= 10) {
            for (int step : STEPS) {
                long width = scale * step;
                long bars = Math.floorDiv(highest, width) - Math.floorDiv(lowest, width) + 1;
                if (bars <= MAX_BARS || width >= Integer.MAX_VALUE / 10) {
                    return (int) width;
                }
            }
        }
    }

    private static long[] counts(ScoreHistogram histogram, int first, int width, int count) {
        long[] counts = new long[count];
        histogram
                .buckets()
                .forEach((bucket, leads) -> counts[(Math.floorDiv(bucket, width) * width - first) / width] += leads);
        return counts;
    }
}
