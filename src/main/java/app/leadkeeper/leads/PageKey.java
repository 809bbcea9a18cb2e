package app.leadkeeper.leads;

/** The position of one row in a sort order: its sort value and its id, for keyset paging. */
public record PageKey(Object value, long id) {}
