package app.leadkeeper.scoring;

/** What a rule set gives a set of leads: per rule (rule order) the leads it gives points, and the scores by tens. */
record RulePoints(long[] matches, ScoreHistogram histogram) {}
