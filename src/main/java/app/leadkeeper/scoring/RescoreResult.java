package app.leadkeeper.scoring;

/** What a rescore did: leads scored, qualifications the scores moved, and how long it took. */
public record RescoreResult(long leads, int qualificationsChanged, long millis) {}
