package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.demo.DemoLoader;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.TaskList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bench nurture}: fills the data folder with demo leads (which come with touches and tasks) up to N, reopens
 * it, and times what the Nurture view and the reports read: the task counts behind the sidebar badge, each of the four
 * lists, a lead's timeline, the median touches of the report; then starting a cadence on 1,000 leads.
 */
final class NurtureBenchmark {
    private static final int RUNS = 9;

    private final CliContext context;

    NurtureBenchmark(CliContext context) {
        this.context = context;
    }

    Map<String, Object> run(long leads) {
        AppContext app = context.app();
        long existing = app.leads().count(LeadFilter.NONE);
        if (existing < leads) {
            context.err().printf(Locale.ROOT, "Adding %,d demo leads to reach %,d…%n", leads - existing, leads);
            DemoLoader.of(app).add(leads - existing, existing, p -> {});
        }
        context.close();
        AppContext reopened = context.app();
        var dsl = reopened.database().dsl();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("leads", reopened.leads().count(LeadFilter.NONE));
        result.put("touches", ((Number) dsl.fetchValue("SELECT COUNT(*) FROM touch")).longValue());
        result.put("tasks", ((Number) dsl.fetchValue("SELECT COUNT(*) FROM task")).longValue());
        result.put("countsMs", median(() -> reopened.tasks().counts()));
        for (TaskList list : TaskList.values()) {
            result.put(
                    "list" + list.label() + "Ms", median(() -> reopened.tasks().list(list)));
            result.put(
                    "list" + list.label() + "Size", reopened.tasks().list(list).size());
        }
        List<Long> ids =
                reopened.leads().page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1_000)).rows().stream()
                        .map(r -> r.id())
                        .toList();
        long lead = ids.getFirst();
        result.put("timelineMs", median(() -> reopened.touches().timeline(lead)));
        result.put("touchCountsOfAPageMs", median(() -> reopened.touches().counts(ids.subList(0, 50))));
        result.put("reportMediansMs", median(() -> reopened.touches().medians(null, null)));
        // A fresh copy of a shipped cadence, so that no lead already runs it.
        Cadence shipped = reopened.cadences().all().getFirst();
        Cadence cadence = reopened.cadences()
                .save(new Cadence(0, "Benchmark " + System.nanoTime(), shipped.offer(), null, shipped.steps()));
        long started = System.nanoTime();
        var applied = reopened.cadences().apply(cadence.id(), ids, new Progress());
        result.put("cadenceOn1000LeadsMs", (System.nanoTime() - started) / 1e6);
        result.put("cadenceTasksCreated", applied.tasks());
        return result;
    }

    private static <T> double median(Supplier<T> work) {
        work.get();
        Timings timings = new Timings();
        for (int i = 0; i < RUNS; i++) {
            timings.time(work);
        }
        return timings.median();
    }

    static String table(Map<String, Object> r) {
        return String.format(
                Locale.ROOT,
                """
                Nurture benchmark: %,d leads, %,d touches, %,d tasks
                  task counts (sidebar badge)   %.1f ms
                  Today list (%,d)              %.1f ms
                  Overdue list (%,d)            %.1f ms
                  Upcoming list (%,d)           %.1f ms
                  Done list (%,d)               %.1f ms
                  a lead's timeline             %.1f ms
                  touch counts of 50 leads      %.1f ms
                  report: median touches        %.0f ms
                  cadence on 1,000 leads        %.0f ms  (%,d tasks)
                """,
                r.get("leads"),
                r.get("touches"),
                r.get("tasks"),
                r.get("countsMs"),
                r.get("listTodaySize"),
                r.get("listTodayMs"),
                r.get("listOverdueSize"),
                r.get("listOverdueMs"),
                r.get("listUpcomingSize"),
                r.get("listUpcomingMs"),
                r.get("listDoneSize"),
                r.get("listDoneMs"),
                r.get("timelineMs"),
                r.get("touchCountsOfAPageMs"),
                r.get("reportMediansMs"),
                r.get("cadenceOn1000LeadsMs"),
                r.get("cadenceTasksCreated"));
    }
}
