package app.leadkeeper.metrics;

import app.leadkeeper.core.Log;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The daily roll-up of leads per channel ({@code lead_day}, {@code lead_day_conversion}) and its upkeep: the
 * trigger that logs each lead's change of contribution, the fold that adds the log into the roll-up, and the full
 * rebuild from the lead table when the zone or the schema changed. Plain JDBC: the trigger and the fold are
 * row-at-a-time bookkeeping, and the rebuild needs the session in the roll-up's time zone.
 */
public final class LeadDayRepository {
    /** The app setting naming the zone (and schema version) the roll-up was built for. */
    static final String SETTING = "metrics.rollup";

    /**
     * Makes the roll-up current for this zone and schema version and (re)creates the trigger. A full rebuild reads
     * every lead once: on first start after an upgrade, or when the computer's time zone changed.
     *
     * @return true when it rebuilt
     */
    public boolean install(DSLContext dsl, ZoneId zone, String schemaVersion) {
        String wanted = zone.getId() + "|" + schemaVersion;
        return dsl.connectionResult(conn -> {
            boolean rebuild = !wanted.equals(setting(conn));
            if (!rebuild && triggerExists(conn)) {
                // The usual start: nothing to rebuild and the trigger in place (two DDL writes saved).
                return false;
            }
            try (Statement s = conn.createStatement()) {
                s.execute("DROP TRIGGER IF EXISTS " + LeadDayTrigger.NAME);
            }
            if (rebuild) {
                long started = System.nanoTime();
                rebuild(conn, zone);
                putSetting(conn, wanted);
                Log.info("Metrics roll-up rebuilt for " + wanted + " in " + (System.nanoTime() - started) / 1_000_000
                        + " ms");
            }
            try (Statement s = conn.createStatement()) {
                s.execute("CREATE TRIGGER " + LeadDayTrigger.NAME
                        + " AFTER INSERT, UPDATE, DELETE ON lead FOR EACH ROW CALL '"
                        + LeadDayTrigger.class.getName() + "'");
            }
            return rebuild;
        });
    }

