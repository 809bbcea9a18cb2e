package app.leadkeeper.exporting;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_SCORE;
import static app.leadkeeper.db.Tables.LEAD_TAG;
import static app.leadkeeper.db.Tables.STAGE;
import static app.leadkeeper.db.Tables.TAG;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The read-only report query behind the lead exports: every lead in id order with its channel name and its tags
 * joined by "; ". It streams in keyset pages by id, so a million leads never sit in memory. (Not one lazy query:
 * H2's lazy execution of a long scan read chunks the store's background compaction had already freed — "Chunk 57
 * not found" on a freshly filled 200,000-lead database. Short page queries never hold an old version that long.)
 */
public final class LeadExportQuery {
    /** The separator between tags in one cell. */
    public static final String TAG_SEPARATOR = "; ";

    private static final int PAGE_SIZE = 2_000;
    private static final Field<String> CHANNEL_NAME = DSL.field(
                    DSL.select(CHANNEL.NAME).from(CHANNEL).where(CHANNEL.ID.eq(LEAD.CHANNEL_ID)))
            .as("channel_name");
    private static final Field<String> STAGE_NAME = DSL.field(
                    DSL.select(STAGE.NAME).from(STAGE).where(STAGE.ID.eq(LEAD.STAGE_ID)))
            .as("stage_name");
    private static final Field<Integer> SCORE = DSL.field(
                    DSL.select(LEAD_SCORE.SCORE).from(LEAD_SCORE).where(LEAD_SCORE.LEAD_ID.eq(LEAD.ID)))
            .as("score");
    private static final Field<String> TAGS = DSL.field(
                    DSL.select(DSL.listAgg(TAG.NAME, TAG_SEPARATOR).withinGroupOrderBy(TAG.NAME_KEY))
                            .from(LEAD_TAG)
                            .join(TAG)
                            .on(TAG.ID.eq(LEAD_TAG.TAG_ID))
                            .where(LEAD_TAG.LEAD_ID.eq(LEAD.ID)))
            .as("tags");

    private final DSLContext dsl;

    public LeadExportQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Hands every lead to {@code sink}, in id order. */
    public void forEach(Consumer<LeadExportRow> sink) {
        forEach(null, null, sink);
    }

    /**
     * Hands the leads created from {@code from} (inclusive) to {@code before} (exclusive) to {@code sink}, in id
     * order; a null end is open.
     */
    public void forEach(OffsetDateTime from, OffsetDateTime before, Consumer<LeadExportRow> sink) {
        Condition created = created(from, before);
        long after = Long.MIN_VALUE;
        while (true) {
            List<LeadExportRow> page = dsl.select(LEAD.asterisk(), CHANNEL_NAME, TAGS, SCORE, STAGE_NAME)
                    .from(LEAD)
                    .where(LEAD.ID.gt(after))
                    .and(created)
                    .orderBy(LEAD.ID)
                    .limit(PAGE_SIZE)
                    .fetch(LeadExportQuery::toRow);
            page.forEach(sink);
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = page.getLast().id();
        }
    }

    /** How many leads were created from {@code from} to {@code before} (null ends are open). */
    public long count(OffsetDateTime from, OffsetDateTime before) {
        return dsl.fetchCount(LEAD, created(from, before));
    }

    /** The leads of these ids, in the order given (ids of leads deleted meanwhile are left out). */
    public List<LeadExportRow> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LeadExportRow> found = new HashMap<>();
        dsl.select(LEAD.asterisk(), CHANNEL_NAME, TAGS, SCORE, STAGE_NAME)
                .from(LEAD)
                .where(LEAD.ID.in(ids))
                .fetch(LeadExportQuery::toRow)
                .forEach(row -> found.put(row.id(), row));
        List<LeadExportRow> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            LeadExportRow row = found.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    private static Condition created(OffsetDateTime from, OffsetDateTime before) {
        Condition condition = DSL.noCondition();
        if (from != null) {
            condition = condition.and(LEAD.CREATED_AT.ge(from));
        }
        if (before != null) {
            condition = condition.and(LEAD.CREATED_AT.lt(before));
        }
        return condition;
    }

    private static LeadExportRow toRow(Record r) {
        return new LeadExportRow(
                r.get(LEAD.ID),
                r.get(LEAD.FIRST_NAME),
                r.get(LEAD.LAST_NAME),
                r.get(LEAD.FULL_NAME),
                r.get(LEAD.EMAIL),
                r.get(LEAD.PHONE_RAW),
                r.get(LEAD.COMPANY),
                r.get(LEAD.JOB_TITLE),
                r.get(CHANNEL_NAME),
                r.get(LEAD.CAMPAIGN),
                r.get(LEAD.CREATED_AT),
                r.get(LEAD.CREATED_ZONE_KNOWN),
                r.get(LEAD.PHONE_E164),
                r.get(LEAD.COMPANY_SIZE),
                r.get(LEAD.BUDGET),
                r.get(LEAD.WEBSITE),
                r.get(LEAD.CITY),
                r.get(LEAD.COUNTRY),
                r.get(LEAD.OFFER),
                r.get(LEAD.LANDING_PAGE),
                r.get(LEAD.UTM_SOURCE),
                r.get(LEAD.UTM_MEDIUM),
                r.get(LEAD.UTM_CAMPAIGN),
                r.get(LEAD.UTM_TERM),
                r.get(LEAD.UTM_CONTENT),
                r.get(LEAD.CONSENT),
                r.get(LEAD.CONSENT_AT),
                r.get(LEAD.CONSENT_METHOD),
                r.get(LEAD.QUALIFICATION),
                r.get(LEAD.STATUS),
                r.get(SCORE) == null ? 0 : r.get(SCORE),
                r.get(LEAD.DEAL_VALUE),
                r.get(TAGS),
                r.get(LEAD.ADDED_AT),
                r.get(LEAD.MESSAGE),
                r.get(LEAD.OUTBOUND),
                r.get(LEAD.LOST_REASON),
                r.get(LEAD.WON_AT),
                r.get(LEAD.REVENUE),
                r.get(STAGE_NAME));
    }
}
