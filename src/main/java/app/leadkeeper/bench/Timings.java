package app.leadkeeper.bench;

import java.util.ArrayList;
import java.util.List;

/** Durations of repeated runs, in milliseconds, with the usual summaries. */
final class Timings {
    private final List<Double> millis = new ArrayList<>();

    /** Runs the work and records how long it took. */
    <T> T time(java.util.function.Supplier<T> work) {
        long started = System.nanoTime();
        T result = work.get();
        millis.add((System.nanoTime() - started) / 1e6);
        return result;
    }

    /**
     * The median of {@code runs} timed runs of {@code work} after one untimed warm-up; {@code before} runs ahead of
     * each timed run, untimed (a write, so that nothing is served from a cache).
     */
    static <T> double medianOf(int runs, Runnable before, java.util.function.Supplier<T> work) {
        work.get();
        Timings timings = new Timings();
        for (int i = 0; i < runs; i++) {
            before.run();
            timings.time(work);
        }
        return timings.median();
    }

    void add(double value) {
        millis.add(value);
    }

    int count() {
        return millis.size();
    }

    double median() {
        return percentile(50);
    }

    /** The nearest-rank percentile: the smallest value that at least {@code p} percent of the runs do not exceed. */
    double percentile(double p) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    double max() {
        return percentile(100);
    }

    /** Index of the slowest run. */
    int slowest() {
        int at = 0;
        for (int i = 1; i < millis.size(); i++) {
            if (millis.get(i) > millis.get(at)) {
                at = i;
            }
        }
        return at;
    }
}
