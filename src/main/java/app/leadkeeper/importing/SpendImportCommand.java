package app.leadkeeper.importing;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.ProgressPrinter;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.core.Progress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code import-spend FILE [--channel NAME] [--dry-run] [--json]}: a spend report of Google Ads, Meta Ads Manager or
 * LinkedIn Campaign Manager into the spend ledger. Undo as for every import: {@code import --undo BATCH}.
 */
public final class SpendImportCommand implements Command {
    private static final int ERRORS_SHOWN = 20;

    @Override
    public String name() {
        return "import-spend";
    }

    @Override
    public String synopsis() {
        return "import-spend FILE [--channel NAME] [--dry-run] [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        boolean json = args.flag("--json");
        boolean dryRun = args.flag("--dry-run");
        var channel = args.option("--channel");
        String fileName = args.single("import-spend needs a FILE", "import-spend takes one FILE");
        if (channel.isPresent() && channel.get().isBlank()) {
            throw new UsageException("--channel needs a channel name");
        }
        Path file = Path.of(fileName);
        SpendImportService spend = context.app().spendImports();
        Progress progress = new Progress();
        SpendReport report;
        try (ProgressPrinter printer = new ProgressPrinter(progress, context.err())) {
            report = dryRun
                    ? spend.dryRun(file, channel.orElse(null), progress)
                    : spend.run(file, channel.orElse(null), progress);
        }
        context.err().println(summary(report));
        String name = String.valueOf(file.getFileName());
        for (SpendProblem error : report.errors()
                .subList(0, Math.min(ERRORS_SHOWN, report.errors().size()))) {
            context.err()
                    .println("  " + name + ", line " + error.line() + ", " + error.field() + ": " + error.reason());
        }
        if (report.errors().size() > ERRORS_SHOWN) {
            context.err().println("  … and " + (report.errors().size() - ERRORS_SHOWN) + " more");
        }
        for (SpendProblem row : report.skippedRows()
                .subList(0, Math.min(ERRORS_SHOWN, report.skippedRows().size()))) {
            context.err().println("  " + name + ", line " + row.line() + " skipped: " + row.reason());
        }
        if (report.skippedRows().size() > ERRORS_SHOWN) {
            context.err().println("  … and " + (report.skippedRows().size() - ERRORS_SHOWN) + " more skipped rows");
        }
        if (json) {
            context.out().println(Json.write(toJson(report)));
        }
        return report.refused() ? Cli.REFUSED : Cli.OK;
    }

    static String summary(SpendReport report) {
        String head = String.format(
                "%s %s (%s, %s, %s) into %s: %d rows, %d new, %d already there, %d skipped, %d rejected, %s %s",
                report.refused() ? "Refused" : report.dryRun() ? "Dry run of" : "Imported",
                Path.of(report.file()).getFileName(),
                report.platform().displayName(),
                report.encoding(),
                report.delimiter(),
                report.channel(),
                report.rows(),
                report.created(),
                report.duplicates(),
                report.skipped(),
                report.rejected(),
                report.total().toPlainString(),
                report.currency());
        if (report.refused()) {
            return head + " — nothing was imported";
        }
        return report.batchId() == null
                ? head
                : head + " — import " + report.batchId() + " (undo with: import --undo " + report.batchId() + ")";
    }

    static Map<String, Object> toJson(SpendReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", report.file());
        out.put("dryRun", report.dryRun());
        out.put("rows", report.rows());
        out.put("created", report.created());
        out.put("entries", report.entries());
        out.put("duplicates", report.duplicates());
        out.put("rejected", report.rejected());
        out.put("skipped", report.skipped());
        out.put("traffic", report.traffic());
        out.put(
                "errors",
                report.errors().stream()
                        .map(e -> {
                            Map<String, Object> error = new LinkedHashMap<>();
                            error.put("line", e.line());
                            error.put("field", e.field());
                            error.put("reason", e.reason());
                            return error;
                        })
                        .toList());
        out.put("encoding", report.encoding());
        out.put("delimiter", report.delimiter());
        out.put("source", report.platform().id());
        out.put("batch", report.batchId());
        out.put("currency", report.currency());
        out.put("from", report.from() == null ? null : report.from().toString());
        out.put("to", report.to() == null ? null : report.to().toString());
        out.put("spend_total", report.total());
        out.put("channels", List.of(report.channel()));
        out.put("seconds", report.elapsed().toMillis() / 1000.0);
        return out;
    }
}