    private static boolean triggerExists(Connection conn) throws SQLException {
        try (PreparedStatement s =
                conn.prepareStatement("SELECT COUNT(*) FROM information_schema.triggers WHERE trigger_name = ?")) {
            s.setString(1, LeadDayTrigger.NAME);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    /** The zone the roll-up is kept in; the trigger asks on start. */
    static ZoneId rollupZone(Connection conn) throws SQLException {
        String value = setting(conn);
        if (value == null) {
            return ZoneId.systemDefault();
        }
        int bar = value.indexOf('|');
        return ZoneId.of(bar < 0 ? value : value.substring(0, bar));
    }

    private static String setting(Connection conn) throws SQLException {
        try (PreparedStatement s =
                conn.prepareStatement("SELECT setting_value FROM app_setting WHERE setting_name = ?")) {
            s.setString(1, SETTING);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void putSetting(Connection conn, String value) throws SQLException {
        try (PreparedStatement s = conn.prepareStatement(
                "MERGE INTO app_setting (setting_name, setting_value) KEY (setting_name) VALUES (?, ?)")) {
            s.setString(1, SETTING);
            s.setString(2, value);
            s.executeUpdate();
        }
    }

    /**
     * Recomputes the roll-up from the lead table, in one transaction. Same rules as {@link LeadContribution}. H2 casts
     * a timestamp with time zone to a date in the session's zone, so the session is put in the roll-up's zone for it.
     */
    static void rebuild(Connection conn, ZoneId zone) throws SQLException {
        String won = "status = 'WON'";
        boolean auto = conn.getAutoCommit();
        conn.setAutoCommit(false);
        try (Statement s = conn.createStatement()) {
            s.execute("SET TIME ZONE '" + zone.getId().replace("'", "") + "'");
            s.execute("DELETE FROM lead_day_delta");
            s.execute("DELETE FROM lead_day");
            s.execute("DELETE FROM lead_day_conversion");
            s.execute("INSERT INTO lead_day (created_on, channel_key, leads, mqls, sqls, customers, revenue)"
                    + " SELECT d, k, COUNT(*), SUM(m), SUM(q), SUM(w), SUM(r) FROM (SELECT CAST(created_at AS DATE) d,"
                    + " COALESCE(channel_id, 0) k,"
                    + " CASE WHEN " + won
                    + " OR qualification IN ('MQL', 'SQL', 'PQL', 'CUSTOMER') THEN 1 ELSE 0 END m,"
                    + " CASE WHEN " + won + " OR qualification IN ('SQL', 'CUSTOMER') THEN 1 ELSE 0 END q,"
                    + " CASE WHEN " + won + " THEN 1 ELSE 0 END w,"
                    + " CASE WHEN " + won + " THEN COALESCE(revenue, deal_value, 0) ELSE 0 END r"
                    + " FROM lead) GROUP BY d, k");
            s.execute("INSERT INTO lead_day_conversion (created_on, channel_key, days, customers)"
                    + " SELECT d, k, GREATEST(0, DATEDIFF('DAY', d, CAST(won_at AS DATE))) n, COUNT(*)"
                    + " FROM (SELECT CAST(created_at AS DATE) d, COALESCE(channel_id, 0) k, won_at FROM lead"
                    + " WHERE " + won + " AND won_at IS NOT NULL) GROUP BY d, k, n");
            conn.commit();
        } catch (SQLException | RuntimeException e) {
            conn.rollback();
            throw e;
        } finally {
            try (Statement s = conn.createStatement()) {
                s.execute("SET TIME ZONE LOCAL");
            }
            conn.setAutoCommit(auto);
        }
    }

    /**
     * Adds the committed deltas into the roll-up and removes them, in one transaction. Deltas of transactions still
     * running are invisible here and stay for the next fold; they are removed by exact id ranges, never touched.
     *
     * @return how many deltas were folded
     */
    public int fold(DSLContext dsl) {
        return dsl.connectionResult(conn -> {
            boolean auto = conn.getAutoCommit();
            conn.setAutoCommit(false);
            try {
                int folded = fold(conn);
                conn.commit();
                return folded;
            } catch (SQLException | RuntimeException e) {
                conn.rollback();
                throw e;
            } finally {
                conn.setAutoCommit(auto);
            }
        });
    }

    private record DayKey(LocalDate day, long channel) {}

    private record ConversionKey(LocalDate day, long channel, int days) {}

    private static final class Sums {
        long leads;
        long mqls;
        long sqls;
        long customers;
        BigDecimal revenue = BigDecimal.ZERO;
    }

    private static int fold(Connection conn) throws SQLException {
        Map<DayKey, Sums> days = new HashMap<>();
        Map<ConversionKey, long[]> conversions = new HashMap<>();
        List<long[]> ranges = new ArrayList<>();
        int count = 0;
        try (Statement s = conn.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT id, created_on, channel_key, leads, mqls, sqls, customers, revenue,"
                                + " convert_days FROM lead_day_delta ORDER BY id")) {
            long[] range = null;
            while (rs.next()) {
                count++;
                long id = rs.getLong(1);
                if (range != null && range[1] == id - 1) {
                    range[1] = id;
                } else {
                    range = new long[] {id, id};
                    ranges.add(range);
                }
                LocalDate day = rs.getObject(2, LocalDate.class);
                long channel = rs.getLong(3);
                Sums sums = days.computeIfAbsent(new DayKey(day, channel), k -> new Sums());
                int customers = rs.getInt(7);
                sums.leads += rs.getInt(4);
                sums.mqls += rs.getInt(5);
                sums.sqls += rs.getInt(6);
                sums.customers += customers;
                sums.revenue = sums.revenue.add(rs.getBigDecimal(8));
                int convertDays = rs.getInt(9);
                if (!rs.wasNull() && customers != 0) {
                    conversions.computeIfAbsent(new ConversionKey(day, channel, convertDays), k -> new long[1])[0] +=
                            customers;
                }
            }
        }
        if (count == 0) {
            return 0;
        }
        try (PreparedStatement merge = conn.prepareStatement("MERGE INTO lead_day t USING (SELECT CAST(? AS DATE) d,"
                + " CAST(? AS BIGINT) k, CAST(? AS BIGINT) l, CAST(? AS BIGINT) m, CAST(? AS BIGINT) q,"
                + " CAST(? AS BIGINT) w, CAST(? AS DECIMAL(19, 2)) r) s ON t.created_on = s.d AND t.channel_key = s.k"
                + " WHEN MATCHED THEN UPDATE SET leads = t.leads + s.l, mqls = t.mqls + s.m,"
                + " sqls = t.sqls + s.q, customers = t.customers + s.w, revenue = t.revenue + s.r"
                + " WHEN NOT MATCHED THEN INSERT (created_on, channel_key, leads, mqls, sqls, customers, revenue)"
                + " VALUES (s.d, s.k, s.l, s.m, s.q, s.w, s.r)")) {
            for (Map.Entry<DayKey, Sums> e : days.entrySet()) {
                Sums sums = e.getValue();
                merge.setObject(1, e.getKey().day());
                merge.setLong(2, e.getKey().channel());
                merge.setLong(3, sums.leads);
                merge.setLong(4, sums.mqls);
                merge.setLong(5, sums.sqls);
                merge.setLong(6, sums.customers);
                merge.setBigDecimal(7, sums.revenue);
                merge.addBatch();
            }
            merge.executeBatch();
        }
        try (PreparedStatement merge = conn.prepareStatement(
                "MERGE INTO lead_day_conversion t USING (SELECT"
                        + " CAST(? AS DATE) d, CAST(? AS BIGINT) k, CAST(? AS INTEGER) n, CAST(? AS BIGINT) w) s"
                        + " ON t.created_on = s.d AND t.channel_key = s.k AND t.days = s.n"
                        + " WHEN MATCHED THEN UPDATE SET customers = t.customers + s.w"
                        + " WHEN NOT MATCHED THEN INSERT (created_on, channel_key, days, customers) VALUES (s.d, s.k, s.n, s.w)")) {
            for (Map.Entry<ConversionKey, long[]> e : conversions.entrySet()) {
                merge.setObject(1, e.getKey().day());
                merge.setLong(2, e.getKey().channel());
                merge.setInt(3, e.getKey().days());
                merge.setLong(4, e.getValue()[0]);
                merge.addBatch();
            }
            merge.executeBatch();
        }
        try (Statement s = conn.createStatement()) {
            s.execute("DELETE FROM lead_day WHERE leads = 0");
            s.execute("DELETE FROM lead_day_conversion WHERE customers = 0");
        }
        try (PreparedStatement delete = conn.prepareStatement("DELETE FROM lead_day_delta WHERE id BETWEEN ? AND ?")) {
            for (long[] range : ranges) {
                delete.setLong(1, range[0]);
                delete.setLong(2, range[1]);
                delete.addBatch();
            }
            delete.executeBatch();
        }
        return count;
    }
}
