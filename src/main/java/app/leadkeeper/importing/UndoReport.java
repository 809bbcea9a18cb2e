package app.leadkeeper.importing;

import java.util.List;

/**
 * What undoing an import did, and which leads it left alone because they were edited since. For a spend import
 * ({@code kind} SPEND) {@code removed} counts the ledger entries removed and {@code trafficRemoved} the traffic rows.
 */
public record UndoReport(
        long batchId,
        String fileName,
        int removed,
        int restored,
        List<String> leftAlone,
        String kind,
        int trafficRemoved) {

    /** The undo of a lead import. */
    public UndoReport(long batchId, String fileName, int removed, int restored, List<String> leftAlone) {
        this(batchId, fileName, removed, restored, leftAlone, ImportBatch.LEADS, 0);
    }

    public boolean isSpend() {
        return ImportBatch.SPEND.equals(kind);
    }
}
