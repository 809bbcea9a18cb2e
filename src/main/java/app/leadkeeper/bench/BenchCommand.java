package app.leadkeeper.bench;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.importing.ImportBenchmark;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bench [--leads N] [--json]}: fills the data folder with demo leads up to N (a million by default), then
 * measures the leads table's speed and memory. The table goes to stdout, or with --json to stderr beside the one JSON
 * object on stdout.
 */
public final class BenchCommand implements Command {
    static final long DEFAULT_LEADS = 1_000_000;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String synopsis() {
        return "bench [--leads N] [--json]  |  bench import FILE [--json]  |  bench funnel [--leads N] [--json]"
                + "  |  bench nurture [--leads N] [--json]  |  bench scoring [--leads N] [--json]"
                + "  |  bench metrics [--leads N] [--json]  |  bench export [--leads N] [--json]";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException {
        if (!args.isEmpty() && args.getFirst().equals("import")) {
            return benchImport(args.subList(1, args.size()), context);
        }
        java.util.function.LongFunction<Map.Entry<String, ? extends Map<String, Object>>> onDemoLeads = args.isEmpty()
                ? null
                : switch (args.getFirst()) {
                    case "funnel" ->
                        leads -> {
                            var result = new FunnelBenchmark(context).run(leads);
                            return Map.entry(FunnelBenchmark.table(result), result);
                        };
                    case "nurture" ->
                        leads -> {
                            var result = new NurtureBenchmark(context).run(leads);
                            return Map.entry(NurtureBenchmark.table(result), result);
                        };
                    case "scoring" ->
                        leads -> {
                            var result = new ScoringBenchmark(context).run(leads);
                            return Map.entry(ScoringBenchmark.table(result), result);
                        };
                    case "metrics" ->
                        leads -> {
                            var result = new MetricsBenchmark(context).run(leads);
                            return Map.entry(MetricsBenchmark.table(result), result);
                        };
                    case "export" ->
                        leads -> {
                            var result = new ExportBenchmark(context).run(leads);
                            return Map.entry(ExportBenchmark.table(result), result);
                        };
                    default -> null;
                };
        if (onDemoLeads != null) {
            return benchOnDemoLeads(args.subList(1, args.size()), context, onDemoLeads);
        }
        Args options = new Args(args);
        Optional<String> leadsText = options.option("--leads");
        boolean json = options.flag("--json");
        options.done();
        long leads = leadsText.isPresent() ? parseLeads(leadsText.get()) : DEFAULT_LEADS;
        BenchResult result = new LeadBenchmark(context).run(leads);
        return print(context, json, BenchReport.table(result), BenchReport.json(result));
    }

    /** The table on stdout; with --json the table on stderr and the one JSON object on stdout. */
    private static int print(CliContext context, boolean json, String table, String jsonText) {
        if (json) {
            context.err().print(table);
            context.out().println(jsonText);
        } else {
            context.out().print(table);
        }
        return Cli.OK;
    }

    private static int benchImport(List<String> args, CliContext context) throws UsageException {
        Args options = new Args(args);
        boolean json = options.flag("--json");
        String file = options.single("bench import needs one FILE", "bench import needs one FILE");
        var result = new ImportBenchmark(context.clock()).run(java.nio.file.Path.of(file));
        return print(context, json, ImportBenchmark.table(result), app.leadkeeper.core.Json.write(result));
    }

    /** A benchmark on a folder of N demo leads: its table, and its figures as JSON. */
    private static int benchOnDemoLeads(
            List<String> args,
            CliContext context,
            java.util.function.LongFunction<Map.Entry<String, ? extends Map<String, Object>>> benchmark)
            throws UsageException {
        Args options = new Args(args);
        Optional<String> leadsText = options.option("--leads");
        boolean json = options.flag("--json");
        options.done();
        long leads = leadsText.isPresent() ? parseLeads(leadsText.get()) : DEFAULT_LEADS;
        var result = benchmark.apply(leads);
        return print(context, json, result.getKey(), app.leadkeeper.core.Json.write(result.getValue()));
    }

    private static long parseLeads(String text) throws UsageException {
        try {
            long value = Long.parseLong(text.strip().replace("_", ""));
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new UsageException(
                String.format(Locale.ROOT, "--leads needs a whole number of at least 1, not \"%s\"", text));
    }
}
