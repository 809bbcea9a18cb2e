package app.leadkeeper.scoring;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_CUSTOM_FIELD;
import static app.leadkeeper.db.Tables.LEAD_TAG;
import static app.leadkeeper.db.Tables.TAG;
import static app.leadkeeper.db.Tables.TOUCH;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * A rule set as SQL: one points expression per rule, so that every lead is scored by the database in one pass and a
 * single lead's breakdown comes from the very same expressions (it cannot disagree with its score).
 *
 * <p>Attribute rules become a {@code CASE} over the lead's own row. Channel and tag rules are resolved to ids first,
 * from those small tables, so the lead row alone decides them. Behaviour rules read a grouped pass over the touches
 * of the kinds the rules name: per kind the count and the latest time, per burst rule the count within its window.
 * All values are bind values.
 */
final class ScoreQuery {
    private static final Field<Integer> ZERO = DSL.inline(0);

    private final List<ScoreRule> rules;
    private final OffsetDateTime now;
    private final List<Field<Integer>> attributePoints = new ArrayList<>();
    /** Per behaviour rule, its points over the grouped touch columns. */
    private final List<Field<Integer>> behaviourPoints = new ArrayList<>();
    /** The grouped touch columns: count and latest time per kind, count in the window per burst rule. */
    private final Map<String, Field<?>> touchAggregates = new LinkedHashMap<>();

    private final Set<String> touchKinds = new LinkedHashSet<>();

    /** Reads the channel and tag names the rules need, in the caller's transaction. */
    ScoreQuery(DSLContext dsl, List<ScoreRule> rules, OffsetDateTime now) {
        this.rules = rules.stream().filter(ScoreRule::enabled).toList();
        this.now = now;
        for (ScoreRule rule : this.rules) {
            if (rule.kind() == RuleKind.ATTRIBUTE) {
                attributePoints.add(
                        DSL.when(matches(dsl, rule), DSL.val(rule.points())).otherwise(ZERO));
            } else {
                behaviourPoints.add(behaviour(rule, behaviourPoints.size()));
            }
        }
    }

    /** The enabled rules, in the order of {@link #breakdown}'s values. */
    List<ScoreRule> rules() {
        return rules;
    }

    /**
     * Each lead's id and score, ready to insert into lead_score: the leads {@code leads} keeps (a condition on the
     * lead table), whose touches {@code touches} keeps (the same leads, as a condition on the touch table).
     */
    Select<? extends org.jooq.Record2<Long, Integer>> scores(Condition leads, Condition touches) {
        Condition which = leads;
        var behaviour = behaviourTable(touches);
        Field<Integer> total = sum(attributePoints);
        if (behaviour == null) {
            return DSL.select(LEAD.ID, total.cast(SQLDataType.INTEGER))
                    .from(LEAD)
                    .where(which);
        }
        Field<Long> leadId = behaviour.field(TOUCH.LEAD_ID);
        Field<Integer> touchPoints = behaviour.field("points", Integer.class);
        return DSL.select(LEAD.ID, total.plus(DSL.coalesce(touchPoints, ZERO)).cast(SQLDataType.INTEGER))
                .from(LEAD)
                .leftJoin(behaviour)
                .on(leadId.eq(LEAD.ID))
                .where(which);
    }

    /** The attribute points of the leads with ids in [from, to], with their qualification, by id. */
    Select<? extends org.jooq.Record3<Long, Integer, String>> attributeScores(long from, long to) {
        return DSL.select(LEAD.ID, sum(attributePoints).cast(SQLDataType.INTEGER), LEAD.QUALIFICATION)
                .from(LEAD)
                .where(LEAD.ID.between(from, to))
                .orderBy(LEAD.ID);
    }

    /** Every touched lead's behaviour points, by lead id; null when no rule looks at touches. */
    Select<? extends org.jooq.Record2<Long, Integer>> behaviourScores() {
        if (behaviourPoints.isEmpty()) {
            return null;
        }
        return DSL.select(TOUCH.LEAD_ID, sum(behaviourPoints).cast(SQLDataType.INTEGER))
                .from(TOUCH)
                .where(ofScoredKinds(DSL.noCondition()))
                .groupBy(TOUCH.LEAD_ID)
                .orderBy(TOUCH.LEAD_ID);
    }

