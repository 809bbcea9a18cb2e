package app.leadkeeper.spend;

import static app.leadkeeper.db.Tables.CHANNEL;
import static app.leadkeeper.db.Tables.TRAFFIC;

import app.leadkeeper.core.TextKeys;
import app.leadkeeper.metrics.ReportPeriod;
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

/** Reads and writes the traffic figures. */
public final class TrafficRepository {

    public long insert(DSLContext dsl, TrafficDraft draft, OffsetDateTime now) {
        return dsl.insertInto(TRAFFIC)
                .set(values(draft))
                .set(TRAFFIC.CREATED_AT, now)
                .returningResult(TRAFFIC.ID)
                .fetchOne(TRAFFIC.ID);
    }

    public int update(DSLContext dsl, long id, TrafficDraft draft) {
        return dsl.update(TRAFFIC).set(values(draft)).where(TRAFFIC.ID.eq(id)).execute();
    }

    /** The columns a draft gives, the same for an insert and an update. */
    private static Map<Field<?>, Object> values(TrafficDraft draft) {
        Map<Field<?>, Object> values = new LinkedHashMap<>();
        values.put(TRAFFIC.PERIOD_START, draft.start());
        values.put(TRAFFIC.PERIOD_END, draft.end());
        values.put(TRAFFIC.CHANNEL_ID, draft.channelId());
        values.put(TRAFFIC.LANDING_PAGE, TextKeys.clean(draft.landingPage()));
        values.put(TRAFFIC.VISITS, draft.visits());
        values.put(TRAFFIC.CLICKS, draft.clicks());
        values.put(TRAFFIC.IMPRESSIONS, draft.impressions());
        return values;
    }

    public int delete(DSLContext dsl, long id) {
        return dsl.deleteFrom(TRAFFIC).where(TRAFFIC.ID.eq(id)).execute();
    }

    public boolean channelExists(DSLContext dsl, long channelId) {
        return dsl.fetchExists(CHANNEL, CHANNEL.ID.eq(channelId));
    }

    public Optional<TrafficEntry> find(DSLContext dsl, long id) {
        return select(dsl).where(TRAFFIC.ID.eq(id)).fetchOptional(TrafficRepository::toEntry);
    }

    /** The rows whose period overlaps the given one (all when null), of one channel (all when null), newest first. */
    public List<TrafficEntry> list(DSLContext dsl, ReportPeriod period, Long channelId) {
        Condition condition = period == null
                ? DSL.trueCondition()
                : TRAFFIC.PERIOD_START.le(period.to()).and(TRAFFIC.PERIOD_END.ge(period.from()));
        if (channelId != null) {
            condition = condition.and(TRAFFIC.CHANNEL_ID.eq(channelId));
        }
        return select(dsl)
                .where(condition)
                .orderBy(TRAFFIC.PERIOD_START.desc(), TRAFFIC.ID.desc())
                .fetch(TrafficRepository::toEntry);
    }

    private static org.jooq.SelectOnConditionStep<Record> select(DSLContext dsl) {
        return dsl.select(TRAFFIC.asterisk(), CHANNEL.NAME)
                .from(TRAFFIC)
                .join(CHANNEL)
                .on(CHANNEL.ID.eq(TRAFFIC.CHANNEL_ID));
    }

    private static TrafficEntry toEntry(Record r) {
        return new TrafficEntry(
                r.get(TRAFFIC.ID),
                r.get(TRAFFIC.PERIOD_START),
                r.get(TRAFFIC.PERIOD_END),
                r.get(TRAFFIC.CHANNEL_ID),
                r.get(CHANNEL.NAME),
                r.get(TRAFFIC.LANDING_PAGE),
                r.get(TRAFFIC.VISITS),
                r.get(TRAFFIC.CLICKS),
                r.get(TRAFFIC.IMPRESSIONS),
                r.get(TRAFFIC.IMPORT_BATCH_ID));
    }
}
