package app.leadkeeper.scoring;

import static app.leadkeeper.db.Tables.IMPORT_CHANGE;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_CUSTOM_FIELD;
import static app.leadkeeper.db.Tables.LEAD_SCORE;
import static app.leadkeeper.db.Tables.QUALIFICATION_CHANGE;
import static app.leadkeeper.db.Tables.QUALIFICATION_HAND;
import static app.leadkeeper.db.Tables.SCORE_RULE;
import static app.leadkeeper.db.Tables.TOUCH;

import app.leadkeeper.db.tables.records.ScoreRuleRecord;
import app.leadkeeper.leads.ChangeCause;
import app.leadkeeper.leads.Qualification;
import app.leadkeeper.nurture.TouchKind;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/** Reads and writes scoring rules, the leads' scores and hand-set qualifications, in the caller's transaction. */
public final class ScoreRepository {
    private static final int PAGE = 10_000;
    private static final int SAMPLE_STRETCHES = 50;
    private static final List<String> SCORED_QUALIFICATIONS =
            List.of(Qualification.LEAD.name(), Qualification.MQL.name(), Qualification.SQL.name());

    public List<ScoreRule> rules(DSLContext dsl) {
        return dsl.selectFrom(SCORE_RULE)
                .orderBy(SCORE_RULE.POSITION, SCORE_RULE.ID)
                .fetch(ScoreRepository::rule);
    }

    /** Replaces the whole rule set, keeping the order given; returns the rules with their ids. */
    public List<ScoreRule> replaceRules(DSLContext dsl, List<ScoreRule> rules) {
        dsl.deleteFrom(SCORE_RULE).execute();
        List<ScoreRule> stored = new ArrayList<>();
        int position = 0;
        for (ScoreRule rule : rules) {
            ScoreRuleRecord record = dsl.newRecord(SCORE_RULE);
            record.setPosition(position++);
            record.setKind(rule.kind().name());
            record.setAttribute(
                    rule.attribute() == null ? null : rule.attribute().name());
            record.setCustomField(rule.customField());
            record.setOperator(rule.operator() == null ? null : rule.operator().name());
            record.setRuleValue(rule.value());
            record.setTouchKind(
                    rule.touchKind() == null ? null : rule.touchKind().name());
            record.setPoints(rule.points());
            record.setBurstCount(rule.burstCount());
            record.setBurstDays(rule.burstDays());
            record.setBurstPoints(rule.burstPoints());
            record.setDecayDays(rule.decayDays());
            record.setEnabled(rule.enabled());
            record.store();
            stored.add(rule.withId(record.getId()));
        }
        return stored;
    }

    private static ScoreRule rule(ScoreRuleRecord r) {
        return new ScoreRule(
                r.getId(),
                RuleKind.valueOf(r.getKind()),
                r.getAttribute() == null ? null : LeadAttribute.valueOf(r.getAttribute()),
                r.getCustomField(),
                r.getOperator() == null ? null : Operator.valueOf(r.getOperator()),
                r.getRuleValue(),
                r.getTouchKind() == null ? null : TouchKind.valueOf(r.getTouchKind()),
                r.getPoints(),
                r.getBurstCount(),
                r.getBurstDays(),
                r.getBurstPoints(),
                r.getDecayDays(),
                r.getEnabled());
    }

    /** The lowest and highest lead id, or null when there are no leads. */
    public long[] idRange(DSLContext dsl) {
        var r = dsl.select(DSL.min(LEAD.ID), DSL.max(LEAD.ID)).from(LEAD).fetchOne();
        return r == null || r.value1() == null ? null : new long[] {r.value1(), r.value2()};
    }