    /** Each rule's points for one lead, in the order of {@link #rules()}; the touch aggregates beside them. */
    Breakdown breakdown(DSLContext dsl, long leadId) {
        List<Integer> points = new ArrayList<>();
        if (!attributePoints.isEmpty()) {
            Record row = dsl.select(attributePoints)
                    .from(LEAD)
                    .where(LEAD.ID.eq(leadId))
                    .fetchOne();
            if (row == null) {
                return null;
            }
            for (int i = 0; i < attributePoints.size(); i++) {
                points.add(row.get(i, Integer.class));
            }
        }
        Map<String, Object> aggregates = new LinkedHashMap<>();
        if (!behaviourPoints.isEmpty()) {
            List<Field<?>> fields = new ArrayList<>(behaviourPoints);
            fields.addAll(touchAggregates.values());
            Record row = dsl.select(fields)
                    .from(TOUCH)
                    .where(ofScoredKinds(TOUCH.LEAD_ID.eq(leadId)))
                    .fetchOne();
            for (int i = 0; i < behaviourPoints.size(); i++) {
                Integer value = row == null ? null : row.get(i, Integer.class);
                points.add(value == null ? 0 : value);
            }
            int i = behaviourPoints.size();
            for (String name : touchAggregates.keySet()) {
                aggregates.put(name, row == null ? null : row.get(i++));
            }
        }
        // Attribute points come first in the list, behaviour points after: put them back in rule order.
        Integer[] inRuleOrder = new Integer[rules.size()];
        int[] order = ruleOrder();
        for (int i = 0; i < order.length; i++) {
            Integer value = points.get(i);
            inRuleOrder[order[i]] = value == null ? 0 : value;
        }
        return new Breakdown(List.of(inRuleOrder), aggregates);
    }

    /** One lead's points per rule (rule order) and the touch aggregates by name (see {@link #countName}). */
    record Breakdown(List<Integer> points, Map<String, Object> aggregates) {}

    /** Each attribute rule's points (a column per rule, rule order) for the leads {@code leads} keeps, by id. */
    Select<? extends Record> attributeRulePoints(Condition leads) {
        List<Field<?>> fields = new ArrayList<>();
        fields.add(LEAD.ID);
        fields.addAll(attributePoints);
        return DSL.select(fields).from(LEAD).where(leads).orderBy(LEAD.ID);
    }

    /**
     * Each behaviour rule's points (a column per rule, rule order) for the touched leads {@code touches} keeps, by lead
     * id; null when no rule looks at touches.
     */
    Select<? extends Record> behaviourRulePoints(Condition touches) {
        if (behaviourPoints.isEmpty()) {
            return null;
        }
        List<Field<?>> fields = new ArrayList<>();
        fields.add(TOUCH.LEAD_ID);
        fields.addAll(behaviourPoints);
        return DSL.select(fields)
                .from(TOUCH)
                .where(ofScoredKinds(touches))
                .groupBy(TOUCH.LEAD_ID)
                .orderBy(TOUCH.LEAD_ID);
    }

    /** How many attribute rules there are: they come first in {@link #attributeRulePoints}. */
    int attributeRuleCount() {
        return attributePoints.size();
    }

    /** The index in {@link #rules()} of each attribute rule, then of each behaviour rule. */
    int[] ruleOrder() {
        int[] order = new int[rules.size()];
        int attribute = 0;
        int behaviour = attributePoints.size();
        for (int i = 0; i < rules.size(); i++) {
            order[rules.get(i).kind() == RuleKind.ATTRIBUTE ? attribute++ : behaviour++] = i;
        }
        return order;
    }

    /**
     * The grouped pass over touches: per lead, each behaviour rule's points as b0, b1, … and their sum as points; null
     * when no rule looks at touches.
     */
    private org.jooq.Table<?> behaviourTable(Condition touchFilter) {
        if (behaviourPoints.isEmpty()) {
            return null;
        }
        List<Field<?>> fields = new ArrayList<>();
        fields.add(TOUCH.LEAD_ID);
        for (int i = 0; i < behaviourPoints.size(); i++) {
            fields.add(behaviourPoints.get(i).as("b" + i));
        }
        fields.add(sum(behaviourPoints).as("points"));
        return DSL.select(fields)
                .from(TOUCH)
                .where(ofScoredKinds(touchFilter))
                .groupBy(TOUCH.LEAD_ID)
                .asTable("behaviour");
    }

    /** The touches {@code filter} keeps, of the kinds the behaviour rules count. */
    private Condition ofScoredKinds(Condition filter) {
        return TOUCH.KIND.in(touchKinds).and(filter);
    }

