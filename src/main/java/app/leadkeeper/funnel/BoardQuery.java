package app.leadkeeper.funnel;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_ERASED;
import static app.leadkeeper.db.Tables.LEAD_SCORE;
import static app.leadkeeper.db.Tables.TOUCH;

import app.leadkeeper.leads.LeadNames;
import app.leadkeeper.leads.SearchQuery;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The read-only SQL behind the board: one keyset page of a column at a time (newest arrivals in the stage first, the
 * {@code lead_stage_idx} order), and the counts and value sums of every column in one grouped query.
 */
public final class BoardQuery {
    private static final String STAGE_INDEX = "LEAD_STAGE_IDX";
    /**
     * The card's touch count. The lane is read in the order of its index and stops after {@code limit} cards, so the
     * count is taken for those cards only.
     */
    /** The card's score; a lead not scored yet shows none. */
    private static final Field<Integer> SCORE = DSL.field(
                    DSL.select(LEAD_SCORE.SCORE).from(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(LEAD.ID)))
            .as("score");

    private static final Field<Integer> TOUCHES = DSL.field(
                    DSL.selectCount().from(TOUCH).where(TOUCH.LEAD_ID.eq(LEAD.ID)))
            .as("touches");

    private final ZoneId zone;

    public BoardQuery(ZoneId zone) {
        this.zone = zone;
    }

    java.time.ZoneId zone() {
        return zone;
    }

    /** Up to {@code limit} cards of one stage, after {@code after} (null: from the start). */
    public List<BoardCard> page(DSLContext dsl, long stageId, BoardFilter filter, BoardCard after, int limit) {
        var query = dsl.select(
                        LEAD.ID,
                        LEAD.STAGE_ID,
                        LEAD.FIRST_NAME,
                        LEAD.LAST_NAME,
                        LEAD.FULL_NAME,
                        LEAD.EMAIL,
                        LEAD.COMPANY,
                        LEAD.DEAL_VALUE,
                        LEAD.STAGE_SINCE,
                        SCORE,
                        TOUCHES)
                // H2 keeps its own index on stage_id for the foreign key and would take it, then sort the whole stage;
                // this index gives the lane's order directly (20 s against milliseconds for a lane at 1M leads).
                .from(LEAD.useIndex(STAGE_INDEX))
                .where(LEAD.STAGE_ID.eq(stageId).and(condition(filter)))
                // An erased person's placeholder is no card; the column heads count it, as the funnel does.
                .andNotExists(DSL.selectOne().from(LEAD_ERASED).where(LEAD_ERASED.LEAD_ID.eq(LEAD.ID)))
                .orderBy(LEAD.STAGE_ID, LEAD.STAGE_SINCE.desc(), LEAD.ID.desc());
        if (after == null) {
            return query.limit(limit).fetch(BoardQuery::toCard);
        }
        return query.seek(stageId, after.stageSince(), after.id()).limit(limit).fetch(BoardQuery::toCard);
    }

    /** Leads and deal value sum per stage id, for the leads the filter matches; stages without leads are absent. */
    public Map<Long, ColumnTotals> totals(DSLContext dsl, BoardFilter filter) {
        Map<Long, ColumnTotals> totals = new HashMap<>();
        dsl.select(LEAD.STAGE_ID, DSL.count(), DSL.sum(LEAD.DEAL_VALUE))
                .from(LEAD)
                .where(condition(filter))
                .groupBy(LEAD.STAGE_ID)
                .fetch()
                .forEach(r -> totals.put(
                        r.value1(), new ColumnTotals(r.value2(), r.value3() == null ? BigDecimal.ZERO : r.value3())));
        return totals;
    }

    /** Every lead in the database, whatever the filter. */
    public long countAll(DSLContext dsl) {
        return dsl.fetchCount(LEAD);
    }

    private Condition condition(BoardFilter filter) {
        Condition condition = DSL.noCondition();
        if (filter.channelId() != null) {
            condition = condition.and(LEAD.CHANNEL_ID.eq(filter.channelId()));
        }
        if (filter.qualification() != null) {
            condition =
                    condition.and(LEAD.QUALIFICATION.eq(filter.qualification().name()));
        }
        if (filter.createdFrom() != null) {
            condition = condition.and(
                    LEAD.CREATED_AT.ge(filter.createdFrom().atStartOfDay(zone).toOffsetDateTime()));
        }
        if (filter.createdTo() != null) {
            condition = condition.and(LEAD.CREATED_AT.lt(
                    filter.createdTo().plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        }
        for (String word : SearchQuery.words(filter.search())) {
            condition = condition.and(LEAD.SEARCH_TEXT.contains(word));
        }
        return condition;
    }

    private static BoardCard toCard(Record r) {
        String name = LeadNames.display(r.get(LEAD.FIRST_NAME), r.get(LEAD.LAST_NAME), r.get(LEAD.FULL_NAME));
        if (name.isEmpty()) {
            String email = r.get(LEAD.EMAIL);
            name = email == null ? "Lead " + r.get(LEAD.ID) : email;
        }
        return new BoardCard(
                r.get(LEAD.ID),
                r.get(LEAD.STAGE_ID),
                name,
                r.get(LEAD.COMPANY),
                r.get(LEAD.DEAL_VALUE),
                r.get(LEAD.STAGE_SINCE),
                r.get(SCORE) == null ? 0 : r.get(SCORE),
                r.get(TOUCHES));
    }
}
