package app.leadkeeper.bench;

import app.leadkeeper.AppContext;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.nurture.TouchKind;
import app.leadkeeper.scoring.RescoreResult;
import app.leadkeeper.scoring.ScoreRule;
import app.leadkeeper.scoring.ScoringService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code bench scoring}: fills the data folder with demo leads (with touches) up to N, reopens it, and times a full
 * rescore three ways — nothing changed, one rule's points changed, every score written (as on first use) — then what
 * happens per lead: a touch logged (rescored in its transaction), the breakdown, and the editor's preview.
 */
final class ScoringBenchmark {
    private static final int RUNS = 9;

    private final CliContext context;

    ScoringBenchmark(CliContext context) {
        this.context = context;
    }

    Map<String, Object> run(long leads) {
        AppContext app = BenchFolder.filledTo(context, leads);
        ScoringService scoring = app.scoring();
        var dsl = app.database().dsl();
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("leads", app.leads().count(LeadFilter.NONE));
        result.put("touches", ((Number) dsl.fetchValue("SELECT COUNT(*) FROM touch")).longValue());
        result.put("rules", scoring.rules().size());
        scoring.rescoreAll(new Progress());
        full(result, "unchanged", scoring.rescoreAll(new Progress()));

        List<ScoreRule> shipped = scoring.rules();
        List<ScoreRule> changed = new ArrayList<>(shipped);
        for (int i = 0; i < changed.size(); i++) {
            if (changed.get(i).touchKind() == TouchKind.FORM_SUBMITTED) {
                changed.set(i, changed.get(i).withPoints(changed.get(i).points() + 3));
            }
        }
        scoring.save(changed, scoring.thresholds());
        full(result, "oneRuleChanged", scoring.rescoreAll(new Progress()));
        scoring.save(shipped, scoring.thresholds());
        full(result, "oneRuleChangedBack", scoring.rescoreAll(new Progress()));
        dsl.execute("DELETE FROM lead_score");
        full(result, "allWritten", scoring.rescoreAll(new Progress()));

        long lead = app.leads()
                .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1))
                .rows()
                .getFirst()
                .id();
        result.put(
                "touchLoggedAndRescoredMs",
                median(() -> app.touches().log(lead, TouchKind.PRICING_PAGE_VISITED, null, null)));
        result.put("breakdownMs", median(() -> scoring.breakdown(lead)));
        result.put("summaryMs", median(scoring::summary));
        var preview = scoring.preview(shipped, scoring.thresholds());
        result.put("previewSampled", preview.sampled());
        result.put("previewMs", Timings.medianOf(3, () -> {}, () -> scoring.preview(shipped, scoring.thresholds())));
        return result;
    }

    private static void full(Map<String, Object> result, String name, RescoreResult rescore) {
        result.put(name + "Ms", rescore.millis());
        result.put(name + "ScoresChanged", rescore.scoresChanged());
    }

    private static <T> double median(Supplier<T> work) {
        return Timings.medianOf(RUNS, () -> {}, work);
    }

    static String table(Map<String, Object> r) {
        StringBuilder out = new StringBuilder(String.format(
                Locale.ROOT,
                "Scoring benchmark: %,d leads, %,d touches, %d rules%n",
                r.get("leads"),
                r.get("touches"),
                r.get("rules")));
        for (String name : List.of("unchanged", "oneRuleChanged", "oneRuleChangedBack", "allWritten")) {
            row(
                    out,
                    String.format(Locale.ROOT, "rescore all: %s (%,d written)", name, r.get(name + "ScoresChanged")),
                    r.get(name + "Ms"));
        }
        row(out, "touch logged + lead rescored", r.get("touchLoggedAndRescoredMs"));
        row(out, "a lead's breakdown", r.get("breakdownMs"));
        row(out, "scores by tens + qualifications", r.get("summaryMs"));
        row(
                out,
                String.format(Locale.ROOT, "editor preview (%.0f%% sample)", 100 * (double) r.get("previewSampled")),
                r.get("previewMs"));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Object millis) {
        out.append(String.format(Locale.ROOT, "  %-48s %9.1f ms%n", label, ((Number) millis).doubleValue()));
    }
}
