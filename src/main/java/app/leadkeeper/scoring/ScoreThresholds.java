package app.leadkeeper.scoring;

import app.leadkeeper.core.UserException;
import app.leadkeeper.leads.Qualification;

/** The scores that make a lead marketing-qualified and sales-qualified. */
public record ScoreThresholds(int mql, int sql) {
    public static final ScoreThresholds DEFAULT = new ScoreThresholds(75, 120);

    /** The qualification the score suggests: SQL at or above {@code sql}, MQL at or above {@code mql}, else lead. */
    public Qualification suggest(int score) {
        return score >= sql ? Qualification.SQL : score >= mql ? Qualification.MQL : Qualification.LEAD;
    }

    public ScoreThresholds validate() {
        if (sql <= mql) {
            throw new UserException("The SQL threshold must be above the MQL threshold (" + mql + ").");
        }
        if (Math.abs(mql) > 100_000 || Math.abs(sql) > 100_000) {
            throw new UserException("A threshold must lie between −100,000 and 100,000.");
        }
        return this;
    }
}
