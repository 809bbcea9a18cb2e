package app.leadkeeper.backup;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import app.leadkeeper.data.Restore;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code restore FILE.zip [--json]}: checks the backup, saves the current database into backups/, puts the backup in
 * its place and opens it (a backup of an older version is brought up to date, after a backup of its own).
 */
public final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String synopsis() {
        return "restore FILE.zip [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        boolean json = args.flag("--json");
        String file = args.single("restore needs the backup file: restore FILE.zip", "restore takes one backup file");
        long started = System.nanoTime();
        // The folder is not opened before: the restore must find it closed.
        Restore.Restored restored = Restore.restore(context.folder(), Path.of(file), context.clock());
        long leads = context.app().leads().count(app.leadkeeper.leads.LeadFilter.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("file", restored.backup().file().toString());
            result.put("taken_at", restored.backup().takenAt().toString());
            result.put("schema_version", restored.backup().schemaVersion());
            result.put("leads", leads);
            result.put(
                    "previous",
                    restored.previous() == null ? null : restored.previous().toString());
            result.put("seconds", Math.round(seconds * 1000) / 1000.0);
            context.out().println(Json.write(result));
        } else {
            context.out()
                    .printf(
                            "Restored %s (taken %s): %,d leads.%s%n",
                            restored.backup().file(),
                            BackupTexts.when(
                                    restored.backup().takenAt(), context.clock().getZone()),
                            leads,
                            restored.previous() == null
                                    ? ""
                                    : " The data it replaced is saved in " + restored.previous() + ".");
        }
        return Cli.OK;
    }
}
