package app.leadkeeper.scoring;

import java.util.List;

/**
 * What a draft rule set would do: per rule (in order) how many leads it gives points, the score distribution it
 * gives, and the one the stored scores have now. {@code sampled} is the share of leads looked at (1 for all of them;
 * counts are scaled up when it is less).
 */
public record ScorePreview(List<Long> matches, ScoreHistogram draft, ScoreHistogram current, double sampled) {
    public ScorePreview {
        matches = List.copyOf(matches);
    }
}
