package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.demo.DemoLoader;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadPage;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.LeadSortField;
import app.leadkeeper.leads.PageRequest;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures what a person feels in the leads table on a large data folder: opening it, the first page in every sort,
 * paging, building the search index, searching as they type (with the index and without it) and the heap it takes.
 * Measures only: it asserts nothing and changes nothing but adding demo leads up to the asked number.
 */
final class LeadBenchmark {
    static final int PAGE = 100;
    private static final int RUNS = 20;
    private static final int SEARCHES = 100;
    private static final int SQL_SEARCHES = 10;
    private static final int WARM_UP = 20;

    private final CliContext context;
    private final PrintStream log;

    LeadBenchmark(CliContext context) {
        this.context = context;
        this.log = context.err();
    }

    BenchResult run(long leads) {
        long existing = context.app().leads().count(LeadFilter.NONE);
        long added = 0;
        double fillSeconds = 0;
        if (existing < leads) {
            added = leads - existing;
            log.printf(Locale.ROOT, "Adding %,d demo leads to reach %,d…%n", added, leads);
            AppContext app = context.app();
            Duration took = DemoLoader.of(app).add(added, existing, p -> {
                if (p.added() % 100_000 == 0 && p.added() < p.total()) {
                    log.printf(
                            Locale.ROOT,
                            "  %,d of %,d (%.1f s)%n",
                            p.added(),
                            p.total(),
                            p.elapsed().toNanos() / 1e9);
                }
            });
            fillSeconds = took.toNanos() / 1e9;
        }

        log.println("Reopening the data folder…");
        context.close();
        long openStarted = System.nanoTime();
        LeadService service = context.app().leads();
        double openMs = (System.nanoTime() - openStarted) / 1e6;
        long pageStarted = System.nanoTime();
        service.page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(PAGE));
        double openFirstPageMs = (System.nanoTime() - pageStarted) / 1e6;
        long total = service.count(LeadFilter.NONE);

        log.println("Searching without the index (SQL)…");
        BenchResult.Search sqlSearch =
                search(service, BenchQueries.mix(SEARCHES).subList(0, SQL_SEARCHES));

        log.println("First pages and paging…");
        Map<String, Double> bySort = new LinkedHashMap<>();
        for (LeadSortField field : LeadSortField.values()) {
            for (boolean ascending : new boolean[] {false, true}) {
                LeadSort sort = new LeadSort(field, ascending);
                bySort.put(label(sort), medianOf(() -> service.page(LeadFilter.NONE, sort, PageRequest.first(PAGE))));
            }
        }
        double firstPage = bySort.get(label(LeadSort.NEWEST_FIRST));
        double lastPage = medianOf(() -> service.page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.last(PAGE)));
        double forward = paging(service, true);
        double backward = paging(service, false);

        log.println("Building the search index…");
        long indexStarted = System.nanoTime();
        service.loadSearchIndex();
        double indexBuildMs = (System.nanoTime() - indexStarted) / 1e6;

        log.println("Searching as you type…");
        search(service, BenchQueries.mix(WARM_UP));
        BenchResult.Search indexed = search(service, BenchQueries.mix(SEARCHES));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        System.gc();
        double usedMb = memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
        double maxMb = Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0);
        return new BenchResult(
                total,
                context.folder().path().toString(),
                added,
                fillSeconds,
                openMs,
                openFirstPageMs,
                firstPage,
                bySort,
                lastPage,
                forward,
                backward,
                indexBuildMs,
                indexed,
                sqlSearch,
                usedMb,
                maxMb);
    }

    static String label(LeadSort sort) {
        return sort.field().name().toLowerCase(Locale.ROOT) + (sort.ascending() ? " asc" : " desc");
    }

    private static double medianOf(java.util.function.Supplier<LeadPage> query) {
        Timings timings = new Timings();
        for (int i = 0; i < RUNS; i++) {
            timings.time(query);
        }
        return timings.median();
    }

    /** Pages from the first page forward (or from the last backward), one page at a time, as scrolling does. */
    private static double paging(LeadService service, boolean forward) {
        LeadPage page = service.page(
                LeadFilter.NONE, LeadSort.NEWEST_FIRST, forward ? PageRequest.first(PAGE) : PageRequest.last(PAGE));
        Timings timings = new Timings();
        for (int i = 0; i < RUNS && !page.rows().isEmpty(); i++) {
            PageRequest next =
                    forward ? PageRequest.after(page.lastKey(), PAGE) : PageRequest.before(page.firstKey(), PAGE);
            page = timings.time(() -> service.page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, next));
        }
        return timings.median();
    }

    /** Each query as the table runs it: the first page of matches, then their count. */
    private static BenchResult.Search search(LeadService service, List<String> queries) {
        Timings timings = new Timings();
        long[] matches = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) {
            LeadFilter filter = LeadFilter.NONE.withSearch(queries.get(i));
            int at = i;
            timings.time(() -> {
                service.page(filter, LeadSort.NEWEST_FIRST, PageRequest.first(PAGE));
                matches[at] = service.count(filter);
                return null;
            });
        }
        int slowest = timings.slowest();
        return new BenchResult.Search(
                timings.count(),
                timings.median(),
                timings.percentile(95),
                timings.max(),
                queries.get(slowest),
                matches[slowest]);
    }
}
