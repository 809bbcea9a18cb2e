package app.leadkeeper.demo;

import app.leadkeeper.spend.SpendDraft;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the demo business paid for its channels over the demo's months, so the Channels view has cost figures: a
 * monthly budget per paid channel, split over two of its campaigns, sized to the leads it brought at a plausible cost
 * per lead; the trade show's booth once a year; the webinar and newsletter tools' monthly fees. Past months are whole
 * months; the current month is one entry dated today, for the month so far. The same seed gives the same ledger.
 */
public final class DemoSpend {
    /** Rough costs per lead in euros (the folder's currency, whatever it is). */
    private static final Map<DemoChannel, Integer> COST_PER_LEAD =
            Map.of(DemoChannel.GOOGLE_ADS, 45, DemoChannel.FACEBOOK_LEAD_ADS, 28, DemoChannel.LINKEDIN, 85);

    private static final Map<DemoChannel, Integer> MONTHLY_FEE =
            Map.of(DemoChannel.WEBINAR, 79, DemoChannel.NEWSLETTER, 39);
    private static final int BOOTH_COST_PER_LEAD = 160;

    private DemoSpend() {}

    /** The entries for {@code leads} demo leads spread over the demo's months up to the clock's today. */
    public static List<SpendDraft> plan(Map<DemoChannel, Long> channelIds, Clock clock, long leads, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5bd1e995L);
        LocalDate today = LocalDate.now(clock);
        YearMonth current = YearMonth.from(today);
        int totalWeight = 0;
        for (DemoChannel channel : DemoChannel.values()) {
            totalWeight += channel.weight();
        }
        double leadsPerMonth = (double) leads / DemoLeadGenerator.MONTHS;
        List<SpendDraft> drafts = new ArrayList<>();
        for (int back = DemoLeadGenerator.MONTHS; back >= 0; back--) {
            YearMonth month = current.minusMonths(back);
            // The current month has run only until today: its spend so far.
            double share = back == 0 ? (double) today.getDayOfMonth() / month.lengthOfMonth() : 1.0;
            LocalDate when = back == 0 ? today : month.atDay(1);
            boolean wholeMonth = back != 0;
            for (DemoChannel channel : DemoChannel.values()) {
                Long id = channelIds.get(channel);
                if (id == null) {
                    continue;
                }
                double channelLeads = leadsPerMonth * channel.weight() / totalWeight;
                if (COST_PER_LEAD.containsKey(channel)) {
                    double budget =
                            channelLeads * COST_PER_LEAD.get(channel) * (0.8 + 0.4 * random.nextDouble()) * share;
                    double firstPart = 0.45 + 0.3 * random.nextDouble();
                    List<String> campaigns = channel.campaigns();
                    String first = campaigns.get(random.nextInt(campaigns.size()));
                    String second = campaigns.get(random.nextInt(campaigns.size()));
                    drafts.add(draft(when, wholeMonth, id, first, budget * firstPart, null));
                    drafts.add(draft(when, wholeMonth, id, second, budget * (1 - firstPart), null));
                } else if (MONTHLY_FEE.containsKey(channel)) {
                    String note = channel == DemoChannel.WEBINAR ? "Webinar tool subscription" : "Mailing tool";
                    drafts.add(draft(when, wholeMonth, id, null, MONTHLY_FEE.get(channel) * share, note));
                } else if (channel == DemoChannel.TRADE_SHOW && month.getMonthValue() == 10 && back > 0) {
                    double booth = channelLeads * 12 * BOOTH_COST_PER_LEAD * (0.9 + 0.2 * random.nextDouble());
                    List<String> shows = channel.campaigns();
                    drafts.add(draft(
                            month.atDay(14),
                            false,
                            id,
                            shows.get(random.nextInt(shows.size())) + " " + month.getYear(),
                            booth,
                            "Booth, travel and print"));
                }
            }
        }
        return drafts;
    }

    private static SpendDraft draft(
            LocalDate date, boolean wholeMonth, long channelId, String campaign, double amount, String note) {
        BigDecimal money = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
        return new SpendDraft(date, wholeMonth, channelId, campaign, money, note);
    }
}
