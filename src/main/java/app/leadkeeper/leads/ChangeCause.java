package app.leadkeeper.leads;

/** Why a lead's stage or qualification changed; kept with each history entry. */
public enum ChangeCause {
    HAND,
    IMPORT,
    RULE
}
