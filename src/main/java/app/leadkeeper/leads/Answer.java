package app.leadkeeper.leads;

/** A yes / no / unknown answer, as used by BANT qualification. */
public enum Answer {
    YES,
    NO,
    UNKNOWN
}
