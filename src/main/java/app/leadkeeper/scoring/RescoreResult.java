package app.leadkeeper.scoring;

/** What a rescore did: leads scored, scores that changed, qualifications the scores moved, and how long it took. */
public record RescoreResult(long leads, int scoresChanged, int qualificationsChanged, long millis) {}
