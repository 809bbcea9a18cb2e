package app.leadkeeper.spend;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.SPEND;
import static org.jooq.impl.DSL.sum;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.metrics.ReportPeriod;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Reads and writes the spend ledger. */
public final class SpendRepository {

    public long insert(DSLContext dsl, SpendDraft draft, OffsetDateTime now) {
        return dsl.insertInto(SPEND)
                .set(values(draft))
                .set(SPEND.CREATED_AT, now)
                .returningResult(SPEND.ID)
                .fetchOne(SPEND.ID);
    }

    public int update(DSLContext dsl, long id, SpendDraft draft) {
        return dsl.update(SPEND).set(values(draft)).where(SPEND.ID.eq(id)).execute();
    }

    /** The columns a draft gives, the same for an insert and an update. */
    private static Map<Field<?>, Object> values(SpendDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(SPEND.SPEND_DATE, draft.storedDate());
        values.put(SPEND.WHOLE_MONTH, draft.wholeMonth());
        values.put(SPEND.CHANNEL_ID, draft.channelId());
        values.put(SPEND.CAMPAIGN, TextKeys.clean(draft.campaign()));
        values.put(SPEND.AMOUNT, draft.amount());
        values.put(SPEND.NOTE, TextKeys.clean(draft.note()));
        return values;
    }

    public int delete(DSLContext dsl, long id) {
        return dsl.deleteFrom(SPEND).where(SPEND.ID.eq(id)).execute();
    }

    public boolean channelExists(DSLContext dsl, long channelId) {
        return dsl.fetchExists(CHANNEL, CHANNEL.ID.eq(channelId));
    }

    public Optional<SpendEntry> find(DSLContext dsl, long id) {
        return select(dsl).where(SPEND.ID.eq(id)).fetchOptional(SpendRepository::toEntry);
    }

    /** The entries touching the period (all when null), of one channel (all when null), newest first. */
    public List<SpendEntry> list(DSLContext dsl, ReportPeriod period, Long channelId, int limit) {
        return select(dsl)
                .where(filter(period, channelId))
                .orderBy(SPEND.SPEND_DATE.desc(), SPEND.ID.desc())
                .limit(limit)
                .fetch(SpendRepository::toEntry);
    }

    public long count(DSLContext dsl, ReportPeriod period, Long channelId) {
        return dsl.fetchCount(SPEND, filter(period, channelId));
    }

    public BigDecimal total(DSLContext dsl, ReportPeriod period, Long channelId) {
        BigDecimal total = dsl.select(sum(SPEND.AMOUNT))
                .from(SPEND)
                .where(filter(period, channelId))
                .fetchOne(0, BigDecimal.class);
        return total == null ? BigDecimal.ZERO.setScale(2) : total;
    }

    /** A day's entry inside the period, or a month's entry whose month overlaps it. */
    private static Condition filter(ReportPeriod period, Long channelId) {
        Condition condition = DSL.trueCondition();
        if (period != null) {
            condition = SPEND.WHOLE_MONTH
                    .isFalse()
                    .and(SPEND.SPEND_DATE.between(period.from(), period.to()))
                    .or(SPEND.WHOLE_MONTH
                            .isTrue()
                            .and(SPEND.SPEND_DATE.between(period.from().withDayOfMonth(1), period.to())));
        }
        return channelId == null ? condition : condition.and(SPEND.CHANNEL_ID.eq(channelId));
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(SPEND.asterisk(), CHANNEL.NAME)
                .from(SPEND)
                .join(CHANNEL)
                .on(CHANNEL.ID.eq(SPEND.CHANNEL_ID));
    }

    private static SpendEntry toEntry(Record r) {
        return new SpendEntry(
                r.get(SPEND.ID),
                r.get(SPEND.SPEND_DATE),
                r.get(SPEND.WHOLE_MONTH),
                r.get(SPEND.CHANNEL_ID),
                r.get(CHANNEL.NAME),
                r.get(SPEND.CAMPAIGN),
                r.get(SPEND.AMOUNT),
                r.get(SPEND.NOTE),
                r.get(SPEND.IMPORT_BATCH_ID));
    }
}
