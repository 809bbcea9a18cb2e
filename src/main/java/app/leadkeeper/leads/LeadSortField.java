package app.leadkeeper.leads;

/**
 * The columns the leads table can sort by: each is indexed with the id, so sorting happens in SQL (the score in
 * lead_score's (score, lead_id) index).
 */
public enum LeadSortField {
    CREATED,
    NAME,
    EMAIL,
    COMPANY,
    SCORE
}
