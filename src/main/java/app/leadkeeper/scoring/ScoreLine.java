package app.leadkeeper.scoring;

/** One rule's share of a lead's score: the rule, the points it gave, and how it came to them (may be empty). */
public record ScoreLine(ScoreRule rule, int points, String detail) {}
