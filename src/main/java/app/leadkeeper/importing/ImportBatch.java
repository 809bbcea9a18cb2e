package app.leadkeeper.importing;

import java.time.OffsetDateTime;

/** One import as the history shows it. {@code id} is 0 before it is stored. */
public record ImportBatch(
        long id,
        String fileName,
        String filePath,
        String sourceTool,
        String profileName,
        String encoding,
        String delimiter,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt,
        int rows,
        int created,
        int updated,
        int duplicates,
        int rejected,
        OffsetDateTime undoneAt) {

    public boolean undone() {
        return undoneAt != null;
    }
}
