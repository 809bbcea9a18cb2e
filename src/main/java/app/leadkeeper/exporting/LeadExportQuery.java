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

    private static final int PAGE_SIZE = 5_000;

    /** The lead's own columns the exports write (not the search and sort keys). */
    private static final List<Field<?>> COLUMNS = List.of(
            LEAD.ID,
            LEAD.FIRST_NAME,
            LEAD.LAST_NAME,
            LEAD.FULL_NAME,
            LEAD.EMAIL,
            LEAD.PHONE_RAW,
            LEAD.COMPANY,
            LEAD.JOB_TITLE,
            LEAD.CHANNEL_ID,
            LEAD.CAMPAIGN,
            LEAD.CREATED_AT,
            LEAD.CREATED_ZONE_KNOWN,
            LEAD.PHONE_E164,
            LEAD.COMPANY_SIZE,
            LEAD.BUDGET,
            LEAD.WEBSITE,
            LEAD.CITY,
            LEAD.COUNTRY,
            LEAD.OFFER,
            LEAD.LANDING_PAGE,
            LEAD.UTM_SOURCE,
            LEAD.UTM_MEDIUM,
            LEAD.UTM_CAMPAIGN,
            LEAD.UTM_TERM,
            LEAD.UTM_CONTENT,
            LEAD.CONSENT,
            LEAD.CONSENT_AT,
            LEAD.CONSENT_METHOD,
            LEAD.QUALIFICATION,
            LEAD.STATUS,
            LEAD_SCORE.SCORE,
            LEAD.DEAL_VALUE,
            LEAD.ADDED_AT,
            LEAD.MESSAGE,
            LEAD.OUTBOUND,
            LEAD.LOST_REASON,
            LEAD.WON_AT,
            LEAD.REVENUE,
            LEAD.STAGE_ID);

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
        Names names = names();
        long after = Long.MIN_VALUE;
        while (true) {
            List<Values> page = read(select().where(LEAD.ID.gt(after))
                    .and(created)
                    .orderBy(LEAD.ID)
                    .limit(PAGE_SIZE));
            if (page.isEmpty()) {
                return;
            }
            long first = page.getFirst().get(LEAD.ID);
            long last = page.getLast().get(LEAD.ID);
            Map<Long, String> tags = tags(LEAD_TAG.LEAD_ID.between(first, last));
            for (Values r : page) {
                sink.accept(toRow(r, names, tags));
            }
            if (page.size() < PAGE_SIZE) {
                return;
            }
            after = last;
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
        Names names = names();
        Map<Long, String> tags = tags(LEAD_TAG.LEAD_ID.in(ids));
        Map<Long, LeadExportRow> found = new HashMap<>();
        for (Values r : read(select().where(LEAD.ID.in(ids)))) {
            LeadExportRow row = toRow(r, names, tags);
            found.put(row.id(), row);
        }
        List<LeadExportRow> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            LeadExportRow row = found.get(id);
            if (row != null) {
                ordered.add(row);
            }
        }
        return ordered;
    }

    /** Channel and stage names by id: a few rows, read once per export instead of once per lead. */
    private record Names(Map<Long, String> channels, Map<Long, String> stages) {}

    private Names names() {
        return new Names(
                dsl.select(CHANNEL.ID, CHANNEL.NAME).from(CHANNEL).fetchMap(CHANNEL.ID, CHANNEL.NAME),
                dsl.select(STAGE.ID, STAGE.NAME).from(STAGE).fetchMap(STAGE.ID, STAGE.NAME));
    }

    private org.jooq.SelectJoinStep<Record> select() {
        return dsl.select(COLUMNS).from(LEAD).leftJoin(LEAD_SCORE).on(LEAD_SCORE.LEAD_ID.eq(LEAD.ID));
    }

    /** The tags of the leads the condition picks, joined by "; " in the order of their keys. */
    private Map<Long, String> tags(Condition leads) {
        Map<Long, String> tags = new HashMap<>();
        dsl.select(LEAD_TAG.LEAD_ID, TAG.NAME)
                .from(LEAD_TAG)
                .join(TAG)
                .on(TAG.ID.eq(LEAD_TAG.TAG_ID))
                .where(leads)
                .orderBy(LEAD_TAG.LEAD_ID, TAG.NAME_KEY)
                .forEach(r -> tags.merge(r.value1(), r.value2(), (a, b) -> a + TAG_SEPARATOR + b));
        return tags;
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

    /** Where each of {@link #COLUMNS} stands in a row of the result set (1-based, as JDBC counts). */
    private static final Map<Field<?>, Integer> POSITION = positions();

    private static Map<Field<?>, Integer> positions() {
        Map<Field<?>, Integer> positions = new java.util.IdentityHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            positions.put(COLUMNS.get(i), i);
        }
        return positions;
    }

    /** One row's values, read straight off the JDBC result set (a jOOQ record per row cost a third of the time). */
    private record Values(Object[] values) {
        @SuppressWarnings("unchecked")
        <T> T get(Field<T> field) {
            return (T) values[POSITION.get(field)];
        }
    }

    private static List<Values> read(org.jooq.ResultQuery<Record> query) {
        List<Values> rows = new ArrayList<>(PAGE_SIZE);
        try (java.sql.ResultSet rs = query.fetchResultSet()) {
            while (rs.next()) {
                Object[] values = new Object[COLUMNS.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = value(rs, i + 1, COLUMNS.get(i).getType());
                }
                rows.add(new Values(values));
            }
        } catch (java.sql.SQLException e) {
            throw new org.jooq.exception.DataAccessException("Reading the leads to export failed", e);
        }
        return rows;
    }

    private static Object value(java.sql.ResultSet rs, int column, Class<?> type) throws java.sql.SQLException {
        Object value;
        if (type == String.class) {
            value = rs.getString(column);
        } else if (type == Long.class) {
            value = rs.getLong(column);
        } else if (type == Integer.class) {
            value = rs.getInt(column);
        } else if (type == Boolean.class) {
            value = rs.getBoolean(column);
        } else if (type == java.math.BigDecimal.class) {
            value = rs.getBigDecimal(column);
        } else if (type == OffsetDateTime.class) {
            value = rs.getObject(column, OffsetDateTime.class);
        } else {
            throw new IllegalStateException("no reader for " + type);
        }
        return rs.wasNull() ? null : value;
    }

    private static LeadExportRow toRow(Values r, Names names, Map<Long, String> tags) {
        Long channelId = r.get(LEAD.CHANNEL_ID);
        Long stageId = r.get(LEAD.STAGE_ID);
        Integer score = r.get(LEAD_SCORE.SCORE);
        return new LeadExportRow(
                r.get(LEAD.ID),
                r.get(LEAD.FIRST_NAME),
                r.get(LEAD.LAST_NAME),
                r.get(LEAD.FULL_NAME),
                r.get(LEAD.EMAIL),
                r.get(LEAD.PHONE_RAW),
                r.get(LEAD.COMPANY),
                r.get(LEAD.JOB_TITLE),
                channelId == null ? null : names.channels().get(channelId),
                r.get(LEAD.CAMPAIGN),
                r.get(LEAD.CREATED_AT),
                Boolean.TRUE.equals(r.get(LEAD.CREATED_ZONE_KNOWN)),
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
                score == null ? 0 : score,
                r.get(LEAD.DEAL_VALUE),
                tags.get(r.get(LEAD.ID)),
                r.get(LEAD.ADDED_AT),
                r.get(LEAD.MESSAGE),
                Boolean.TRUE.equals(r.get(LEAD.OUTBOUND)),
                r.get(LEAD.LOST_REASON),
                r.get(LEAD.WON_AT),
                r.get(LEAD.REVENUE),
                stageId == null ? null : names.stages().get(stageId));
    }
}
