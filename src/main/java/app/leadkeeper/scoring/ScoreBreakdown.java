package app.leadkeeper.scoring;

import app.leadkeeper.leads.Qualification;
import java.util.List;

/**
 * Why a lead has its score: the rules that gave it points (non-zero lines only, in rule order), summing to {@code
 * score}; the qualification the score suggests, the lead's own, and whether that was set by hand.
 */
public record ScoreBreakdown(
        long leadId,
        int score,
        List<ScoreLine> lines,
        Qualification suggested,
        Qualification qualification,
        boolean qualificationByHand) {
    public ScoreBreakdown {
        lines = List.copyOf(lines);
    }

    /** The points of the lines: equal to {@link #score()} whenever the stored score is current. */
    public int linesTotal() {
        return lines.stream().mapToInt(ScoreLine::points).sum();
    }

    /** True when the lead's qualification is hand-set and differs from what the score suggests. */
    public boolean suggestionDiffers() {
        return qualificationByHand
                && suggested != qualification
                && (qualification == Qualification.LEAD
                        || qualification == Qualification.MQL
                        || qualification == Qualification.SQL);
    }
}
