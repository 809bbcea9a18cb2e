package app.leadkeeper.importing;

/** A row of a spend report that was rejected or skipped: the line where it starts, the column, and why. */
public record SpendProblem(long line, String field, String reason) {}