    private Field<Integer> behaviour(ScoreRule rule, int index) {
        String kind = rule.touchKind().name();
        touchKinds.add(kind);
        Condition ofKind = TOUCH.KIND.eq(kind);
        Field<Integer> count = DSL.count().filterWhere(ofKind);
        touchAggregates.putIfAbsent(countName(kind), count);
        Field<OffsetDateTime> latest = DSL.max(TOUCH.OCCURRED_AT).filterWhere(ofKind);
        touchAggregates.putIfAbsent(latestName(kind), latest);
        Field<Long> raw = count.cast(SQLDataType.BIGINT).times(DSL.val((long) rule.points()));
        if (rule.hasBurst()) {
            Field<Integer> inWindow =
                    DSL.count().filterWhere(ofKind.and(TOUCH.OCCURRED_AT.ge(now.minusDays(rule.burstDays()))));
            touchAggregates.put(windowName(index), inWindow);
            raw = raw.plus(DSL.when(inWindow.ge(rule.burstCount()), DSL.val((long) rule.burstPoints()))
                    .otherwise(DSL.inline(0L)));
        }
        if (rule.decayDays() == null) {
            return raw.cast(SQLDataType.INTEGER);
        }
        // Halvings: whole decay periods since the latest touch of the kind (none for a touch dated in the future, and
        // none without such a touch: the count is 0 then, and H2's GREATEST would turn a NULL into NULL points).
        long period = rule.decayDays() * 86_400L;
        Field<Integer> halvings = DSL.field(
                "CAST(LEAST(30, GREATEST(0, FLOOR(CAST(COALESCE(DATEDIFF(SECOND, {0}, {1}), 0) AS DOUBLE) / {2}))) AS INT)",
                Integer.class, latest, DSL.val(now), DSL.val(period));
        return DSL.field("CAST({0} / CAST(POWER(2, {1}) AS BIGINT) AS INT)", Integer.class, raw, halvings);
    }

    static String countName(String kind) {
        return "count:" + kind;
    }

    static String latestName(String kind) {
        return "latest:" + kind;
    }

    static String windowName(int behaviourIndex) {
        return "window:" + behaviourIndex;
    }

    private static Field<Integer> sum(List<Field<Integer>> parts) {
        if (parts.isEmpty()) {
            return ZERO;
        }
        Field<Integer> total = parts.getFirst();
        for (int i = 1; i < parts.size(); i++) {
            total = total.plus(parts.get(i));
        }
        return total;
    }

    // ---- attribute conditions

    private static Condition matches(DSLContext dsl, ScoreRule rule) {
        return switch (rule.attribute()) {
            case CHANNEL -> byIds(LEAD.CHANNEL_ID, channelIds(dsl, rule), rule.operator());
            case TAG -> byTags(tagIds(dsl, rule), rule.operator());
            case COMPANY_SIZE -> number(LEAD.COMPANY_SIZE.cast(SQLDataType.DECIMAL(20, 4)), rule);
            case DEAL_VALUE -> number(LEAD.DEAL_VALUE.cast(SQLDataType.DECIMAL(20, 4)), rule);
            default -> text(textValue(rule), rule);
        };
    }

    /** The attribute as folded text, null when missing. */
    private static Field<String> textValue(ScoreRule rule) {
        return switch (rule.attribute()) {
            case JOB_TITLE -> DSL.lower(LEAD.JOB_TITLE);
            case COMPANY -> DSL.lower(LEAD.COMPANY);
            case BUDGET -> DSL.lower(LEAD.BUDGET);
            case EMAIL -> DSL.lower(LEAD.EMAIL);
            case EMAIL_DOMAIN ->
                DSL.when(
                                DSL.position(LEAD.EMAIL_KEY, "@").gt(0),
                                DSL.substring(
                                        LEAD.EMAIL_KEY,
                                        DSL.position(LEAD.EMAIL_KEY, "@").plus(1)))
                        .otherwise(DSL.inline((String) null));
            case PHONE -> LEAD.PHONE_RAW;
            case WEBSITE -> DSL.lower(LEAD.WEBSITE);
            case CITY -> DSL.lower(LEAD.CITY);
            case COUNTRY -> DSL.lower(LEAD.COUNTRY);
            case MESSAGE -> DSL.lower(LEAD.MESSAGE);
            case CAMPAIGN -> DSL.lower(LEAD.CAMPAIGN);
            case OFFER -> DSL.lower(LEAD.OFFER);
            case LANDING_PAGE -> DSL.lower(LEAD.LANDING_PAGE);
            case UTM_SOURCE -> DSL.lower(LEAD.UTM_SOURCE);
            case UTM_MEDIUM -> DSL.lower(LEAD.UTM_MEDIUM);
            case UTM_CAMPAIGN -> DSL.lower(LEAD.UTM_CAMPAIGN);
            case CUSTOM_FIELD ->
                DSL.field(DSL.select(DSL.lower(LEAD_CUSTOM_FIELD.FIELD_VALUE))
                        .from(LEAD_CUSTOM_FIELD)
                        .where(LEAD_CUSTOM_FIELD.LEAD_ID.eq(LEAD.ID))
                        .and(LEAD_CUSTOM_FIELD.FIELD_NAME.eq(rule.customField())));
            default -> throw new IllegalArgumentException(rule.attribute().name());
        };
    }

