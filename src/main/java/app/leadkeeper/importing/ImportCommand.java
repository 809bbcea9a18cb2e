package app.leadkeeper.importing;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.ProgressPrinter;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code import FILE [--profile NAME] [--channel NAME] [--dry-run] [--json]} and {@code import --undo BATCH}. */
public final class ImportCommand implements Command {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String synopsis() {
        return "import FILE [--profile NAME] [--channel NAME] [--dry-run] [--json]  |  import --undo BATCH [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        boolean json = args.flag("--json");
        var undo = args.option("--undo");
        if (undo.isPresent()) {
            args.done();
            return undo(parseBatch(undo.get()), json, context);
        }
        var profile = args.option("--profile");
        var channel = args.option("--channel");
        boolean dryRun = args.flag("--dry-run");
        Path file = Path.of(args.single("import needs a FILE", "import takes one FILE"));
        var platform = SpendSniffer.platformOf(file);
        if (platform.isPresent()) {
            throw new UserException(file.getFileName() + " is a spend report of "
                    + platform.get().displayName()
                    + ", not a list of leads: import it with  leadkeeper import-spend " + file
                    + (channel.isPresent() ? " --channel \"" + channel.get() + "\"" : "")
                    + (dryRun ? " --dry-run" : "") + (json ? " --json" : ""));
        }
        ImportService imports = context.app().imports();
        ImportPreview preview = imports.preview(file);
        if (profile.isPresent()) {
            preview = imports.preview(file, preview.sniff(), profile.get());
        }
        ImportOptions options = new ImportOptions(channel.orElse(null), preview.profileName());
        Progress progress = new Progress();
        ImportReport report;
        try (ProgressPrinter printer = new ProgressPrinter(progress, context.err())) {
            report = dryRun ? imports.dryRun(preview, options, progress) : imports.run(preview, options, progress);
        }
        context.err().println(summary(report));
        for (ImportReport.Problem error :
                report.errors().subList(0, Math.min(20, report.errors().size()))) {
            context.err().println("  " + file.getFileName() + ", line " + error.line() + ": " + error.reason());
        }
        if (report.errors().size() > 20) {
            context.err().println("  … and " + (report.errors().size() - 20) + " more rejected rows");
        }
        if (json) {
            context.out().println(Json.write(toJson(report)));
        }
        return 0;
    }

    private static long parseBatch(String text) throws UsageException {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--undo needs the number of an import, not \"" + text + "\"");
        }
    }

    private int undo(long batch, boolean json, CliContext context) {
        UndoReport report = context.app().imports().undo(batch);
        if (report.isSpend()) {
            context.err()
                    .printf(
                            "Undid spend import %d (%s): removed %d spend entries and %d traffic rows%n",
                            report.batchId(), report.fileName(), report.removed(), report.trafficRemoved());
        } else {
            context.err()
                    .printf(
                            "Undid import %d (%s): removed %d leads, restored %d%n",
                            report.batchId(), report.fileName(), report.removed(), report.restored());
        }
        for (String lead : report.leftAlone()) {
            context.err().println("  left alone, edited since the import: " + lead);
        }
        if (json) {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("batch", report.batchId());
            out.put("removed", report.removed());
            out.put("restored", report.restored());
            out.put("leftAlone", report.leftAlone());
            out.put("kind", report.kind());
            if (report.isSpend()) {
                out.put("traffic", report.trafficRemoved());
            }
            context.out().println(Json.write(out));
        }
        return 0;
    }

    static String summary(ImportReport report) {
        return String.format(
                "%s %s (%s, %s, %s): %d rows, %d new, %d updated, %d duplicates in the file, %d rejected%s%s",
                report.dryRun() ? "Dry run of" : "Imported",
                Path.of(report.file()).getFileName(),
                report.source(),
                report.encoding(),
                report.delimiter(),
                report.rows(),
                report.created(),
                report.updated(),
                report.duplicates(),
                report.rejected(),
                report.suppressed() == 0 ? "" : ", " + report.suppressed() + " suppressed (people erased on request)",
                report.batchId() == null
                        ? ""
                        : " — import " + report.batchId() + " (undo with: import --undo " + report.batchId() + ")");
    }

    static Map<String, Object> toJson(ImportReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", report.file());
        out.put("dryRun", report.dryRun());
        out.put("rows", report.rows());
        out.put("created", report.created());
        out.put("updated", report.updated());
        out.put("duplicates", report.duplicates());
        out.put("rejected", report.rejected());
        out.put("suppressed", report.suppressed());
        out.put("suppressedLines", report.suppressedLines());
        out.put(
                "errors",
                report.errors().stream()
                        .map(e -> Map.<String, Object>of("line", e.line(), "reason", e.reason()))
                        .toList());
        out.put("warnings", report.warnings().size());
        out.put("conflicts", report.conflicts().size());
        out.put("encoding", report.encoding());
        out.put("delimiter", report.delimiter());
        out.put("source", report.source());
        out.put("batch", report.batchId());
        out.put("seconds", report.elapsed().toMillis() / 1000.0);
        return out;
    }
}
