package app.leadkeeper.bench;

import app.leadkeeper.core.Json;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Shows a benchmark result as a table for people and as one JSON object for scripts. */
final class BenchReport {
    private BenchReport() {}

    static String table(BenchResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                Locale.ROOT,
                "Leadkeeper bench: %,d leads in %s (Java %s, %d cores, max heap %,.0f MB)%n",
                r.leads(),
                r.dataDir(),
                Runtime.version().feature(),
                Runtime.getRuntime().availableProcessors(),
                r.heapMaxMb()));
        if (r.addedLeads() > 0) {
            out.append(String.format(
                    Locale.ROOT, "Added %,d demo leads first, in %.1f s%n", r.addedLeads(), r.fillSeconds()));
        }
        out.append(String.format(Locale.ROOT, "%n%-46s %12s  %s%n", "measure", "value", "target"));
        row(out, "open to first page (open + first page)", r.openToFirstPageMs(), "ms", "");
        row(out, "  AppContext.open", r.openMs(), "ms", "");
        row(out, "  first page right after open", r.openFirstPageMs(), "ms", "");
        row(out, "first page, newest first (median of 20)", r.firstPageMedianMs(), "ms", "");
        for (var entry : r.firstPageBySort().entrySet()) {
            row(out, "  first page by " + entry.getKey(), entry.getValue(), "ms", "");
        }
        row(out, "first page, slowest sort", r.worstFirstPageMs(), "ms", verdict(r.firstPagePasses(), "<= 100 ms"));
        row(out, "last page (median of 20)", r.lastPageMs(), "ms", "");
        row(out, "next page, paging forward (median)", r.pageForwardMs(), "ms", "");
        row(out, "previous page, paging backward (median)", r.pageBackwardMs(), "ms", "");
        row(out, "search index build", r.indexBuildMs(), "ms", "");
        search(out, "search as you type, index", r.search());
        out.append(String.format(Locale.ROOT, "%-46s %12s  %s%n", "", "", verdict(r.searchPasses(), "p95 <= 50 ms")));
        search(out, "search without index (SQL LIKE)", r.sqlSearch());
        row(out, "heap used after GC, index loaded", r.heapUsedMb(), "MB", verdict(r.heapPasses(), "<= 256 MB"));
        row(out, "max heap", r.heapMaxMb(), "MB", "");
        return out.toString();
    }

    private static void search(StringBuilder out, String name, BenchResult.Search s) {
        out.append(String.format(Locale.ROOT, "%s (%d queries, page + count)%n", name, s.queries()));
        row(out, "  p50", s.p50(), "ms", "");
        row(out, "  p95", s.p95(), "ms", "");
        row(out, "  max", s.max(), "ms", "");
        out.append(
                String.format(Locale.ROOT, "  slowest: \"%s\" (%,d matches)%n", s.slowestQuery(), s.slowestMatches()));
    }

    private static void row(StringBuilder out, String name, double value, String unit, String target) {
        out.append(String.format(Locale.ROOT, "%-46s %9.1f %-2s  %s", name, value, unit, target)
                        .stripTrailing())
                .append('\n');
    }

    private static String verdict(boolean pass, String target) {
        return (pass ? "PASS " : "FAIL ") + target;
    }

    static String json(BenchResult r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("leads", r.leads());
        root.put("dataDir", r.dataDir());
        root.put("fill", Map.of("addedLeads", r.addedLeads(), "seconds", r.fillSeconds()));
        Map<String, Object> open = new LinkedHashMap<>();
        open.put("openMs", r.openMs());
        open.put("firstPageMs", r.openFirstPageMs());
        open.put("totalMs", r.openToFirstPageMs());
        root.put("openToFirstPage", open);
        Map<String, Object> firstPage = new LinkedHashMap<>();
        firstPage.put("medianMs", r.firstPageMedianMs());
        firstPage.put("bySortMedianMs", r.firstPageBySort());
        root.put("firstPage", firstPage);
        Map<String, Object> paging = new LinkedHashMap<>();
        paging.put("lastPageMs", r.lastPageMs());
        paging.put("forwardMs", r.pageForwardMs());
        paging.put("backwardMs", r.pageBackwardMs());
        root.put("paging", paging);
        root.put("searchIndexBuildMs", r.indexBuildMs());
        root.put("search", search(r.search()));
        root.put("sqlSearch", search(r.sqlSearch()));
        root.put("heap", Map.of("usedMb", r.heapUsedMb(), "maxMb", r.heapMaxMb()));
        Map<String, Object> targets = new LinkedHashMap<>();
        targets.put("firstPage", target(BenchResult.FIRST_PAGE_TARGET_MS, r.worstFirstPageMs(), r.firstPagePasses()));
        targets.put(
                "searchP95", target(BenchResult.SEARCH_P95_TARGET_MS, r.search().p95(), r.searchPasses()));
        targets.put("heapMb", target(BenchResult.HEAP_TARGET_MB, r.heapUsedMb(), r.heapPasses()));
        root.put("targets", targets);
        return Json.write(root);
    }

    private static Map<String, Object> search(BenchResult.Search s) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("queries", s.queries());
        map.put("p50Ms", s.p50());
        map.put("p95Ms", s.p95());
        map.put("maxMs", s.max());
        map.put("slowestQuery", s.slowestQuery());
        map.put("slowestMatches", s.slowestMatches());
        return map;
    }

    private static Map<String, Object> target(double limit, double value, boolean pass) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("limit", limit);
        map.put("value", value);
        map.put("pass", pass);
        return map;
    }
}
