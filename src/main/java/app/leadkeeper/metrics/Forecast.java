package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.util.List;

/**
 * "N customers in the next D days": for each channel, at its rates in the basis period, the leads and the spend it
 * alone would need; and the cheapest mix by cost of acquisition, each channel filled up to its current pace first.
 *
 * @param lines one per channel with leads in the basis period, the ones with enough data first
 * @param mix the cheapest mix; empty when no channel has enough data
 * @param shortfall customers the mix could not place (no paid channel with enough data to scale)
 * @param problem why there is no forecast (too little data), else null
 */
public record Forecast(
        int customers,
        long days,
        ReportPeriod basis,
        List<Line> lines,
        List<MixPart> mix,
        long mixLeads,
        BigDecimal mixSpend,
        long shortfall,
        String problem) {

    /** Fewer customers than this in the basis period, and a channel's rates are not trusted. */
    public static final int MIN_CUSTOMERS = 3;
    /** Fewer leads than this in the basis period, and a channel's rates are not trusted. */
    public static final int MIN_LEADS = 20;

    public Forecast {
        lines = List.copyOf(lines);
        mix = List.copyOf(mix);
    }

    /**
     * A channel alone: leads needed = customers ÷ conversion rate (rounded up); spend needed = those leads × cost per
     * lead (null when the channel has no recorded spend).
     *
     * @param problem why this channel has no figures (too little data), else null
     */
    public record Line(
            Long channelId,
            String channel,
            long basisLeads,
            long basisCustomers,
            Double conversionRate,
            BigDecimal costPerLead,
            BigDecimal costOfAcquisition,
            Long leadsNeeded,
            BigDecimal spendNeeded,
            String problem) {}

    /**
     * A channel's part of the cheapest mix.
     *
     * @param atPace true when the customers fit in what the channel brings at its current pace; false when the
     *     channel is scaled beyond it at the same cost of acquisition
     * @param spend null when the channel has no recorded spend (free at its current pace)
     */
    public record MixPart(
            Long channelId, String channel, long customers, long leads, BigDecimal spend, boolean atPace) {}
}
