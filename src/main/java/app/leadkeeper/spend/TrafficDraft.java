package app.leadkeeper.spend;

import app.leadkeeper.core.TextKeys;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Traffic figures as typed: a channel's (and optionally a landing page's) visits, clicks and impressions over a
 * period, both days inclusive. A figure left out (null) is unknown, not zero; at least one is needed.
 */
public record TrafficDraft(
        LocalDate start,
        LocalDate end,
        Long channelId,
        String landingPage,
        Long visits,
        Long clicks,
        Long impressions) {
    public static final int LANDING_PAGE_MAX = 2000;

    /** What is wrong, field by field; empty when the draft can be saved. */
    public Map<TrafficField, String> problems() {
        Map<TrafficField, String> problems = new LinkedHashMap<>();
        if (start == null) {
            problems.put(TrafficField.START, "From: choose the first day.");
        }
        if (end == null) {
            problems.put(TrafficField.END, "To: choose the last day.");
        } else if (start != null && end.isBefore(start)) {
            problems.put(TrafficField.END, "To: the last day cannot be before the first.");
        }
        if (channelId == null) {
            problems.put(TrafficField.CHANNEL, "Channel: choose where the traffic came from.");
        }
        String page = TextKeys.clean(landingPage);
        if (page != null && page.length() > LANDING_PAGE_MAX) {
            problems.put(TrafficField.LANDING_PAGE, "Landing page: at most " + LANDING_PAGE_MAX + " characters.");
        }
        negative(problems, TrafficField.VISITS, "Visits", visits);
        negative(problems, TrafficField.CLICKS, "Clicks", clicks);
        negative(problems, TrafficField.IMPRESSIONS, "Impressions", impressions);
        if (visits == null && clicks == null && impressions == null) {
            problems.put(TrafficField.VISITS, "Visits: enter visits, clicks or impressions.");
        }
        return problems;
    }

    private static void negative(Map<TrafficField, String> problems, TrafficField field, String name, Long value) {
        if (value != null && value < 0) {
            problems.put(field, name + ": cannot be negative.");
        }
    }
}
