package app.leadkeeper.metrics;

import static app.leadkeeper.db.Tables.LEAD_DAY;
import static app.leadkeeper.db.Tables.LEAD_DAY_CONVERSION;
import static app.leadkeeper.db.Tables.SPEND;
import static app.leadkeeper.db.Tables.TRAFFIC;
import static org.jooq.impl.DSL.month;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.year;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The sums behind the metrics, per channel key (0: no channel), read from the daily roll-up, the spend ledger and
 * the traffic figures. A month's spend (or a traffic period) partly inside the period counts in proportion to its
 * days inside; amounts are rounded to cents once, at the end.
 */
final class MetricsQuery {

    /** Leads, MQLs, SQLs, customers and revenue of the leads created in the period. */
    record LeadSums(long leads, long mqls, long sqls, long customers, BigDecimal revenue) {}

    /** Visits, clicks and impressions of the period. */
    record TrafficSums(double visits, double clicks, double impressions) {}

    Map<Long, LeadSums> leads(DSLContext dsl, ReportPeriod period) {
        Map<Long, LeadSums> out = new HashMap<>();
        for (Record r : dsl.select(
                        LEAD_DAY.CHANNEL_KEY,
                        sum(LEAD_DAY.LEADS),
                        sum(LEAD_DAY.MQLS),
                        sum(LEAD_DAY.SQLS),
                        sum(LEAD_DAY.CUSTOMERS),
                        sum(LEAD_DAY.REVENUE))
                .from(LEAD_DAY)
                .where(LEAD_DAY.CREATED_ON.between(period.from(), period.to()))
                .groupBy(LEAD_DAY.CHANNEL_KEY)
                .fetch()) {
            out.put(
                    r.get(0, Long.class),
                    new LeadSums(
                            r.get(1, Long.class),
                            r.get(2, Long.class),
                            r.get(3, Long.class),
                            r.get(4, Long.class),
                            r.get(5, BigDecimal.class)));
        }
        return out;
    }

    /** Customers per whole days to convert, per channel key, in ascending days. */
    Map<Long, TreeMap<Integer, Long>> conversionDays(DSLContext dsl, ReportPeriod period) {
        Map<Long, TreeMap<Integer, Long>> out = new HashMap<>();
        for (Record r : dsl.select(
                        LEAD_DAY_CONVERSION.CHANNEL_KEY, LEAD_DAY_CONVERSION.DAYS, sum(LEAD_DAY_CONVERSION.CUSTOMERS))
                .from(LEAD_DAY_CONVERSION)
                .where(LEAD_DAY_CONVERSION.CREATED_ON.between(period.from(), period.to()))
                .groupBy(LEAD_DAY_CONVERSION.CHANNEL_KEY, LEAD_DAY_CONVERSION.DAYS)
                .fetch()) {
            out.computeIfAbsent(r.get(0, Long.class), k -> new TreeMap<>())
                    .merge(r.get(1, Integer.class), r.get(2, Long.class), Long::sum);
        }
        return out;
    }

    /** Spend per channel id, cents rounded. */
    Map<Long, BigDecimal> spend(DSLContext dsl, ReportPeriod period) {
        Map<Long, BigDecimal> out = new HashMap<>();
        for (Record r : dsl.select(SPEND.CHANNEL_ID, sum(SPEND.AMOUNT))
                .from(SPEND)
                .where(SPEND.SPEND_DATE.between(period.from(), period.to()))
                .and(SPEND.WHOLE_MONTH.isFalse())
                .groupBy(SPEND.CHANNEL_ID)
                .fetch()) {
            out.merge(r.get(0, Long.class), r.get(1, BigDecimal.class), BigDecimal::add);
        }
        LocalDate firstMonth = period.from().withDayOfMonth(1);
        for (Record r : dsl.select(SPEND.CHANNEL_ID, SPEND.SPEND_DATE, sum(SPEND.AMOUNT))
                .from(SPEND)
                .where(SPEND.SPEND_DATE.between(firstMonth, period.to()))
                .and(SPEND.WHOLE_MONTH.isTrue())
                .groupBy(SPEND.CHANNEL_ID, SPEND.SPEND_DATE)
                .fetch()) {
            YearMonth month = YearMonth.from(r.get(1, LocalDate.class));
            long inside = daysInside(month.atDay(1), month.atEndOfMonth(), period);
            if (inside > 0) {
                BigDecimal amount = r.get(2, BigDecimal.class);
                out.merge(
                        r.get(0, Long.class),
                        amount.multiply(BigDecimal.valueOf(inside))
                                .divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, java.math.RoundingMode.HALF_UP),
                        BigDecimal::add);
            }
        }
        out.replaceAll((k, v) -> v.setScale(2, java.math.RoundingMode.HALF_UP));
        return out;
    }

    /** Traffic per channel id; a period partly inside counts in proportion. */
    Map<Long, TrafficSums> traffic(DSLContext dsl, ReportPeriod period) {
        Map<Long, double[]> sums = new HashMap<>();
        for (Record r : dsl.select(
                        TRAFFIC.CHANNEL_ID,
                        TRAFFIC.PERIOD_START,
                        TRAFFIC.PERIOD_END,
                        sum(TRAFFIC.VISITS),
                        sum(TRAFFIC.CLICKS),
                        sum(TRAFFIC.IMPRESSIONS))
                .from(TRAFFIC)
                .where(TRAFFIC.PERIOD_START.le(period.to()))
                .and(TRAFFIC.PERIOD_END.ge(period.from()))
                .groupBy(TRAFFIC.CHANNEL_ID, TRAFFIC.PERIOD_START, TRAFFIC.PERIOD_END)
                .fetch()) {
            LocalDate start = r.get(1, LocalDate.class);
            LocalDate end = r.get(2, LocalDate.class);
            double share = (double) daysInside(start, end, period) / (ChronoUnit.DAYS.between(start, end) + 1);
            double[] s = sums.computeIfAbsent(r.get(0, Long.class), k -> new double[3]);
            for (int i = 0; i < 3; i++) {
                BigDecimal value = r.get(3 + i, BigDecimal.class);
                s[i] += value == null ? 0 : value.doubleValue() * share;
            }
        }
        Map<Long, TrafficSums> out = new HashMap<>();
        sums.forEach((k, s) -> out.put(k, new TrafficSums(s[0], s[1], s[2])));
        return out;
    }

    /** Leads per month and channel key over the period's whole days. */
    Map<Long, Map<YearMonth, Long>> leadsByMonth(DSLContext dsl, ReportPeriod period) {
        Map<Long, Map<YearMonth, Long>> out = new HashMap<>();
        for (Record r : dsl.select(
                        year(LEAD_DAY.CREATED_ON),
                        month(LEAD_DAY.CREATED_ON),
                        LEAD_DAY.CHANNEL_KEY,
                        sum(LEAD_DAY.LEADS))
                .from(LEAD_DAY)
                .where(LEAD_DAY.CREATED_ON.between(period.from(), period.to()))
                .groupBy(year(LEAD_DAY.CREATED_ON), month(LEAD_DAY.CREATED_ON), LEAD_DAY.CHANNEL_KEY)
                .fetch()) {
            out.computeIfAbsent(r.get(2, Long.class), k -> new HashMap<>())
                    .put(YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class)), r.get(3, Long.class));
        }
        return out;
    }

    /** The days of [start, end] inside the period. */
    static long daysInside(LocalDate start, LocalDate end, ReportPeriod period) {
        LocalDate from = start.isBefore(period.from()) ? period.from() : start;
        LocalDate to = end.isAfter(period.to()) ? period.to() : end;
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }
}
