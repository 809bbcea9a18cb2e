package app.leadkeeper.exporting;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.LEAD_SCORE;
import static app.leadkeeper.db.Tables.LEAD_TAG;
import static app.leadkeeper.db.Tables.STAGE;
import static app.leadkeeper.db.Tables.TAG;

import app.leadkeeper.leads.VisibleLeadsQuery;
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

    /**
     * The lead's own columns the exports write (not the search and sort keys), in the order of {@link LeadExportRow}'s
     * components (channel and stage by id, the tags read apart).
     */
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
        Condition created = created(from, before).and(VisibleLeadsQuery.condition(dsl));
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
            long first = page.getFirst().id();
            long last = page.getLast().id();
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
        return VisibleLeadsQuery.count(dsl, created(from, before));
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

    /**
     * One row's values in the order of {@link #COLUMNS}, read straight off the JDBC result set (a jOOQ record per
     * row cost a third of the time).
     */
    private record Values(Object[] values) {
        long id() {
            return (Long) values[0];
        }
    }

    /** Hands out a row's values in turn: {@link #COLUMNS} are in the order of {@link LeadExportRow}'s components. */
    private static final class Cursor {
        private final Object[] values;
        private int next;

        Cursor(Values row) {
            this.values = row.values();
        }

        @SuppressWarnings("unchecked")
        <T> T next() {
            return (T) values[next++];
        }
    }

    /**
     * Runs the query on the plain JDBC statement: jOOQ's result-set wrapper and {@code wasNull} (a closed-check per
     * call) cost a fifth of the reading. Nullable numbers come as objects, so no {@code wasNull} is needed.
     */
    private List<Values> read(org.jooq.ResultQuery<Record> query) {
        String sql = query.getSQL(org.jooq.conf.ParamType.INDEXED);
        List<Object> binds = query.getBindValues();
        return dsl.connectionResult(connection -> {
            List<Values> rows = new ArrayList<>(PAGE_SIZE);
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                try (java.sql.ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        Object[] values = new Object[READERS.length];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = READERS[i].read(rs, i + 1);
                        }
                        rows.add(new Values(values));
                    }
                }
            }
            return rows;
        });
    }

    @FunctionalInterface
    private interface Reader {
        Object read(java.sql.ResultSet rs, int column) throws java.sql.SQLException;
    }

    /** How each of {@link #COLUMNS} is read: the JDBC getter that gives null for SQL NULL. */
    private static final Reader[] READERS =
            COLUMNS.stream().map(f -> reader(f.getType())).toArray(Reader[]::new);

    private static Reader reader(Class<?> type) {
        if (type == String.class) {
            return java.sql.ResultSet::getString;
        } else if (type == Long.class) {
            return (rs, c) -> rs.getObject(c, Long.class);
        } else if (type == Integer.class) {
            return (rs, c) -> rs.getObject(c, Integer.class);
        } else if (type == Boolean.class) {
            return (rs, c) -> rs.getObject(c, Boolean.class);
        } else if (type == java.math.BigDecimal.class) {
            return java.sql.ResultSet::getBigDecimal;
        } else if (type == OffsetDateTime.class) {
            return (rs, c) -> rs.getObject(c, OffsetDateTime.class);
        }
        throw new IllegalStateException("no reader for " + type);
    }

    private static LeadExportRow toRow(Values r, Names names, Map<Long, String> tags) {
        Cursor c = new Cursor(r);
        // Arguments are evaluated left to right, one column each, in the order of COLUMNS.
        return new LeadExportRow(
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                name(names.channels(), c.next()),
                c.next(),
                c.next(),
                Boolean.TRUE.equals(c.next()),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                c.next(),
                score(c.next()),
                c.next(),
                tags.get(r.id()),
                c.next(),
                c.next(),
                Boolean.TRUE.equals(c.next()),
                c.next(),
                c.next(),
                c.next(),
                name(names.stages(), c.next()));
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? null : names.get(id);
    }

    private static int score(Integer score) {
        return score == null ? 0 : score;
    }
}
