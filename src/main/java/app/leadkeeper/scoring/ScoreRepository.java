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

    /** Empties lead_score: the first step of rescoring every lead. */
    public void clearScores(DSLContext dsl) {
        dsl.truncate(LEAD_SCORE).execute();
    }

    /** Scores the leads with ids in [from, to] into an emptied lead_score; returns how many. */
    public int insertScores(DSLContext dsl, ScoreQuery query, long from, long to) {
        return dsl.insertInto(LEAD_SCORE, LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                .select(query.scores(LEAD.ID.between(from, to), TOUCH.LEAD_ID.between(from, to)))
                .execute();
    }

    /** Rescores one lead (or removes its score when it no longer exists). */
    public void rescore(DSLContext dsl, ScoreQuery query, long leadId) {
        dsl.deleteFrom(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(leadId)).execute();
        dsl.insertInto(LEAD_SCORE, LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                .select(query.scores(LEAD.ID.eq(leadId), TOUCH.LEAD_ID.eq(leadId)))
                .execute();
    }

    /** Rescores the leads an import batch created or updated. */
    public int rescoreBatch(DSLContext dsl, ScoreQuery query, long batchId) {
        var ofBatch = DSL.select(IMPORT_CHANGE.LEAD_ID).from(IMPORT_CHANGE).where(IMPORT_CHANGE.BATCH_ID.eq(batchId));
        dsl.deleteFrom(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.in(ofBatch)).execute();
        return dsl.insertInto(LEAD_SCORE, LEAD_SCORE.LEAD_ID, LEAD_SCORE.SCORE)
                .select(query.scores(LEAD.ID.in(ofBatch), TOUCH.LEAD_ID.in(ofBatch)))
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
    public int followScores(DSLContext dsl, ScoreThresholds thresholds, Condition scope, OffsetDateTime now) {
        Field<String> suggested = DSL.when(LEAD_SCORE.SCORE.ge(thresholds.sql()), DSL.inline(Qualification.SQL.name()))
                .when(LEAD_SCORE.SCORE.ge(thresholds.mql()), DSL.inline(Qualification.MQL.name()))
                .otherwise(DSL.inline(Qualification.LEAD.name()));
        var moves = dsl.select(LEAD.ID, LEAD.QUALIFICATION, suggested)
                .from(LEAD_SCORE)
                .join(LEAD)
                .on(LEAD.ID.eq(LEAD_SCORE.LEAD_ID))
                .where(scope)
                .and(LEAD.QUALIFICATION.in(SCORED_QUALIFICATIONS))
                .and(LEAD.QUALIFICATION.ne(suggested))
                .andNotExists(DSL.selectOne().from(QUALIFICATION_HAND).where(QUALIFICATION_HAND.LEAD_ID.eq(LEAD.ID)))
                .fetch();
        if (moves.isEmpty()) {
            return 0;
        }
        Map<String, List<Long>> byTarget = new TreeMap<>();
        var history = dsl.batch(dsl.insertInto(
                        QUALIFICATION_CHANGE,
                        QUALIFICATION_CHANGE.LEAD_ID,
                        QUALIFICATION_CHANGE.FROM_VALUE,
                        QUALIFICATION_CHANGE.TO_VALUE,
                        QUALIFICATION_CHANGE.CHANGED_AT,
                        QUALIFICATION_CHANGE.CAUSE)
                .values((Long) null, null, null, null, null));
        for (var move : moves) {
            byTarget.computeIfAbsent(move.value3(), k -> new ArrayList<>()).add(move.value1());
            history = history.bind(move.value1(), move.value2(), move.value3(), now, ChangeCause.RULE.name());
        }
        history.execute();
        for (var target : byTarget.entrySet()) {
            List<Long> ids = target.getValue();
            for (int i = 0; i < ids.size(); i += 1000) {
                dsl.update(LEAD)
                        .set(LEAD.QUALIFICATION, target.getKey())
                        .where(LEAD.ID.in(ids.subList(i, Math.min(ids.size(), i + 1000))))
                        .execute();
            }
        }
        return moves.size();
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
