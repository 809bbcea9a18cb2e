package app.leadkeeper.importing;

import java.util.List;
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

    /** Several hooks, told in the order given (scoring must come after nurture logged the batch's touches). */
    static ImportHook of(ImportHook... hooks) {
        List<ImportHook> all = List.of(hooks);
        return new ImportHook() {
            @Override
            public void imported(DSLContext tx, long batchId, String fileName, SourceTool tool) {
                all.forEach(hook -> hook.imported(tx, batchId, fileName, tool));
            }

            @Override
            public void undone(DSLContext tx, long batchId, long leadId) {
                all.forEach(hook -> hook.undone(tx, batchId, leadId));
            }
        };
    }

    /** The batch's leads and changes are written; the transaction has not committed yet. */
    void imported(DSLContext tx, long batchId, String fileName, SourceTool tool);

    /** Undo put an updated lead back as it was before the batch. */
    void undone(DSLContext tx, long batchId, long leadId);
}
