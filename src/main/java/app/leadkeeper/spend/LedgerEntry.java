package app.leadkeeper.spend;

/** A stored row of a ledger (spend or traffic) that the shared list edits, deletes and restores by its draft. */
interface LedgerEntry<D> {
    long id();

    /** The draft that edits this row, and that Undo saves again after a delete. */
    D draft();
}
