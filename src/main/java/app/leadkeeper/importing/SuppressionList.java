package app.leadkeeper.importing;

import org.jooq.DSLContext;

/**
 * People who asked to be erased: an import skips a row that would bring one of them back, and counts it as
 * suppressed. The privacy feature keeps the list; importing knows only this interface.
 */
public interface SuppressionList {
    /** Nobody is suppressed. */
    SuppressionList NONE = tx -> (emailKey, phoneE164) -> false;

    /** The check for one import, read once inside its transaction. */
    Check load(DSLContext tx);

    /** Whether a row is an erased person's. */
    @FunctionalInterface
    interface Check {
        /**
         * @param emailKey the row's email, trimmed and lower-cased; null when it has none
         * @param phoneE164 the row's phone in E.164; null when it has none or it is not a valid number
         */
        boolean suppressed(String emailKey, String phoneE164);
    }
}
