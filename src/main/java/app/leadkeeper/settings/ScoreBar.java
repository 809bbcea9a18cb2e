package app.leadkeeper.settings;

/** One bar pair of the score chart: leads scoring from {@code low} to {@code high} now and with the draft rules. */
public record ScoreBar(int low, int high, long now, long draft) {

    /** The bar's name on the chart's axis: its lowest score. */
    public String label() {
        return ScoringTexts.number(low);
    }

    /** "70 to 79 points". */
    public String range() {
        return ScoringTexts.number(low) + " to " + ScoringTexts.number(high) + " points";
    }
}