    private static Condition text(Field<String> value, ScoreRule rule) {
        String v = rule.foldedValue();
        return switch (rule.operator()) {
            case EQUALS -> DSL.trim(value).eq(v);
            case CONTAINS -> DSL.position(value, DSL.val(v)).gt(0);
            case STARTS_WITH -> DSL.left(DSL.trim(value), v.length()).eq(v);
            case IS_EMPTY -> value.isNull().or(DSL.trim(value).eq(""));
            case IS_NOT_EMPTY -> value.isNotNull().and(DSL.trim(value).ne(""));
            case IN_LIST -> DSL.trim(value).in(rule.listValues());
            case AT_LEAST -> asNumber(value).ge(rule.numericValue());
            case AT_MOST -> asNumber(value).le(rule.numericValue());
        };
    }

    /** Text that reads as a plain number ("12", "-3.5", "1,5") as that number, anything else as null. */
    private static Field<BigDecimal> asNumber(Field<String> value) {
        Field<String> trimmed = DSL.replace(DSL.trim(value), ",", ".");
        return DSL.when(
                        DSL.condition("REGEXP_LIKE({0}, '^-?[0-9]{1,15}([.][0-9]{1,4})?$')", trimmed),
                        trimmed.cast(SQLDataType.DECIMAL(20, 4)))
                .otherwise(DSL.inline((BigDecimal) null));
    }

    private static Condition number(Field<BigDecimal> value, ScoreRule rule) {
        return switch (rule.operator()) {
            case AT_LEAST -> value.ge(rule.numericValue());
            case AT_MOST -> value.le(rule.numericValue());
            case IS_EMPTY -> value.isNull();
            case IS_NOT_EMPTY -> value.isNotNull();
            default -> text(value.cast(SQLDataType.VARCHAR(40)), rule);
        };
    }

    private static Condition byIds(Field<Long> column, List<Long> ids, Operator operator) {
        return switch (operator) {
            case IS_EMPTY -> column.isNull();
            case IS_NOT_EMPTY -> column.isNotNull();
            default -> ids.isEmpty() ? DSL.falseCondition() : column.in(ids);
        };
    }

    private static Condition byTags(List<Long> ids, Operator operator) {
        var any = DSL.selectOne().from(LEAD_TAG).where(LEAD_TAG.LEAD_ID.eq(LEAD.ID));
        return switch (operator) {
            case IS_EMPTY -> DSL.notExists(any);
            case IS_NOT_EMPTY -> DSL.exists(any);
            default -> ids.isEmpty() ? DSL.falseCondition() : DSL.exists(any.and(LEAD_TAG.TAG_ID.in(ids)));
        };
    }

    private static List<Long> channelIds(DSLContext dsl, ScoreRule rule) {
        return idsByName(dsl, CHANNEL.ID, CHANNEL.NAME, rule);
    }

    private static List<Long> tagIds(DSLContext dsl, ScoreRule rule) {
        return idsByName(dsl, TAG.ID, TAG.NAME, rule);
    }

    /** The ids of the rows of a small name table (channels, tags) whose name matches the rule. */
    private static List<Long> idsByName(
            DSLContext dsl, TableField<?, Long> id, TableField<?, String> name, ScoreRule rule) {
        Predicate<String> test = nameTest(rule);
        List<Long> ids = new ArrayList<>();
        dsl.select(id, name).from(id.getTable()).forEach(r -> {
            if (test.test(ScoreRule.fold(r.value2()))) {
                ids.add(r.value1());
            }
        });
        return ids;
    }

    /** How a channel or tag name matches the rule: the same operators as text, decided here over the small table. */
    private static Predicate<String> nameTest(ScoreRule rule) {
        String v = rule.foldedValue();
        return switch (rule.operator()) {
            case EQUALS -> name -> name.equals(v);
            case CONTAINS -> name -> name.contains(v);
            case STARTS_WITH -> name -> name.startsWith(v);
            case IN_LIST -> rule.listValues()::contains;
            default -> name -> false;
        };
    }
}
