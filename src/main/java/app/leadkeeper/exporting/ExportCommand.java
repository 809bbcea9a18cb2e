package app.leadkeeper.exporting;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.ProgressPrinter;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.core.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code export leads --out FILE.csv|FILE.xlsx [--delimiter D] [--no-bom] [--lf]} writes every lead;
 * {@code export report --out FILE.xlsx [--from DATE] [--to DATE]} writes the report workbook of a period;
 * {@code export person --lead ID --out FILE.json} writes everything about one person (a subject access request). Progress
 * goes to stderr once a second; {@code --json} prints what was written as one object on stdout.
 */
public final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export leads --out FILE.xlsx|FILE.csv [--delimiter , ; | tab] [--no-bom] [--lf] [--json]\n"
                + "export report --out FILE.xlsx [--from DATE] [--to DATE] [--json]\n"
                + "export person --lead ID --out FILE.json [--json]";
    }

    /** Every option of both kinds, read at once so that what is left are the positionals. */
    private record Options(
            String out,
            boolean json,
            String delimiter,
            boolean bom,
            boolean noBom,
            boolean lf,
            LocalDate from,
            LocalDate to,
            String lead,
            List<String> positionals) {}

    @Override
    public int run(List<String> args, CliContext context) throws UsageException {
        Args a = new Args(args);
        Options o = new Options(
                a.option("--out").orElse(null),
                a.flag("--json"),
                a.option("--delimiter").orElse(null),
                a.flag("--bom"),
                a.flag("--no-bom"),
                a.flag("--lf"),
                a.date("--from"),
                a.date("--to"),
                a.option("--lead").orElse(null),
                a.positionals());
        if (o.positionals().isEmpty()) {
            throw new UsageException("export needs what to export: leads, report or person");
        }
        String kind = o.positionals().getFirst();
        if (o.positionals().size() > 1) {
            throw new UsageException("unexpected argument " + o.positionals().get(1) + " after export " + kind);
        }
        if (o.lead() != null && !kind.equals("person")) {
            throw new UsageException("--lead applies to export person");
        }
        return switch (kind) {
            case "leads" -> leads(o, context);
            case "report" -> report(o, context);
            case "person" -> person(o, context);
            default ->
                throw new UsageException(
                        "unknown export kind " + kind + " (use: export leads, export report or export person)");
        };
    }

    private static int leads(Options o, CliContext context) throws UsageException {
        if (o.from() != null || o.to() != null) {
            throw new UsageException("--from and --to apply to export report");
        }
        if (o.bom() && o.noBom()) {
            throw new UsageException("--bom and --no-bom contradict each other");
        }
        Path file = outFile(o.out(), "leads");
        ExportFormat format = format(file);
        if (format == ExportFormat.XLSX && (o.delimiter() != null || o.noBom() || o.lf())) {
            throw new UsageException("--delimiter, --no-bom and --lf apply to .csv files only");
        }
        CsvOptions csv = CsvOptions.DEFAULT.withBom(!o.noBom());
        if (o.delimiter() != null) {
            try {
                csv = csv.withDelimiter(CsvOptions.delimiter(o.delimiter()));
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (o.lf()) {
            csv = csv.withLineEnd(CsvOptions.LineEnd.LF);
        }
        ExportService exports = context.app().exports();
        Progress progress = new Progress();
        ExportService.LeadsWritten written;
        try (ProgressPrinter printer = new ProgressPrinter(progress, context.err())) {
            written = exports.exportLeads(file, exports.allLeads(), LeadColumn.ALL, csv, progress);
        }
        context.err()
                .println("Exported " + written.leads() + " leads to " + file
                        + (written.sheets().size() > 1
                                ? " (on " + written.sheets().size() + " sheets)"
                                : ""));
        if (o.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
            result.put("leads", written.leads());
            result.put("sheets", written.sheets());
            context.out().println(Json.write(result));
        }
        return Cli.OK;
    }

    private static int report(Options o, CliContext context) throws UsageException {
        if (o.delimiter() != null || o.bom() || o.noBom() || o.lf()) {
            throw new UsageException("--delimiter, --bom, --no-bom and --lf apply to export leads to .csv");
        }
        LocalDate from = o.from();
        LocalDate to = o.to();
        if (from != null && to != null && to.isBefore(from)) {
            throw new UsageException("--to (" + to + ") is before --from (" + from + ")");
        }
        Path file = outFile(o.out(), "report");
        if (format(file) != ExportFormat.XLSX) {
            throw new UsageException("the report is a workbook: --out must name a .xlsx file, not " + o.out());
        }
        Progress progress = new Progress();
        ReportWorkbook.Written written;
        try (ProgressPrinter printer = new ProgressPrinter(progress, context.err())) {
            written = context.app().exports().exportReport(file, from, to, progress);
        }
        context.err().println("Wrote the report to " + file + ": " + String.join(", ", written.sheets()));
        if (o.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", file.toString());
            result.put("from", from == null ? null : from.toString());
            result.put("to", to == null ? null : to.toString());
            result.put("sheets", written.sheets());
            result.put("leads", written.leads());
            result.put("tasks", written.tasks());
            result.put("spend_entries", written.spendEntries());
            context.out().println(Json.write(result));
        }
        return Cli.OK;
    }

    /** Everything about one person, as JSON: what a person asking for their data is sent. */
    private static int person(Options o, CliContext context) throws UsageException {
        if (o.delimiter() != null || o.bom() || o.noBom() || o.lf() || o.from() != null || o.to() != null) {
            throw new UsageException("export person takes --lead ID and --out FILE.json only");
        }
        if (o.lead() == null) {
            throw new UsageException("export person needs --lead ID (the lead's number)");
        }
        long leadId;
        try {
            leadId = Long.parseLong(o.lead().strip());
        } catch (NumberFormatException e) {
            throw new UsageException("--lead needs the number of a lead, not \"" + o.lead() + "\"");
        }
        if (o.out() == null) {
            throw new UsageException("--out is required: export person --lead ID --out FILE.json");
        }
        Path file = Path.of(o.out());
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            throw new UsageException("a person's data is JSON: --out must name a .json file, not " + o.out());
        }
        Path written = context.app().privacy().exportPerson(leadId, file);
        context.err().println("Wrote everything about lead " + leadId + " to " + written);
        if (o.json()) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", written.toString());
            result.put("lead", leadId);
            context.out().println(Json.write(result));
        }
        return Cli.OK;
    }

    private static Path outFile(String out, String kind) throws UsageException {
        if (out == null) {
            throw new UsageException("--out is required: export " + kind + " --out FILE"
                    + (kind.equals("report") ? ".xlsx" : ".xlsx or FILE.csv"));
        }
        return Path.of(out);
    }

    private static ExportFormat format(Path file) throws UsageException {
        try {
            return ExportFormat.of(file);
        } catch (app.leadkeeper.core.UserException e) {
            throw new UsageException("--out must name a .xlsx or .csv file, not " + file);
        }
    }
}
