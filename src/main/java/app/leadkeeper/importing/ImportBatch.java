package app.leadkeeper.importing;

import java.time.OffsetDateTime;

/** One import as the history shows it. {@code id} is 0 before it is stored; {@code kind} is LEADS or SPEND. */
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
        OffsetDateTime undoneAt,
        String kind) {

    public static final String LEADS = "LEADS";
    public static final String SPEND = "SPEND";

    /** A lead import. */
    public ImportBatch(
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
        this(
                id,
                fileName,
                filePath,
                sourceTool,
                profileName,
                encoding,
                delimiter,
                startedAt,
                finishedAt,
                rows,
                created,
                updated,
                duplicates,
                rejected,
                undoneAt,
                LEADS);
    }

    public boolean isSpend() {
        return SPEND.equals(kind);
    }

    public boolean undone() {
        return undoneAt != null;
    }
}
