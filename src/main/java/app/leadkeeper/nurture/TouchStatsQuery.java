package app.leadkeeper.nurture;

import static app.leadkeeper.db.Tables.LEAD;
import static app.leadkeeper.db.Tables.TOUCH;

import java.time.OffsetDateTime;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The median number of touches per lead of a status, set-based: one grouped count of touches per lead, folded into a
 * histogram (touch count → leads), plus the leads without any touch. A million leads never come to Java one by one.
 */
public final class TouchStatsQuery {

    /** Median touches of the leads with this status created in [from, to) (either end may be open); null: none. */
    public Double median(DSLContext dsl, String status, OffsetDateTime from, OffsetDateTime to) {
        Condition leads = LEAD.STATUS.eq(status);
        if (from != null) {
            leads = leads.and(LEAD.CREATED_AT.ge(from));
        }
        if (to != null) {
            leads = leads.and(LEAD.CREATED_AT.lt(to));
        }
        long total = dsl.fetchCount(LEAD, leads);
        if (total == 0) {
            return null;
        }
        Field<Integer> perLead = DSL.count().as("touches");
        var counts = dsl.select(TOUCH.LEAD_ID, perLead)
                .from(TOUCH)
                .join(LEAD)
                .on(LEAD.ID.eq(TOUCH.LEAD_ID))
                .where(leads)
                .groupBy(TOUCH.LEAD_ID)
                .asTable("per_lead");
        Field<Integer> touches = counts.field(perLead);
        TreeMap<Integer, Long> histogram = new TreeMap<>();
        dsl.select(touches, DSL.count())
                .from(counts)
                .groupBy(touches)
                .forEach(r -> histogram.put(r.value1(), r.value2().longValue()));
        long withTouches =
                histogram.values().stream().mapToLong(Long::longValue).sum();
        if (total > withTouches) {
            histogram.merge(0, total - withTouches, Long::sum);
        }
        return medianOf(histogram, total);
    }

    /** The median of a histogram of {@code total} values: the middle one, or the mean of the two middle ones. */
    static double medianOf(TreeMap<Integer, Long> histogram, long total) {
        long lowerIndex = (total - 1) / 2;
        long upperIndex = total / 2;
        Integer lower = null;
        Integer upper = null;
        long seen = 0;
        for (var entry : histogram.entrySet()) {
            long next = seen + entry.getValue();
            if (lower == null && lowerIndex < next) {
                lower = entry.getKey();
            }
            if (upperIndex < next) {
                upper = entry.getKey();
                break;
            }
            seen = next;
        }
        if (lower == null || upper == null) {
            throw new IllegalArgumentException("the histogram holds fewer than " + total + " values");
        }
        return (lower + upper) / 2.0;
    }
}
