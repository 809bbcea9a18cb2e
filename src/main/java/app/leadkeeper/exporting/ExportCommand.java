package app.leadkeeper.exporting;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.UsageException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** {@code export leads --out FILE.csv [--bom]}: writes the leads to a file. */
public final class ExportCommand implements Command {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String synopsis() {
        return "export leads --out FILE.csv [--bom]";
    }

    @Override
    public int run(List<String> args, CliContext context) throws UsageException {
        Args options = new Args(args);
        var outOption = options.option("--out");
        boolean bom = options.flag("--bom");
        List<String> kinds = options.positionals();
        if (kinds.isEmpty()) {
            throw new UsageException("export needs what to export: leads");
        }
        if (kinds.size() > 1) {
            throw new UsageException("unexpected argument " + kinds.get(1));
        }
        String kind = kinds.getFirst();
        if (kind.equals("report")) {
            throw new UsageException("export report comes in a later version");
        }
        if (!kind.equals("leads")) {
            throw new UsageException("unknown export kind " + kind + " (use: export leads --out FILE.csv)");
        }
        String out = outOption.orElseThrow(() -> new UsageException("--out is required"));
        String lower = out.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            throw new UsageException("xlsx export comes in a later version: use a .csv file for now");
        }
        if (!lower.endsWith(".csv")) {
            throw new UsageException("--out must name a .csv file, not " + out);
        }
        Path file = Path.of(out);
        LeadExportQuery query = new LeadExportQuery(context.app().database().dsl());
        long count = new LeadCsvExporter(query).export(file, bom);
        context.err().println("Exported " + count + " leads to " + file);
        return Cli.OK;
    }
}
