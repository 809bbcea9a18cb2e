package app.leadkeeper.nurture;

/**
 * How many tasks stand where, at one moment: open and due later today, open and past due, open and due in the seven
 * days after today, done in the last seven days (the last 7 × 24 hours).
 */
public record TaskCounts(long dueToday, long overdue, long upcoming7Days, long done7Days) {
    /** What the sidebar badge shows: what needs doing today, late or not. */
    public long needsAttention() {
        return dueToday + overdue;
    }
}
