package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.core.Progress;
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
        AppContext reopened = BenchFolder.filledTo(context, leads);
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
        return Timings.medianOf(RUNS, () -> {}, work);
    }

    static String table(Map<String, Object> r) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "Nurture benchmark: %,d leads, %,d touches, %,d tasks%n",
                r.get("leads"),
                r.get("touches"),
                r.get("tasks")));
        row(out, "task counts (sidebar badge)", r.get("countsMs"));
        for (TaskList list : TaskList.values()) {
            row(
                    out,
                    String.format(Locale.ROOT, "%s list (%,d)", list.label(), r.get("list" + list.label() + "Size")),
                    r.get("list" + list.label() + "Ms"));
        }
        row(out, "a lead's timeline", r.get("timelineMs"));
        row(out, "touch counts of 50 leads", r.get("touchCountsOfAPageMs"));
        row(out, "report: median touches", r.get("reportMediansMs"));
        row(
                out,
                String.format(Locale.ROOT, "cadence on 1,000 leads (%,d tasks)", r.get("cadenceTasksCreated")),
                r.get("cadenceOn1000LeadsMs"));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Object millis) {
        out.append(String.format(Locale.ROOT, "  %-36s %9.1f ms%n", label, ((Number) millis).doubleValue()));
    }
}
