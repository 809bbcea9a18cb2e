package app.leadkeeper.leads;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_ERASED;
import static app.leadkeeper.db.Tables.LEAD_SCORE;

import app.leadkeeper.db.Indexes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The leads table in score order, and the score range filter. A lead's score is its row in lead_score (written by the
 * scoring feature); a lead without a row has not been scored yet and counts as 0, as the table shows it.
 *
 * <p>Every lead normally has a row: scoring writes one in each transaction that creates or changes a lead, an import's
 * hook scores its batch, and a full rescore writes one for every lead. A lead lacks one in a data folder not rescored
 * since scoring came, or when leads were added in bulk without scoring them ({@link LeadService#addAll} alone). So
 * when both tables hold as many rows, a page is read in the order of lead_score's (score, lead_id) index, joined to
 * the lead rows: the first page at a million leads reads a page of index entries. Otherwise it is merged from that and
 * the leads without a row, read in id order as score 0: no lead ever drops out of the order, and a folder without any
 * score pages as fast as one with all (the slow case is a few leads without a row among many: finding them reads the
 * lead table once).
 */
final class LeadScoreQuery {
    /** A page row's score as the order reads it. */
    static final Field<Integer> SCORE_KEY = LEAD_SCORE.SCORE.as("score_key");

    private static final Field<Integer> NOT_SCORED = DSL.inline(0).as("score_key");

    /** Below this many leads in a score range, their ids drive a page in another order (see {@link #scoreRange}). */
    static final int FEW_IN_RANGE = 2_000;

    /** Below this many leads, a page in score order sorts them rather than walk the score index. */
    static final int FEW_LEADS = 10_000;

    private LeadScoreQuery() {}

    /**
     * The score range as a condition on the lead table for a page in another order (created, name…). A narrow range
     * (fewer than {@value #FEW_IN_RANGE} leads) hands H2 the ids from the score index, which it then looks up by
     * primary key: probing every lead of the created order for the 167 leads above 75 read all 200,000 (0.4–2.8 s).
     * A wide range probes lead_score's primary key for each lead of the order, which stops after a page (the ids of
     * most leads would be looked up one by one, then sorted: 2.3 s).
     */
    static Condition scoreRange(DSLContext dsl, LeadCriteria c) {
        if (idsInRangeAreExact(dsl, c)
                && dsl.fetchCount(DSL.selectOne()
                                .from(LEAD_SCORE)
                                .where(within(LEAD_SCORE.SCORE, c.minScore(), c.maxScore()))
                                .limit(FEW_IN_RANGE))
                        < FEW_IN_RANGE) {
            return idsInRange(c);
        }
        Field<Integer> score = DSL.coalesce(
                DSL.field(DSL.select(LEAD_SCORE.SCORE).from(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(LEAD.ID))),
                DSL.inline(0));
        return within(score, c.minScore(), c.maxScore());
    }

    /**
     * The score range for counting: the leads whose id is in lead_score's range where that is exact (H2 reads the
     * range from the score index once instead of probing per lead: 7 times faster at 200,000 leads).
     */
    static Condition scoreRangeForCount(DSLContext dsl, LeadCriteria c) {
        return idsInRangeAreExact(dsl, c) ? idsInRange(c) : scoreRange(dsl, c);
    }

    private static Condition idsInRange(LeadCriteria c) {
        return LEAD.ID.in(DSL.select(LEAD_SCORE.LEAD_ID)
                .from(LEAD_SCORE)
                .where(within(LEAD_SCORE.SCORE, c.minScore(), c.maxScore())));
    }

    /** True when the ids in lead_score's range are the matching leads: no lead lacks a row, or 0 is out of range. */
    private static boolean idsInRangeAreExact(DSLContext dsl, LeadCriteria c) {
        boolean zeroInRange =
                (c.minScore() == null || c.minScore() <= 0) && (c.maxScore() == null || c.maxScore() >= 0);
        return !zeroInRange || everyLeadScored(dsl);
    }

    /** How many leads a filter on the score alone matches, straight from the score index; -1 when some lack a row. */
    static long countInRange(DSLContext dsl, LeadCriteria c) {
        if (!everyLeadScored(dsl)) {
            return -1;
        }
        Condition range = within(LEAD_SCORE.SCORE, c.minScore(), c.maxScore());
        long all = dsl.fetchCount(LEAD_SCORE, range);
        // Erased people's placeholders keep a score row (of 0): counted apart and taken away.
        return all == 0 || !VisibleLeadsQuery.anyErased(dsl)
                ? all
                : all
                        - dsl.fetchCount(DSL.selectOne()
                                .from(LEAD_ERASED)
                                .join(LEAD_SCORE)
                                .on(LEAD_SCORE.LEAD_ID.eq(LEAD_ERASED.LEAD_ID))
                                .where(range));
    }

    private static Condition within(Field<Integer> score, Integer min, Integer max) {
        Condition range = DSL.noCondition();
        if (min != null) {
            range = range.and(score.ge(min));
        }
        if (max != null) {
            range = range.and(score.le(max));
        }
        return range;
    }

    /**
     * True when lead_score has a row for every lead. Counting a whole table reads H2's row count, not the rows: a few
     * milliseconds at a million leads. Rows of deleted leads do not linger (deleting a lead deletes its row).
     */
    static boolean everyLeadScored(DSLContext dsl) {
        Integer missing = dsl.select(DSL.field(DSL.selectCount().from(LEAD))
                        .minus(DSL.field(DSL.selectCount().from(LEAD_SCORE))))
                .fetchOne(0, Integer.class);
        return missing != null && missing <= 0;
    }

    /**
     * Up to {@code limit} page rows after {@code key} (from the start when null) in score order, ties broken by id,
     * each with {@link #SCORE_KEY} for the next key.
     */
    static List<Record> page(
            DSLContext dsl, LeadCriteria criteria, PageKey key, boolean ascendingScan, int limit, int firstScanChunk) {
        if (!everyLeadScored(dsl)) {
            return merge(
                    ranked(dsl, criteria, key, ascendingScan, limit),
                    notScored(dsl, criteria, key, ascendingScan, limit),
                    ascendingScan,
                    limit);
        }
        if (LeadRepository.manyIds(criteria)) {
            return ofManyIds(dsl, criteria, key, ascendingScan, limit, firstScanChunk);
        }
        return ranked(dsl, criteria, key, ascendingScan, limit);
    }

    /** The scored leads, read in the order of the score index and joined to their lead rows. */
    private static List<Record> ranked(
            DSLContext dsl, LeadCriteria criteria, PageKey key, boolean ascendingScan, int limit) {
        Condition where = LeadRepository.condition(criteria)
                .and(within(LEAD_SCORE.SCORE, criteria.minScore(), criteria.maxScore()))
                .and(bound(key, ascendingScan))
                .and(VisibleLeadsQuery.condition(dsl));
        Table<?> scores = fromScoreIndex(dsl, criteria)
                ? DSL.table("{0} USE INDEX ({1})", LEAD_SCORE, DSL.name(Indexes.LEAD_SCORE_RANK_IDX.getName()))
                : LEAD_SCORE;
        return LeadRepository.withTouches(
                dsl,
                LeadRepository.rowFields(SCORE_KEY),
                scores.join(LEAD).on(LEAD.ID.eq(LEAD_SCORE.LEAD_ID)),
                where,
                order(ascendingScan),
                limit,
                SCORE_KEY,
                ascendingScan);
    }

    /**
     * Whether the page is to be read from the score index, each lead looked up as it comes, until the page is full.
     * H2 plans a join by table sizes, not by the LIMIT: for the first page of MQLs (no index of lead serves the
     * qualification) it read all 200,000 leads and sorted them, 2.7 s, where the score index gives it in 20 ms. It is
     * left to choose only when an index of lead (the ids of a search, the stage, the channel, the created dates)
     * narrows the leads to fewer than {@value #FEW_LEADS}: those read and sorted beat a long walk down the score index.
     */
    private static boolean fromScoreIndex(DSLContext dsl, LeadCriteria c) {
        if (c.ids() == null
                && c.stageId() == null
                && c.channelId() == null
                && c.createdFrom() == null
                && c.createdBefore() == null) {
            return true;
        }
        LeadCriteria indexed = new LeadCriteria(
                List.of(),
                c.ids(),
                c.createdFrom(),
                c.createdBefore(),
                c.channelId(),
                List.of(),
                c.stageId(),
                null,
                null,
                null,
                null);
        return dsl.fetchCount(DSL.selectOne()
                        .from(LEAD)
                        .where(LeadRepository.condition(indexed))
                        .limit(FEW_LEADS))
                >= FEW_LEADS;
    }

    private static List<SortField<?>> order(boolean ascendingScan) {
        return ascendingScan
                ? List.of(LEAD_SCORE.SCORE.asc(), LEAD_SCORE.LEAD_ID.asc())
                : List.of(LEAD_SCORE.SCORE.desc(), LEAD_SCORE.LEAD_ID.desc());
    }

    private static Condition bound(PageKey key, boolean ascendingScan) {
        return key == null
                ? DSL.noCondition()
                : LeadRepository.seek(
                        LEAD_SCORE.SCORE, (Integer) key.value(), LEAD_SCORE.LEAD_ID, key.id(), ascendingScan);
    }

    /**
     * The leads without a score row, as score 0 in id order, after {@code key}; none when the range leaves out 0 or
     * the key lies past 0 in the scan direction.
     */
    private static List<Record> notScored(
            DSLContext dsl, LeadCriteria criteria, PageKey key, boolean ascendingScan, int limit) {
        Integer min = criteria.minScore();
        Integer max = criteria.maxScore();
        if ((min != null && min > 0) || (max != null && max < 0)) {
            return List.of();
        }
        Condition idBound = DSL.noCondition();
        if (key != null) {
            int value = (Integer) key.value();
            if (ascendingScan ? value > 0 : value < 0) {
                return List.of();
            }
            if (value == 0) {
                idBound = ascendingScan ? LEAD.ID.gt(key.id()) : LEAD.ID.lt(key.id());
            }
        }
        Condition where = LeadRepository.condition(criteria)
                .and(idBound)
                .and(VisibleLeadsQuery.condition(dsl))
                .andNotExists(DSL.selectOne().from(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(LEAD.ID)));
        return LeadRepository.withTouches(
                dsl,
                LeadRepository.rowFields(NOT_SCORED),
                LEAD,
                where,
                List.of(ascendingScan ? LEAD.ID.asc() : LEAD.ID.desc()),
                limit,
                NOT_SCORED,
                ascendingScan);
    }

    /** The first {@code limit} rows of two lists that are each in scan order. */
    private static List<Record> merge(List<Record> a, List<Record> b, boolean ascendingScan, int limit) {
        Comparator<Record> order =
                Comparator.<Record>comparingInt(r -> r.get(SCORE_KEY)).thenComparingLong(r -> r.get(LEAD.ID));
        Comparator<Record> scan = ascendingScan ? order : order.reversed();
        List<Record> merged = new ArrayList<>(limit);
        int i = 0;
        int j = 0;
        while (merged.size() < limit && (i < a.size() || j < b.size())) {
            boolean takeA = j >= b.size() || (i < a.size() && scan.compare(a.get(i), b.get(j)) <= 0);
            merged.add(takeA ? a.get(i++) : b.get(j++));
        }
        return merged;
    }

    /**
     * Many search matches: the page's ids from the score index (see {@link SortIndexScan}), then only those rows. Only
     * while every lead is scored: the index then holds every match.
     */
    private static List<Record> ofManyIds(
            DSLContext dsl, LeadCriteria criteria, PageKey key, boolean ascendingScan, int limit, int firstScanChunk) {
        List<Long> ids = new SortIndexScan(
                        dsl,
                        LEAD_SCORE,
                        Indexes.LEAD_SCORE_RANK_IDX,
                        LEAD_SCORE.SCORE,
                        LEAD_SCORE.LEAD_ID,
                        order(ascendingScan),
                        firstScanChunk)
                .pageIds(
                        criteria.ids(),
                        bound(key, ascendingScan),
                        limit,
                        (value, id) -> LeadRepository.seek(
                                LEAD_SCORE.SCORE, (Integer) value, LEAD_SCORE.LEAD_ID, id, ascendingScan));
        List<Field<?>> fields = LeadRepository.rowFields(SCORE_KEY);
        fields.add(LeadRepository.touchesField());
        fields.add(LeadRepository.scoreField());
        Map<Long, Record> rows = dsl.select(fields)
                .from(LEAD_SCORE.join(LEAD).on(LEAD.ID.eq(LEAD_SCORE.LEAD_ID)))
                .where(LEAD_SCORE.LEAD_ID.in(ids))
                .fetchMap(LEAD.ID);
        List<Record> page = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Record row = rows.get(id);
            if (row != null) {
                page.add(row);
            }
        }
        return page;
    }
}