    /** Every stored score, by lead id, read in keyset pages. */
    IdScores storedScores(DSLContext dsl) {
        IdScores scores = new IdScores();
        long after = Long.MIN_VALUE;
        while (true) {
            var page = dsl.select(LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                    .from(LEAD_SCORE)
                    .where(LEAD_SCORE.LEAD_ID.gt(after))
                    .orderBy(LEAD_SCORE.LEAD_ID)
                    .limit(PAGE)
                    .fetch();
            page.forEach(r -> scores.add(r.value1(), r.value2()));
            if (page.size() < PAGE) {
                return scores;
            }
            after = page.getLast().value1();
        }
    }

    /** The leads whose qualification was set by hand (the value is unused). */
    IdScores handSet(DSLContext dsl) {
        IdScores hand = new IdScores();
        dsl.select(QUALIFICATION_HAND.LEAD_ID)
                .from(QUALIFICATION_HAND)
                .orderBy(QUALIFICATION_HAND.LEAD_ID)
                .fetch()
                .forEach(r -> hand.add(r.value1(), 1));
        return hand;
    }

    /** Receives a lead's id, attribute points and qualification. */
    @FunctionalInterface
    interface AttributeSink {
        void accept(long id, int points, String qualification);
    }

    /** The attribute points of the leads with ids in [from, to], in id order. */
    void attributeScores(DSLContext dsl, ScoreQuery query, long from, long to, AttributeSink sink) {
        try (var cursor = dsl.fetchLazy(query.attributeScores(from, to))) {
            for (var r : cursor) {
                sink.accept(r.value1(), r.value2() == null ? 0 : r.value2(), r.value3());
            }
        }
    }

    /** Every touched lead's behaviour points, by lead id (empty when no rule looks at touches). */
    IdScores behaviourScores(DSLContext dsl, ScoreQuery query) {
        IdScores points = new IdScores();
        var select = query.behaviourScores();
        if (select != null) {
            try (var cursor = dsl.fetchLazy(select)) {
                for (var r : cursor) {
                    points.add(r.value1(), r.value2() == null ? 0 : r.value2());
                }
            }
        }
        return points;
    }

    /**
     * Scores leads without storing anything: per enabled rule how many leads it gives points, and the leads by score
     * bucket. Every lead when {@code every} is 1; else a sample of about one lead in {@code every}: the start of each
     * of 50 stretches of ids across the table (old and new leads alike), each read as a range of the primary key and
     * of the touches' lead index (an id-modulo sample would read every row).
     */
    RulePoints rulePoints(DSLContext dsl, ScoreQuery query, long every) {
        long[] matches = new long[query.rules().size()];
        Map<Integer, Long> buckets = new TreeMap<>();
        long[] range = idRange(dsl);
        if (range == null) {
            return new RulePoints(matches, ScoreHistogram.EMPTY);
        }
        if (every <= 1) {
            addRulePoints(dsl, query, range[0], range[1], matches, buckets);
        } else {
            long stretch = Math.max(1, (range[1] - range[0] + 1) / SAMPLE_STRETCHES);
            long take = Math.max(1, stretch / every);
            for (long from = range[0]; from <= range[1]; from += stretch) {
                addRulePoints(dsl, query, from, Math.min(range[1], from + take - 1), matches, buckets);
            }
        }
        return new RulePoints(matches, new ScoreHistogram(buckets));
    }

    /** Adds the rule points of the leads with ids in [from, to] to the per-rule matches and the score buckets. */
    private static void addRulePoints(
            DSLContext dsl, ScoreQuery query, long from, long to, long[] matches, Map<Integer, Long> buckets) {
        int[] order = query.ruleOrder();
        int attributes = query.attributeRuleCount();
        // Behaviour points per touched lead, one int per behaviour rule.
        IdScores touched = new IdScores();
        List<int[]> behaviour = new ArrayList<>();
        var select = query.behaviourRulePoints(TOUCH.LEAD_ID.between(from, to));
        if (select != null) {
            try (var cursor = dsl.fetchLazy(select)) {
                for (var r : cursor) {
                    int[] points = new int[order.length - attributes];
                    for (int i = 0; i < points.length; i++) {
                        Integer value = r.get(i + 1, Integer.class);
                        points[i] = value == null ? 0 : value;
                    }
                    touched.add(r.get(0, Long.class), behaviour.size());
                    behaviour.add(points);
                }
            }
        }
        try (var cursor = dsl.fetchLazy(query.attributeRulePoints(LEAD.ID.between(from, to)))) {
            for (var r : cursor) {
                int total = 0;
                for (int i = 0; i < attributes; i++) {
                    Integer value = r.get(i + 1, Integer.class);
                    int points = value == null ? 0 : value;
                    total += points;
                    matches[order[i]] += points != 0 ? 1 : 0;
                }
                int at = touched.indexOf(r.get(0, Long.class));
                if (at >= 0) {
                    int[] points = behaviour.get(touched.value(at));
                    for (int i = 0; i < points.length; i++) {
                        total += points[i];
                        matches[order[attributes + i]] += points[i] != 0 ? 1 : 0;
                    }
                }
                buckets.merge(ScoreHistogram.bucketOf(total), 1L, Long::sum);
            }
        }
    }

    /** Stores new scores (inserting or replacing the lead's row); {@code every} is told after each JDBC batch. */
    void writeScores(DSLContext dsl, long[] ids, int[] scores, int count, Runnable every) {
        for (int start = 0; start < count; start += PAGE) {
            var batch = dsl.batch(dsl.mergeInto(LEAD_SCORE, LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                    .key(LEAD_SCORE.LEAD_ID)
                    .values((Long) null, null));
            int end = Math.min(count, start + PAGE);
            for (int i = start; i < end; i++) {
                batch = batch.bind(ids[i], scores[i]);
            }
            batch.execute();
            every.run();
        }
    }

    void deleteScores(DSLContext dsl, List<Long> leadIds) {
        for (int i = 0; i < leadIds.size(); i += 1000) {
            dsl.deleteFrom(LEAD_SCORE)
                    .where(LEAD_SCORE.LEAD_ID.in(leadIds.subList(i, Math.min(leadIds.size(), i + 1000))))
                    .execute();
        }
    }

    /** A lead's qualification moving to what its score suggests. */
    record Move(long leadId, String from, String to) {}

    /**
     * Applies qualification moves with their history. A lead whose qualification changed meanwhile, or that was set
     * by hand meanwhile, keeps it. Returns how many moved.
     */
    int move(DSLContext dsl, List<Move> moves, OffsetDateTime now) {
        int moved = 0;
        for (Move move : moves) {
            int updated = dsl.update(LEAD)
                    .set(LEAD.QUALIFICATION, move.to())
                    .where(LEAD.ID.eq(move.leadId()))
                    .and(LEAD.QUALIFICATION.eq(move.from()))
                    .andNotExists(DSL.selectOne()
                            .from(QUALIFICATION_HAND)
                            .where(QUALIFICATION_HAND.LEAD_ID.eq(move.leadId())))
                    .execute();
            if (updated > 0) {
                dsl.insertInto(QUALIFICATION_CHANGE)
                        .set(QUALIFICATION_CHANGE.LEAD_ID, move.leadId())
                        .set(QUALIFICATION_CHANGE.FROM_VALUE, move.from())
                        .set(QUALIFICATION_CHANGE.TO_VALUE, move.to())
                        .set(QUALIFICATION_CHANGE.CHANGED_AT, now)
                        .set(QUALIFICATION_CHANGE.CAUSE, ChangeCause.RULE.name())
                        .execute();
                moved++;
            }
        }
        return moved;
    }

    /** Whether a lead at this qualification follows its score (unless set by hand): lead, MQL and SQL do. */
    static boolean followsScore(String qualification) {
        return SCORED_QUALIFICATIONS.contains(qualification);
    }

    /** Which leads a rescore covers, as a condition on any table's lead-id column. */
    @FunctionalInterface
    interface Scope {
        Condition on(Field<Long> leadId);

        static Scope lead(long id) {
            return column -> column.eq(id);
        }

        static Scope between(long from, long to) {
            return column -> column.between(from, to);
        }

        /** The leads an import batch created or updated. */
        static Scope batch(long batchId) {
            return column -> column.in(
                    DSL.select(IMPORT_CHANGE.LEAD_ID).from(IMPORT_CHANGE).where(IMPORT_CHANGE.BATCH_ID.eq(batchId)));
        }
    }

    /** Rescores the leads in scope, replacing their rows (a lead that no longer exists loses its row). */
    public void rescore(DSLContext dsl, ScoreQuery query, Scope scope) {
        dsl.deleteFrom(LEAD_SCORE).where(scope.on(LEAD_SCORE.LEAD_ID)).execute();
        dsl.insertInto(LEAD_SCORE, LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                .select(query.scores(scope.on(LEAD.ID), scope.on(TOUCH.LEAD_ID)))
                .execute();
    }

    public Optional<Integer> score(DSLContext dsl, long leadId) {
        return dsl.select(LEAD_SCORE.SCORE)
                .from(LEAD_SCORE)
                .where(LEAD_SCORE.LEAD_ID.eq(leadId))
                .fetchOptional(LEAD_SCORE.SCORE);
    }

    public Optional<Qualification> qualification(DSLContext dsl, long leadId) {
        return dsl.select(LEAD.QUALIFICATION)
                .from(LEAD)
                .where(LEAD.ID.eq(leadId))
                .fetchOptional(LEAD.QUALIFICATION)
                .map(Qualification::valueOf);
    }

    public boolean byHand(DSLContext dsl, long leadId) {
        return dsl.fetchExists(QUALIFICATION_HAND, QUALIFICATION_HAND.LEAD_ID.eq(leadId));
    }

    public void clearHand(DSLContext dsl, long leadId) {
        dsl.deleteFrom(QUALIFICATION_HAND)
                .where(QUALIFICATION_HAND.LEAD_ID.eq(leadId))
                .execute();
    }

    /**
     * Moves the qualification of the leads that follow their score (not hand-set, and at lead, MQL or SQL) to what
     * their score suggests, writing each move to the history; {@code scope} limits the leads (a condition on
     * lead_score). Returns how many moved.
     */
    public int followScores(DSLContext dsl, ScoreThresholds thresholds, Scope scope, OffsetDateTime now) {
        Field<String> suggested = DSL.when(LEAD_SCORE.SCORE.ge(thresholds.sql()), DSL.inline(Qualification.SQL.name()))
                .when(LEAD_SCORE.SCORE.ge(thresholds.mql()), DSL.inline(Qualification.MQL.name()))
                .otherwise(DSL.inline(Qualification.LEAD.name()));
        var moves = dsl.select(LEAD.ID, LEAD.QUALIFICATION, suggested)
                .from(LEAD_SCORE)
                .join(LEAD)
                .on(LEAD.ID.eq(LEAD_SCORE.LEAD_ID))
                .where(scope.on(LEAD_SCORE.LEAD_ID))
                .and(LEAD.QUALIFICATION.in(SCORED_QUALIFICATIONS))
                .and(LEAD.QUALIFICATION.ne(suggested))
                .andNotExists(DSL.selectOne().from(QUALIFICATION_HAND).where(QUALIFICATION_HAND.LEAD_ID.eq(LEAD.ID)))
                .fetch();
        List<Move> list = new ArrayList<>();
        moves.forEach(r -> list.add(new Move(r.value1(), r.value2(), r.value3())));
        return move(dsl, list, now);
    }

    /** Leads by score bucket of ten. */
    public ScoreHistogram histogram(DSLContext dsl) {
        Field<Integer> bucket = DSL.field("FLOOR(CAST({0} AS DOUBLE) / 10) * 10", Integer.class, LEAD_SCORE.SCORE)
                .cast(SQLDataType.INTEGER)
                .as("bucket");
        Map<Integer, Long> buckets = new TreeMap<>();
        dsl.select(bucket, DSL.count())
                .from(LEAD_SCORE)
                .groupBy(DSL.field(DSL.name("bucket")))
                .forEach(r -> buckets.put(r.value1(), r.value2().longValue()));
        return new ScoreHistogram(buckets);
    }

    public Map<Qualification, Long> qualificationCounts(DSLContext dsl) {
        Map<Qualification, Long> counts = new EnumMap<>(Qualification.class);
        dsl.select(LEAD.QUALIFICATION, DSL.count())
                .from(LEAD)
                .groupBy(LEAD.QUALIFICATION)
                .forEach(r ->
                        counts.put(Qualification.valueOf(r.value1()), r.value2().longValue()));
        return counts;
    }

    /** The names custom fields have on any lead, sorted. */
    public List<String> customFieldNames(DSLContext dsl) {
        return dsl.selectDistinct(LEAD_CUSTOM_FIELD.FIELD_NAME)
                .from(LEAD_CUSTOM_FIELD)
                .orderBy(LEAD_CUSTOM_FIELD.FIELD_NAME)
                .limit(500)
                .fetch(LEAD_CUSTOM_FIELD.FIELD_NAME);
    }

    public long scoredLeads(DSLContext dsl) {
        return dsl.fetchCount(LEAD_SCORE);
    }
}
