package app.leadkeeper.importing;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * What a spend import (or its dry run) did. Counts are of the report's rows: {@code created} rows went into the
 * ledger (as {@code entries} entries: a row over a range of days is spread over them), {@code duplicates} were there
 * already, {@code skipped} were totals or spent nothing, {@code rejected} could not be read (then nothing is
 * written). {@code traffic} counts the traffic rows written (or, in a dry run, that would be). {@code total} is the
 * spend of the file's readable rows, duplicates included; {@code from} and {@code to} the days they cover.
 */
public record SpendReport(
        String file,
        boolean dryRun,
        Long batchId,
        String encoding,
        String delimiter,
        AdPlatform platform,
        String channel,
        String currency,
        int rows,
        int created,
        int entries,
        int duplicates,
        int rejected,
        int skipped,
        int traffic,
        List<SpendProblem> errors,
        List<SpendProblem> skippedRows,
        LocalDate from,
        LocalDate to,
        BigDecimal total,
        Duration elapsed) {

    /** Whether the file was refused: nothing was (or would be) written. */
    public boolean refused() {
        return !errors.isEmpty();
    }
}
