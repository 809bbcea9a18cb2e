package app.leadkeeper.leads;

/** Why a lead's stage or qualification changed; kept with each history entry. */
public enum ChangeCause {
    HAND,
    IMPORT,
    RULE,
    /** A move taken back (never stored: undoing a move removes its history entry). */
    UNDO
}
