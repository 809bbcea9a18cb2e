package app.leadkeeper.privacy;

import app.leadkeeper.cli.Args;
import app.leadkeeper.cli.Cli;
import app.leadkeeper.cli.CliContext;
import app.leadkeeper.cli.Command;
import app.leadkeeper.cli.UsageException;
import app.leadkeeper.core.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code erase --lead ID [--json]}: erases a person (see {@link PrivacyService#erase}) and compacts the database file
 * right after, so that their data is gone from the disk too. What was done goes to stderr, with the backups that may
 * still hold the person; {@code --json} prints it as one object on stdout, without the person's name or email.
 */
public final class EraseCommand implements Command {
    @Override
    public String name() {
        return "erase";
    }

    @Override
    public String synopsis() {
        return "erase --lead ID [--json]";
    }

    @Override
    public int run(List<String> arguments, CliContext context) throws UsageException {
        Args args = new Args(arguments);
        boolean json = args.flag("--json");
        String id = args.option("--lead").orElseThrow(() -> new UsageException("erase needs --lead ID"));
        args.done();
        long leadId = leadId(id);
        ErasureReport report = context.app().privacy().eraseAndCompact(leadId);
        for (String line : ErasureTexts.summary(report).split("\n")) {
            if (!line.isBlank()) {
                context.err().println(line);
            }
        }
        if (json) {
            context.out().println(Json.write(toJson(report)));
        }
        return Cli.OK;
    }

    /** A lead's number as the table and the exports show it. */
    static long leadId(String text) throws UsageException {
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new UsageException("--lead needs the number of a lead, not \"" + text + "\"");
    }

    static Map<String, Object> toJson(ErasureReport report) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lead", report.leadId());
        out.put("erased", true);
        out.put("suppressed", report.suppressedBy().name().toLowerCase(java.util.Locale.ROOT));
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("touches", report.removed().touches());
        removed.put("tasks", report.removed().tasks());
        removed.put("cadence_runs", report.removed().cadenceRuns());
        removed.put("custom_fields", report.removed().customFields());
        removed.put("tags", report.removed().tags());
        removed.put("import_records", report.removed().importRecords());
        out.put("removed", removed);
        out.put("compacted", report.compacted());
        out.put("in_leadkeeper_since", report.since().toString());
        List<Object> backups = new ArrayList<>();
        for (BackupFile backup : report.backups()) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("file", backup.file().toString());
            b.put("taken_at", backup.takenAt().toString());
            backups.add(b);
        }
        out.put("backups_that_may_hold_the_person", backups);
        out.put("backup_problem", report.backupProblem());
        return out;
    }
}
