package app.leadkeeper.leads;

/**
 * Progress toward the "rule of seven" (it takes about seven touches before a purchase), written as the table, the
 * board and the detail pane show it. The goal is nurture's {@code TouchService.RULE_OF_SEVEN}; it is repeated here
 * because nurture depends on leads, not the other way round (a test keeps the two equal).
 */
public final class TouchProgress {
    public static final int GOAL = 7;

    private TouchProgress() {}

    /** From 0 to 1; full from the goal on. */
    public static double fraction(int touches) {
        return Math.min(1.0, Math.max(0, touches) / (double) GOAL);
    }

    public static boolean reached(int touches) {
        return touches >= GOAL;
    }

    /** "3/7" below the goal; from the goal on the count alone ("9"), as the bar is full anyway. */
    public static String compact(int touches) {
        return reached(touches) ? Integer.toString(touches) : touches + "/" + GOAL;
    }

    /** "No touches yet", "1 of 7 touches", "9 touches · rule of seven met". */
    public static String sentence(int touches) {
        if (touches <= 0) {
            return "No touches yet";
        }
        if (reached(touches)) {
            return String.format("%,d touches · rule of seven met", touches);
        }
        return touches + " of " + GOAL + " touches";
    }
}
