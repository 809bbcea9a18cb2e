package app.leadkeeper.funnel;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.STAGE_CHANGE;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/** The set-based SQL behind the funnel: a few grouped queries, whatever the number of leads. */
public final class FunnelQuery {
    /** Leads of the period grouped by where they stand now and the furthest open stage they stood in. */
    public record Group(long stageId, Long furthestStageId, long leads, BigDecimal value) {}

    public List<Group> groups(DSLContext dsl, FunnelPeriod period) {
        return dsl.select(LEAD.STAGE_ID, LEAD.FURTHEST_STAGE_ID, DSL.count(), DSL.sum(LEAD.DEAL_VALUE))
                .from(LEAD)
                .where(condition(period))
                .groupBy(LEAD.STAGE_ID, LEAD.FURTHEST_STAGE_ID)
                .fetch(r -> new Group(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * The median time in each stage, in seconds, over every stay of the period's leads: a stay ends with the change
     * that left the stage; the current stay counts up to {@code now}. A lead's first stay starts at its created time.
     */
    public Map<Long, Double> medianSecondsInStage(DSLContext dsl, FunnelPeriod period, OffsetDateTime now) {
        Condition condition = condition(period);
        var pastStays = DSL.select(
                        STAGE_CHANGE.FROM_STAGE_ID.as("stage"),
                        seconds(STAGE_CHANGE.ENTERED_AT, STAGE_CHANGE.CHANGED_AT)
                                .as("secs"))
                .from(STAGE_CHANGE);
        var past = period.equals(FunnelPeriod.ALL)
                ? pastStays
                : pastStays.join(LEAD).on(LEAD.ID.eq(STAGE_CHANGE.LEAD_ID)).where(condition);
        var current = DSL.select(
                        LEAD.STAGE_ID.as("stage"),
                        seconds(LEAD.STAGE_SINCE, DSL.val(now)).as("secs"))
                .from(LEAD)
                .where(condition);
        var stays = current.unionAll(past).asTable("stays");
        Field<Long> stage = stays.field("stage", Long.class);
        Field<Long> secs = stays.field("secs", Long.class);
        Map<Long, Double> medians = new HashMap<>();
        dsl.select(stage, DSL.median(secs))
                .from(stays)
                .groupBy(stage)
                .fetch()
                .forEach(r -> medians.put(
                        r.value1(), r.value2() == null ? null : r.value2().doubleValue()));
        return medians;
    }

    /** Lost leads of the period by their reason, most frequent first ("" where none was given). */
    public Map<String, Long> lostReasons(DSLContext dsl, FunnelPeriod period, java.util.Collection<Long> lostStages) {
        Field<String> reason = DSL.coalesce(LEAD.LOST_REASON, DSL.val(""));
        Map<String, Long> counts = new LinkedHashMap<>();
        dsl.select(reason, DSL.count())
                .from(LEAD)
                .where(LEAD.STAGE_ID.in(lostStages).and(condition(period)))
                .groupBy(reason)
                .orderBy(DSL.count().desc(), reason)
                .fetch()
                .forEach(r -> counts.put(r.value1(), r.value2().longValue()));
        return counts;
    }

    private static Field<Long> seconds(Field<OffsetDateTime> from, Field<OffsetDateTime> to) {
        return DSL.field("DATEDIFF('SECOND', {0}, {1})", Long.class, from, to);
    }

    private static Condition condition(FunnelPeriod period) {
        Condition condition = DSL.noCondition();
        if (period.from() != null) {
            condition = condition.and(LEAD.CREATED_AT.ge(period.from()));
        }
        if (period.before() != null) {
            condition = condition.and(LEAD.CREATED_AT.lt(period.before()));
        }
        if (period.channelId() != null) {
            condition = condition.and(LEAD.CHANNEL_ID.eq(period.channelId()));
        }
        return condition;
    }
}
