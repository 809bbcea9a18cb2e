package app.leadkeeper.settings;

import app.leadkeeper.nurture.Cadence;
import app.leadkeeper.nurture.CadenceStep;
import app.leadkeeper.nurture.Placeholders;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The sentences the cadence editor derives from a cadence, and the sample lead its preview is written for. */
public final class CadenceTexts {
    /** The sample lead whose values the preview fills in. */
    public static final String SAMPLE_FIRST_NAME = "Ada";

    public static final String SAMPLE_LAST_NAME = "Lovelace";
    public static final String SAMPLE_COMPANY = "Analytical Engines Ltd";

    /** Anything written like a placeholder, to point out the ones that are not (a typo is sent as written). */
    private static final Pattern PLACEHOLDER_LIKE = Pattern.compile("\\{[^{}\\s]{1,40}}");

    private CadenceTexts() {}

    /** The things written like placeholders that are none, in order: they would be sent as written. */
    public static List<String> unknownPlaceholders(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER_LIKE.matcher(text);
        while (matcher.find()) {
            String found = matcher.group();
            if (!Placeholders.NAMES.contains(found) && !unknown.contains(found)) {
                unknown.add(found);
            }
        }
        return unknown;
    }

    /** "5 steps · over 14 days", for the list of cadences. */
    public static String summary(Cadence cadence) {
        int count = cadence.steps().size();
        if (count == 0) {
            return "No steps yet";
        }
        int days =
                cadence.steps().stream().mapToInt(CadenceStep::dayOffset).max().orElse(0);
        String stepsText = count == 1 ? "1 step" : count + " steps";
        if (days == 0) {
            return stepsText + (count == 1 ? " · on day 0" : " · all on day 0");
        }
        return stepsText + " · over " + days + (days == 1 ? " day" : " days");
    }
}
