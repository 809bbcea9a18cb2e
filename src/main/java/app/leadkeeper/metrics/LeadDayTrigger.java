package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.h2.api.Trigger;

/**
 * The H2 trigger behind the daily roll-up: after a lead is inserted, updated or deleted, in the same transaction,
 * it appends the change of the lead's {@link LeadContribution} (the old one taken away, the new one added) to
 * {@code lead_day_delta}. Appending never waits on another transaction's lock, so a long import and an edit in the
 * window never block each other; {@link LeadDayRepository#fold} later adds the deltas into the roll-up. Every path
 * that writes leads (editor, import and its undo, rescore, demo data, raw SQL) is covered, with no code of its own.
 */
public final class LeadDayTrigger implements Trigger {
    static final String NAME = "LEAD_DAY_TRIGGER";
    private static final String INSERT = "INSERT INTO lead_day_delta"
            + " (created_on, channel_key, leads, mqls, sqls, customers, revenue, convert_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    private ZoneId zone;
    private int createdAt;
    private int channelId;
    private int qualification;
    private int status;
    private int wonAt;
    private int revenue;
    private int dealValue;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        Map<String, Integer> columns = new HashMap<>();
        try (ResultSet rs = conn.getMetaData().getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toUpperCase(Locale.ROOT), rs.getInt("ORDINAL_POSITION") - 1);
            }
        }
        createdAt = column(columns, "CREATED_AT");
        channelId = column(columns, "CHANNEL_ID");
        qualification = column(columns, "QUALIFICATION");
        status = column(columns, "STATUS");
        wonAt = column(columns, "WON_AT");
        revenue = column(columns, "REVENUE");
        dealValue = column(columns, "DEAL_VALUE");
        zone = LeadDayRepository.rollupZone(conn);
    }

    private static int column(Map<String, Integer> columns, String name) throws SQLException {
        Integer index = columns.get(name);
        if (index == null) {
            throw new SQLException("lead has no column " + name + " for the metrics roll-up");
        }
        return index;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        LeadContribution before = oldRow == null ? null : contribution(oldRow);
        LeadContribution after = newRow == null ? null : contribution(newRow);
        if (before != null && after != null && before.sameAs(after)) {
            return;
        }
        try (PreparedStatement insert = conn.prepareStatement(INSERT)) {
            if (before != null) {
                add(insert, before, -1);
            }
            if (after != null) {
                add(insert, after, 1);
            }
            insert.executeBatch();
        }
    }

    private LeadContribution contribution(Object[] row) {
        return LeadContribution.of(
                time(row[createdAt]),
                row[channelId] == null ? null : ((Number) row[channelId]).longValue(),
                (String) row[qualification],
                (String) row[status],
                time(row[wonAt]),
                (BigDecimal) row[revenue],
                (BigDecimal) row[dealValue],
                zone);
    }

    private static void add(PreparedStatement insert, LeadContribution c, int sign) throws SQLException {
        insert.setObject(1, c.day());
        insert.setLong(2, c.channelKey());
        insert.setInt(3, sign);
        insert.setInt(4, c.mql() ? sign : 0);
        insert.setInt(5, c.sql() ? sign : 0);
        insert.setInt(6, c.customer() ? sign : 0);
        insert.setBigDecimal(7, sign < 0 ? c.revenue().negate() : c.revenue());
        if (c.days() == null) {
            insert.setNull(8, Types.INTEGER);
        } else {
            insert.setInt(8, c.days());
        }
        insert.addBatch();
    }

    private static OffsetDateTime time(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime odt -> odt;
            case ZonedDateTime zdt -> zdt.toOffsetDateTime();
            case java.sql.Timestamp ts -> ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
            default -> throw new IllegalStateException("unexpected timestamp " + value.getClass());
        };
    }

    @Override
    public void close() {}

    @Override
    public void remove() {}
}
