package app.leadkeeper.bench;

import java.util.Map;

/** The figures of one benchmark run, in milliseconds unless the name says otherwise. */
record BenchResult(
        long leads,
        String dataDir,
        long addedLeads,
        double fillSeconds,
        double openMs,
        double openFirstPageMs,
        double firstPageMedianMs,
        Map<String, Double> firstPageBySort,
        double lastPageMs,
        double pageForwardMs,
        double pageBackwardMs,
        double indexBuildMs,
        Search search,
        Search sqlSearch,
        double heapUsedMb,
        double heapMaxMb) {

    static final double FIRST_PAGE_TARGET_MS = 100;
    static final double SEARCH_P95_TARGET_MS = 50;
    static final double HEAP_TARGET_MB = 256;

    /** Latencies of a set of searches, each a first page plus a count as the leads table asks for them. */
    record Search(int queries, double p50, double p95, double max, String slowestQuery, long slowestMatches) {}

    double openToFirstPageMs() {
        return openMs + openFirstPageMs;
    }

    /** The slowest sort's median: every sort of the table must meet the first-page target. */
    double worstFirstPageMs() {
        return firstPageBySort.values().stream()
                .mapToDouble(Double::doubleValue)
                .max()
                .orElse(firstPageMedianMs);
    }

    boolean firstPagePasses() {
        return worstFirstPageMs() <= FIRST_PAGE_TARGET_MS;
    }

    boolean searchPasses() {
        return search.p95() <= SEARCH_P95_TARGET_MS;
    }

    boolean heapPasses() {
        return heapUsedMb <= HEAP_TARGET_MB;
    }
}
