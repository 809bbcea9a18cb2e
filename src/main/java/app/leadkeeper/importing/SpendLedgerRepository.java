package app.leadkeeper.importing;

import static app.leadkeeper.db.Tables.SPEND;
import static app.leadkeeper.db.Tables.TRAFFIC;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The spend and traffic rows a spend import writes and its undo removes. Methods take the caller's transaction.
 * (Typed-in spend belongs to the channels feature; an import only adds rows tagged with its batch.)
 */
final class SpendLedgerRepository {

    /** The entries already in the ledger for this channel between these days, as {@link #key} strings. */
    Set<String> spendKeys(DSLContext dsl, long channelId, LocalDate from, LocalDate to) {
        Set<String> keys = new HashSet<>();
        dsl.select(SPEND.SPEND_DATE, SPEND.WHOLE_MONTH, SPEND.CAMPAIGN, SPEND.AMOUNT)
                .from(SPEND)
                .where(SPEND.CHANNEL_ID.eq(channelId))
                .and(SPEND.SPEND_DATE.between(from.withDayOfMonth(1), to))
                .forEach(r -> keys.add(key(r.value1(), r.value2(), r.value3(), r.value4())));
        return keys;
    }

    /** What makes two ledger entries of one channel the same: day or month, campaign and amount. */
    static String key(LocalDate date, boolean wholeMonth, String campaign, BigDecimal amount) {
        return date
                + (wholeMonth ? "M" : "D")
                + '\u0000'
                + (campaign == null ? "" : campaign)
                + '\u0000'
                + amount.setScale(2).toPlainString();
    }

    static String key(SpendEntry entry) {
        return key(entry.date(), entry.wholeMonth(), entry.campaign(), entry.amount());
    }

    void insertSpend(DSLContext dsl, long channelId, long batchId, List<SpendEntry> entries, OffsetDateTime now) {
        String sql = dsl.render(dsl.insertInto(
                        SPEND,
                        SPEND.SPEND_DATE,
                        SPEND.WHOLE_MONTH,
                        SPEND.CHANNEL_ID,
                        SPEND.CAMPAIGN,
                        SPEND.AMOUNT,
                        SPEND.IMPORT_BATCH_ID,
                        SPEND.CREATED_AT)
                .values(
                        DSL.val(null, SPEND.SPEND_DATE),
                        DSL.val(null, SPEND.WHOLE_MONTH),
                        DSL.val(null, SPEND.CHANNEL_ID),
                        DSL.val(null, SPEND.CAMPAIGN),
                        DSL.val(null, SPEND.AMOUNT),
                        DSL.val(null, SPEND.IMPORT_BATCH_ID),
                        DSL.val(null, SPEND.CREATED_AT)));
        jdbcBatch(dsl, sql, entries, (statement, entry) -> {
            statement.setObject(1, entry.date());
            statement.setBoolean(2, entry.wholeMonth());
            statement.setLong(3, channelId);
            statement.setString(4, entry.campaign());
            statement.setBigDecimal(5, entry.amount());
            statement.setLong(6, batchId);
            statement.setObject(7, now);
        });
    }

    /** Rows per JDBC batch, as for leads (LeadBatchInsert): a round trip per row costs more than the row. */
    private static final int ROWS_PER_BATCH = 1_000;

    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    /** One prepared statement rendered by jOOQ, executed as JDBC batches in the caller's transaction. */
    private static <T> void jdbcBatch(DSLContext dsl, String sql, List<T> rows, Binder<T> binder) {
        if (rows.isEmpty()) {
            return;
        }
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int pending = 0;
                for (T row : rows) {
                    binder.bind(statement, row);
                    statement.addBatch();
                    if (++pending == ROWS_PER_BATCH) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    /** Traffic rows without a landing page already kept for this channel, as {@link #trafficKey} strings. */
    Set<String> trafficKeys(DSLContext dsl, long channelId, LocalDate from, LocalDate to) {
        Set<String> keys = new HashSet<>();
        dsl.select(TRAFFIC.PERIOD_START, TRAFFIC.PERIOD_END, TRAFFIC.IMPRESSIONS, TRAFFIC.CLICKS)
                .from(TRAFFIC)
                .where(TRAFFIC.CHANNEL_ID.eq(channelId))
                .and(TRAFFIC.LANDING_PAGE.isNull())
                .and(TRAFFIC.PERIOD_START.between(from, to))
                .forEach(r -> keys.add(trafficKey(r.value1(), r.value2(), r.value3(), r.value4())));
        return keys;
    }

    static String trafficKey(LocalDate start, LocalDate end, Long impressions, Long clicks) {
        return start + "/" + end + "/" + impressions + "/" + clicks;
    }

    void insertTraffic(DSLContext dsl, long channelId, long batchId, List<SpendRow> rows, OffsetDateTime now) {
        if (rows.isEmpty()) {
            return;
        }
        var batch = dsl.batch(dsl.insertInto(
                        TRAFFIC,
                        TRAFFIC.PERIOD_START,
                        TRAFFIC.PERIOD_END,
                        TRAFFIC.CHANNEL_ID,
                        TRAFFIC.IMPRESSIONS,
                        TRAFFIC.CLICKS,
                        TRAFFIC.IMPORT_BATCH_ID,
                        TRAFFIC.CREATED_AT)
                .values((LocalDate) null, null, null, null, null, null, null));
        for (SpendRow row : rows) {
            batch.bind(row.start(), row.end(), channelId, row.impressions(), row.clicks(), batchId, now);
        }
        batch.execute();
    }

    /** Removes what a spend import wrote: the number of spend and of traffic rows removed. */
    int[] deleteBatch(DSLContext dsl, long batchId) {
        int spend =
                dsl.deleteFrom(SPEND).where(SPEND.IMPORT_BATCH_ID.eq(batchId)).execute();
        int traffic = dsl.deleteFrom(TRAFFIC)
                .where(TRAFFIC.IMPORT_BATCH_ID.eq(batchId))
                .execute();
        return new int[] {spend, traffic};
    }
}
