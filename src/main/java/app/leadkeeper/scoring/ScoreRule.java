package app.leadkeeper.scoring;

import app.leadkeeper.core.UserException;
import app.leadkeeper.nurture.TouchKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One scoring rule. An {@link RuleKind#ATTRIBUTE} rule gives {@code points} when the lead's {@code attribute} (for a
 * custom field, the one named {@code customField}) matches {@code operator} and {@code value}. A {@link
 * RuleKind#BEHAVIOUR} rule gives {@code points} for each touch of {@code touchKind}, plus {@code burstPoints} once the
 * lead has {@code burstCount} such touches within the last {@code burstDays} days; with {@code decayDays}, the rule's
 * points halve (dropping fractions) for every {@code decayDays} days since the lead's latest touch of that kind.
 *
 * @param id null for a rule not stored yet
 */
public record ScoreRule(
        Long id,
        RuleKind kind,
        LeadAttribute attribute,
        String customField,
        Operator operator,
        String value,
        TouchKind touchKind,
        int points,
        Integer burstCount,
        Integer burstDays,
        Integer burstPoints,
        Integer decayDays,
        boolean enabled) {

    /** Points a single rule may give or take, either way. */
    public static final int MAX_POINTS = 1000;
    /** The most days a burst window or a decay period may span. */
    public static final int MAX_DAYS = 3650;

    public ScoreRule {
        customField = clean(customField);
        value = value == null ? null : value.strip();
        if (kind == RuleKind.ATTRIBUTE) {
            touchKind = null;
            burstCount = null;
            burstDays = null;
            burstPoints = null;
            decayDays = null;
            if (attribute != LeadAttribute.CUSTOM_FIELD) {
                customField = null;
            }
        } else if (kind == RuleKind.BEHAVIOUR) {
            attribute = null;
            customField = null;
            operator = null;
            value = null;
        }
    }

    public static ScoreRule attribute(LeadAttribute attribute, Operator operator, String value, int points) {
        return new ScoreRule(
                null, RuleKind.ATTRIBUTE, attribute, null, operator, value, null, points, null, null, null, null, true);
    }

    public static ScoreRule customField(String field, Operator operator, String value, int points) {
        return new ScoreRule(
                null,
                RuleKind.ATTRIBUTE,
                LeadAttribute.CUSTOM_FIELD,
                field,
                operator,
                value,
                null,
                points,
                null,
                null,
                null,
                null,
                true);
    }

    public static ScoreRule perTouch(TouchKind kind, int points, Integer decayDays) {
        return new ScoreRule(
                null, RuleKind.BEHAVIOUR, null, null, null, null, kind, points, null, null, null, decayDays, true);
    }

    public static ScoreRule burst(TouchKind kind, int count, int days, int points, Integer decayDays) {
        return new ScoreRule(
                null, RuleKind.BEHAVIOUR, null, null, null, null, kind, 0, count, days, points, decayDays, true);
    }

    public ScoreRule withId(Long newId) {
        return new ScoreRule(
                newId,
                kind,
                attribute,
                customField,
                operator,
                value,
                touchKind,
                points,
                burstCount,
                burstDays,
                burstPoints,
                decayDays,
                enabled);
    }

    public ScoreRule withEnabled(boolean on) {
        return new ScoreRule(
                id,
                kind,
                attribute,
                customField,
                operator,
                value,
                touchKind,
                points,
                burstCount,
                burstDays,
                burstPoints,
                decayDays,
                on);
    }

    public ScoreRule withPoints(int newPoints) {
        return new ScoreRule(
                id,
                kind,
                attribute,
                customField,
                operator,
                value,
                touchKind,
                newPoints,
                burstCount,
                burstDays,
                burstPoints,
                decayDays,
                enabled);
    }

    public boolean hasBurst() {
        return burstCount != null;
    }

    /** The list of an {@link Operator#IN_LIST} rule: one value per line or between commas, folded, blanks dropped. */
    public List<String> listValues() {
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;\\r\\n]+"))
                .map(ScoreRule::fold)
                .filter(v -> !v.isEmpty())
                .distinct()
                .toList();
    }

    /** The rule's value as the database compares it: stripped and lower-cased. */
    String foldedValue() {
        return value == null ? "" : fold(value);
    }

    static String fold(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** The value of a {@link Operator#numeric()} rule as a number; call {@link #validate()} first. */
    BigDecimal numericValue() {
        return new BigDecimal(value.replace(',', '.'));
    }

    /** Checks the rule can be stored and run; throws a {@link UserException} saying what is missing. */
    public ScoreRule validate() {
        if (kind == null) {
            throw new UserException("Choose whether the rule looks at an attribute or at touches.");
        }
        if (Math.abs(points) > MAX_POINTS) {
            throw new UserException("A rule gives at most " + MAX_POINTS + " points, either way.");
        }
        if (kind == RuleKind.ATTRIBUTE) {
            validateAttribute();
        } else {
            validateBehaviour();
        }
        return this;
    }

    private void validateAttribute() {
        if (attribute == null || operator == null) {
            throw new UserException("Choose the attribute and how to compare it.");
        }
        if (attribute == LeadAttribute.CUSTOM_FIELD && customField == null) {
            throw new UserException("Name the custom field the rule looks at.");
        }
        if (operator.needsValue() && (value == null || value.isEmpty())) {
            throw new UserException(label() + ": enter the value to compare with.");
        }
        if (operator == Operator.IN_LIST && listValues().isEmpty()) {
            throw new UserException(label() + ": the list is empty.");
        }
        if (operator.numeric()) {
            try {
                numericValue();
            } catch (NumberFormatException e) {
                throw new UserException(label() + ": \"" + value + "\" is not a number.");
            }
        }
    }

    private void validateBehaviour() {
        if (touchKind == null) {
            throw new UserException("Choose the kind of touch the rule counts.");
        }
        boolean anyBurst = burstCount != null || burstDays != null || burstPoints != null;
        if (anyBurst) {
            if (burstCount == null || burstDays == null || burstPoints == null) {
                throw new UserException(
                        label() + ": a burst needs how many touches, within how many days, and " + "the points.");
            }
            if (burstCount < 1 || burstDays < 1 || burstDays > MAX_DAYS) {
                throw new UserException(
                        label() + ": a burst needs at least one touch within 1 to " + MAX_DAYS + " days.");
            }
            if (Math.abs(burstPoints) > MAX_POINTS) {
                throw new UserException("A rule gives at most " + MAX_POINTS + " points, either way.");
            }
        }
        if (decayDays != null && (decayDays < 1 || decayDays > MAX_DAYS)) {
            throw new UserException(label() + ": points halve after 1 to " + MAX_DAYS + " days.");
        }
        if (points == 0 && (burstPoints == null || burstPoints == 0)) {
            throw new UserException(label() + ": the rule gives no points.");
        }
    }

    /** What the rule tests, in words: "Job title contains “VP”", "Each pricing page visited". */
    public String label() {
        if (kind == RuleKind.BEHAVIOUR) {
            return touchKind == null ? "Touches" : touchKind.label();
        }
        String subject = attribute == null
                ? "Attribute"
                : attribute == LeadAttribute.CUSTOM_FIELD
                        ? "“" + (customField == null ? "custom field" : customField) + "”"
                        : attribute.label();
        if (operator == null) {
            return subject;
        }
        if (!operator.needsValue()) {
            return subject + " " + operator.label();
        }
        if (operator == Operator.IN_LIST) {
            int n = listValues().size();
            return subject + " is one of " + n + (n == 1 ? " value" : " values");
        }
        if (operator.numeric()) {
            return subject + " " + operator.label() + " " + (value == null ? "" : value);
        }
        return subject + " " + operator.label() + " “" + (value == null ? "" : value) + "”";
    }

    /** The points the rule gives, in words: "+15", "+10 per touch · +20 for 5 within 7 days · halves every 30 days". */
    public String pointsText() {
        if (kind != RuleKind.BEHAVIOUR) {
            return signed(points);
        }
        StringBuilder text = new StringBuilder();
        if (points != 0) {
            text.append(signed(points)).append(" per touch");
        }
        if (hasBurst()) {
            if (!text.isEmpty()) {
                text.append(" · ");
            }
            text.append(signed(burstPoints))
                    .append(" for ")
                    .append(burstCount)
                    .append(" within ")
                    .append(burstDays)
                    .append(burstDays == 1 ? " day" : " days");
        }
        if (decayDays != null) {
            text.append(" · halves every ").append(decayDays).append(decayDays == 1 ? " day" : " days");
        }
        return text.toString();
    }

    static String signed(int points) {
        return points > 0 ? "+" + points : points < 0 ? "−" + Math.abs(points) : "0";
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.strip();
    }
}
