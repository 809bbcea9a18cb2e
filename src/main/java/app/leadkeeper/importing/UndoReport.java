package app.leadkeeper.importing;

import java.util.List;

/** What undoing an import did, and which leads it left alone because they were edited since. */
public record UndoReport(long batchId, String fileName, int removed, int restored, List<String> leftAlone) {}
