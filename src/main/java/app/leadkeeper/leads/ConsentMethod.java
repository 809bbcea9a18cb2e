package app.leadkeeper.leads;

/** How consent was given or recorded. */
public enum ConsentMethod {
    FORM,
    IMPORT,
    MANUAL
}
