package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What one channel (or all of them) did in a period, and the metrics derived from it. Leads are those created in
 * the period; MQLs, SQLs and customers are the ones among them that got that far (a customer is a won lead); revenue
 * is what the won ones brought. Spend and traffic are those of the period. Every derived metric is null where it is
 * undefined (no leads, no spend, no clicks…), never NaN or infinity.
 *
 * @param spend the period's spend; zero when none was recorded
 * @param medianDaysToConvert median whole days from created to won of the customers; null without customers
 * @param leadsWithVisits the leads of the channels whose visits were recorded: what visit → lead divides (for one
 *     channel, its leads; for the totals, only those of channels with visits, so a channel without traffic figures
 *     does not inflate the rate)
 * @param spendWithClicks likewise the spend of the channels whose clicks were recorded, which cost per click divides
 */
public record ChannelFigures(
        long leads,
        long mqls,
        long sqls,
        long customers,
        BigDecimal revenue,
        BigDecimal spend,
        long visits,
        long clicks,
        long impressions,
        Double medianDaysToConvert,
        long leadsWithVisits,
        BigDecimal spendWithClicks) {

    public static final ChannelFigures NONE =
            new ChannelFigures(0, 0, 0, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0, 0, null);

    public ChannelFigures {
        revenue = revenue == null ? BigDecimal.ZERO : revenue;
        spend = spend == null ? BigDecimal.ZERO : spend;
        spendWithClicks = spendWithClicks == null ? BigDecimal.ZERO : spendWithClicks;
    }

    /** One channel's figures: its own leads and spend go with its own visits and clicks. */
    public ChannelFigures(
            long leads,
            long mqls,
            long sqls,
            long customers,
            BigDecimal revenue,
            BigDecimal spend,
            long visits,
            long clicks,
            long impressions,
            Double medianDaysToConvert) {
        this(
                leads,
                mqls,
                sqls,
                customers,
                revenue,
                spend,
                visits,
                clicks,
                impressions,
                medianDaysToConvert,
                leads,
                spend);
    }

    /** Customers / leads. */
    public Double conversionRate() {
        return ratio(customers, leads);
    }

    /** SQLs / MQLs. */
    public Double mqlToSqlRate() {
        return ratio(sqls, mqls);
    }

    /** Spend / leads; null without spend or without leads. */
    public BigDecimal costPerLead() {
        return money(spend, leads);
    }

    /** Spend / customers; null without spend or without customers. */
    public BigDecimal costOfAcquisition() {
        return money(spend, customers);
    }

    /** (Revenue − spend) / spend; null without spend. */
    public Double roi() {
        return hasSpend() ? revenue.subtract(spend).doubleValue() / spend.doubleValue() : null;
    }

    /** Leads / visits (of the channels with visits); null without visits. */
    public Double landingPageConversion() {
        return ratio(leadsWithVisits, visits);
    }

    /** Clicks / impressions; null without impressions. */
    public Double clickThroughRate() {
        return ratio(clicks, impressions);
    }

    /** Spend / clicks (of the channels with clicks); null without spend or clicks. */
    public BigDecimal costPerClick() {
        return money(spendWithClicks, clicks);
    }

    /** Revenue / customers; null without customers. */
    public BigDecimal averageLifetimeValue() {
        return customers == 0 ? null : revenue.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_UP);
    }

    public boolean hasSpend() {
        return spend.signum() > 0;
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }

    private BigDecimal money(BigDecimal amount, long count) {
        return !hasSpend() || count == 0 ? null : amount.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
