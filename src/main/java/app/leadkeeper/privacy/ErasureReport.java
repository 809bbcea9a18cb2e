package app.leadkeeper.privacy;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What erasing a person did: what went on the suppression list, how much was removed, and the backups taken since the
 * person was first in Leadkeeper ({@code since}), which may still hold them.
 *
 * @param name the name the user knew the person by, for the message on screen only (never in the JSON of the
 *     command line, which may end up in a script's log)
 * @param backupProblem why the backups could not be listed, or null
 * @param compacted true when the database file was compacted already (the command line); false when it will be
 *     when Leadkeeper closes (the window)
 */
public record ErasureReport(
        long leadId,
        String name,
        SuppressedBy suppressedBy,
        Removed removed,
        OffsetDateTime since,
        List<BackupFile> backups,
        String backupProblem,
        boolean compacted) {

    public ErasureReport {
        backups = List.copyOf(backups);
    }

    /** The rows removed with the person (the lead row stays as an anonymous placeholder). */
    public record Removed(int touches, int tasks, int cadenceRuns, int customFields, int tags, int importRecords) {}

    public ErasureReport withCompacted() {
        return new ErasureReport(leadId, name, suppressedBy, removed, since, backups, backupProblem, true);
    }
}
