package app.leadkeeper.scoring;

import java.time.Duration;
import java.time.OffsetDateTime;

/** How a behaviour rule came to its points for one lead, in words: "3 × +10, halved twice (last 65 days ago)". */
final class ScoreDetails {
    private ScoreDetails() {}

    static String detail(ScoreRule rule, int index, ScoreQuery query, ScoreQuery.Breakdown parts, OffsetDateTime now) {
        if (rule.kind() != RuleKind.BEHAVIOUR) {
            return "";
        }
        String kind = rule.touchKind().name();
        long count = number(parts.aggregates().get(ScoreQuery.countName(kind)));
        StringBuilder text = new StringBuilder();
        if (rule.points() != 0 && count > 0) {
            text.append(count).append(" × ").append(ScoreRule.signed(rule.points()));
        }
        if (rule.hasBurst()) {
            int behaviourIndex = behaviourIndex(query, index);
            long inWindow = number(parts.aggregates().get(ScoreQuery.windowName(behaviourIndex)));
            if (inWindow >= rule.burstCount()) {
                if (!text.isEmpty()) {
                    text.append(", ");
                }
                text.append(inWindow)
                        .append(" in the last ")
                        .append(rule.burstDays())
                        .append(rule.burstDays() == 1 ? " day " : " days ")
                        .append(ScoreRule.signed(rule.burstPoints()));
            }
        }
        Object latest = parts.aggregates().get(ScoreQuery.latestName(kind));
        if (rule.decayDays() != null && latest instanceof OffsetDateTime last) {
            long days = Math.max(0, Duration.between(last, now).toDays());
            long halvings = Math.min(30, days / rule.decayDays());
            if (halvings > 0) {
                text.append(", ")
                        .append(
                                halvings == 1
                                        ? "halved once"
                                        : halvings == 2 ? "halved twice" : "halved " + halvings + " times")
                        .append(" (last ")
                        .append(days)
                        .append(days == 1 ? " day ago)" : " days ago)");
            }
        }
        return text.toString();
    }

    /** The rule's position among the behaviour rules, as {@link ScoreQuery} numbers their burst windows. */
    private static int behaviourIndex(ScoreQuery query, int ruleIndex) {
        int n = 0;
        for (int i = 0; i < ruleIndex; i++) {
            if (query.rules().get(i).kind() == RuleKind.BEHAVIOUR) {
                n++;
            }
        }
        return n;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
