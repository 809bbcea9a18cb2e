package app.leadkeeper.scoring;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.ProgressPrinter;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.core.Progress;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code rescore [--json]}: scores every lead by the current rules and moves the qualifications that follow their
 * score; prints what it did and the scores by tens.
 */
public final class RescoreCommand implements Command {
    @Override
    public String name() {
        return "rescore";
    }

    @Override
    public String synopsis() {
        return "rescore [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        boolean json = args.flag("--json");
        args.done();
        ScoringService scoring = context.app().scoring();
        Progress progress = new Progress();
        RescoreResult result;
        try (ProgressPrinter printer = new ProgressPrinter(progress, context.err())) {
            result = scoring.rescoreAll(progress);
        }
        ScoreSummary summary = scoring.summary();
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("leads", result.leads());
            out.put("scores_changed", result.scoresChanged());
            out.put("scores_changed", result.scoresChanged());
            out.put("qualifications_changed", result.qualificationsChanged());
            out.put("millis", result.millis());
            out.put("scores", scoresJson(summary));
            context.out().println(Json.write(out));
        } else {
            context.out()
                    .printf(
                            "Rescored %,d leads in %.1f s: %,d scores changed, %,d qualifications followed their score.%n",
                            result.leads(),
                            result.millis() / 1000.0,
                            result.scoresChanged(),
                            result.qualificationsChanged());
            printScores(context.out(), summary);
        }
        return Cli.OK;
    }

    /**
     * {@code scores}: {@code histogram}, an array of {@code {"from", "to", "leads"}} by tens (empty tens left out),
     * and {@code qualifications}, the count of leads per qualification.
     */
    public static Map<String, Object> scoresJson(ScoreSummary summary) {
        List<Object> histogram = new java.util.ArrayList<>();
        summary.histogram().buckets().forEach((bucket, leads) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", bucket);
            entry.put("to", bucket + 9);
            entry.put("leads", leads);
            histogram.add(entry);
        });
        Map<String, Object> qualifications = new LinkedHashMap<>();
        summary.qualifications().forEach((q, n) -> qualifications.put(q.name().toLowerCase(java.util.Locale.ROOT), n));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("histogram", histogram);
        out.put("qualifications", qualifications);
        return out;
    }

    /** The scores as a small text table: one line per ten with a bar, then the qualifications. */
    public static void printScores(PrintStream out, ScoreSummary summary) {
        long most = summary.histogram().buckets().values().stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        out.println("Scores:");
        summary.histogram()
                .buckets()
                .forEach((bucket, leads) -> out.printf(
                        "  %5d … %-5d %,10d  %s%n",
                        bucket, bucket + 9, leads, "█".repeat((int) Math.ceil(30.0 * leads / Math.max(1, most)))));
        StringBuilder line = new StringBuilder("Qualifications:");
        summary.qualifications().forEach((q, n) -> line.append(String.format(" %s %,d ·", q.label(), n)));
        line.setLength(line.length() - 2);
        out.println(line);
    }
}
