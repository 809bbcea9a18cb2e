package app.leadkeeper.importing;

import java.time.Duration;
import java.util.List;

/**
 * What an import (or its dry run) found: counts, every rejected row with its line and reason, warnings, the conflicts
 * where the file disagreed with a stored lead (the stored value was kept), and the rows skipped because they are an
 * erased person's ({@code suppressed}, their lines in {@code suppressedLines}, the first {@value
 * ImportJob#MAX_LISTED}).
 */
public record ImportReport(
        String file,
        boolean dryRun,
        Long batchId,
        String encoding,
        String delimiter,
        String source,
        int rows,
        int created,
        int updated,
        int duplicates,
        int rejected,
        int suppressed,
        List<String> header,
        List<Problem> errors,
        List<List<String>> rejectedValues,
        List<Problem> warnings,
        List<Conflict> conflicts,
        List<Long> suppressedLines,
        Duration elapsed) {

    /** A row-level message: the physical line where the record starts, and what is wrong. */
    public record Problem(long line, String reason) {}

    /** A field where the file disagreed with the stored lead. */
    public record Conflict(long line, String field, String kept, String ignored) {}
}
