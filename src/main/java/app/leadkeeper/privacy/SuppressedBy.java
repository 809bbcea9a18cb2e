package app.leadkeeper.privacy;

/** What of an erased person went on the suppression list. */
public enum SuppressedBy {
    /** The email address: an import skips any row with it. */
    EMAIL,
    /** The phone number, for a person without an email: an import skips a row without an email that has it. */
    PHONE,
    /** Nothing: the person had neither an email nor a valid phone number, so nothing can recognise them again. */
    NOTHING
}
