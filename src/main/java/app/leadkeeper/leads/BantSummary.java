package app.leadkeeper.leads;

import java.util.List;

/** The short forms of a BANT assessment the table shows: "B✓ A? N✓ T✗" and "2/4". */
public final class BantSummary {
    private BantSummary() {}

    /** Each letter followed by ✓ (yes), ✗ (no) or ? (unknown). */
    public static String letters(Bant bant) {
        return "B" + mark(bant.budget()) + " A" + mark(bant.authority()) + " N" + mark(bant.need()) + " T"
                + mark(bant.timeframe());
    }

    /** How many of the four criteria are answered yes. */
    public static int yesCount(Bant bant) {
        return (int) items(bant).stream().filter(i -> i.answer() == Answer.YES).count();
    }

    public static List<BantItem> items(Bant bant) {
        return List.of(bant.budget(), bant.authority(), bant.need(), bant.timeframe());
    }

    private static String mark(BantItem item) {
        return switch (item.answer()) {
            case YES -> "✓";
            case NO -> "✗";
            case UNKNOWN -> "?";
        };
    }
}
