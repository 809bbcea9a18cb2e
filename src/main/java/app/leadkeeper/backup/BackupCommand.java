package app.leadkeeper.backup;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.data.Backups;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code backup --out FILE.zip [--json]}: a consistent copy of the data folder's database, taken while it is open. */
public final class BackupCommand implements Command {
    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String synopsis() {
        return "backup --out FILE.zip [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        Path out = Path.of(args.required("--out"));
        boolean json = args.flag("--json");
        args.done();
        long started = System.nanoTime();
        context.err().println("Backing up " + context.folder().path() + "…");
        Backups.Backup backup = context.app().backups().backupTo(out);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", backup.file().toString());
            result.put("bytes", backup.bytes());
            result.put("seconds", Math.round(seconds * 1000) / 1000.0);
            context.out().println(Json.write(result));
        } else {
            context.out()
                    .printf(
                            "Backed up to %s (%s) in %.1f s%n",
                            backup.file(), BackupTexts.size(backup.bytes()), seconds);
        }
        return Cli.OK;
    }
}
