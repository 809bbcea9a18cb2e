package app.leadkeeper.leads;

/** The columns the leads table can sort by: each is indexed with the id, so sorting happens in SQL. */
public enum LeadSortField {
    CREATED,
    NAME,
    EMAIL,
    COMPANY
}
