package app.leadkeeper.importing;

import org.jooq.DSLContext;

/**
 * Lets another feature act inside an import's transaction: nurture logs each form submission as a touch on its lead,
 * and removes it again when the import is undone for that lead.
 */
public interface ImportHook {
    ImportHook NONE = new ImportHook() {
        @Override
        public void imported(DSLContext tx, long batchId, String fileName, SourceTool tool) {}

        @Override
        public void undone(DSLContext tx, long batchId, long leadId) {}
    };

    /** The batch's leads and changes are written; the transaction has not committed yet. */
    void imported(DSLContext tx, long batchId, String fileName, SourceTool tool);

    /** Undo put an updated lead back as it was before the batch. */
    void undone(DSLContext tx, long batchId, long leadId);
}
