package app.leadkeeper.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Works out a {@link Forecast} from the metrics of a basis period. Pure arithmetic, no database. */
public final class ForecastPlanner {
    private ForecastPlanner() {}

    /**
     * @param basis the metrics the rates come from
     * @param customers the customers wanted (at least 1)
     * @param days the length of the period they are wanted in (at least 1); sets each channel's current pace
     */
    public static Forecast plan(ChannelMetrics basis, int customers, long days) {
        if (customers < 1 || days < 1) {
            throw new IllegalArgumentException("customers and days must be at least 1");
        }
        List<Forecast.Line> lines = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        for (ChannelRow row : basis.rows()) {
            ChannelFigures f = row.figures();
            if (f.leads() == 0) {
                continue;
            }
            if (f.customers() < Forecast.MIN_CUSTOMERS || f.leads() < Forecast.MIN_LEADS) {
                lines.add(new Forecast.Line(
                        row.channelId(),
                        row.channel(),
                        f.leads(),
                        f.customers(),
                        null,
                        f.costPerLead(),
                        null,
                        null,
                        null,
                        "Too little data: " + f.customers() + (f.customers() == 1 ? " customer" : " customers")
                                + " from " + f.leads() + (f.leads() == 1 ? " lead" : " leads") + " (at least "
                                + Forecast.MIN_CUSTOMERS + " customers and " + Forecast.MIN_LEADS + " leads needed)"));
                continue;
            }
            double rate = f.conversionRate();
            long leads = leadsFor(customers, f);
            lines.add(new Forecast.Line(
                    row.channelId(),
                    row.channel(),
                    f.leads(),
                    f.customers(),
                    rate,
                    f.costPerLead(),
                    f.costOfAcquisition(),
                    leads,
                    f.hasSpend() ? spendFor(leads, f) : null,
                    null));
            double pace = (double) f.customers() * days / basis.period().days();
            candidates.add(new Candidate(row, pace));
        }
        lines.sort(Comparator.comparing((Forecast.Line l) -> l.problem() != null)
                .thenComparing(l -> l.spendNeeded() == null ? BigDecimal.ZERO : l.spendNeeded())
                .thenComparing(Forecast.Line::channel));
        if (candidates.isEmpty()) {
            return new Forecast(
                    customers,
                    days,
                    basis.period(),
                    lines,
                    List.of(),
                    0,
                    null,
                    customers,
                    "Too little data to forecast: no channel had at least " + Forecast.MIN_CUSTOMERS
                            + " customers from " + Forecast.MIN_LEADS + " leads in "
                            + basis.period().label() + ".");
        }
        // Cheapest first: channels without recorded spend (free at their pace), then by cost of acquisition.
        candidates.sort(Comparator.comparing((Candidate c) -> c.row.figures().hasSpend())
                .thenComparing(c -> c.row.figures().hasSpend() ? c.row.figures().costOfAcquisition() : BigDecimal.ZERO)
                .thenComparing(c -> c.row.channel()));
        List<Forecast.MixPart> mix = new ArrayList<>();
        long remaining = customers;
        for (Candidate c : candidates) {
            long take = Math.min(remaining, (long) Math.floor(c.pace));
            if (take > 0) {
                mix.add(part(c.row, take, true));
                remaining -= take;
            }
        }
        if (remaining > 0) {
            // Beyond every channel's pace: scale the cheapest paid channel at its cost of acquisition.
            Candidate paid = candidates.stream()
                    .filter(c -> c.row.figures().hasSpend())
                    .findFirst()
                    .orElse(null);
            if (paid != null) {
                mix.add(part(paid.row, remaining, false));
                remaining = 0;
            }
        }
        long mixLeads = mix.stream().mapToLong(Forecast.MixPart::leads).sum();
        BigDecimal mixSpend = mix.stream()
                .map(Forecast.MixPart::spend)
                .filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Forecast(customers, days, basis.period(), lines, mix, mixLeads, mixSpend, remaining, null);
    }

    private record Candidate(ChannelRow row, double pace) {}

    private static Forecast.MixPart part(ChannelRow row, long customers, boolean atPace) {
        ChannelFigures f = row.figures();
        long leads = leadsFor(customers, f);
        return new Forecast.MixPart(
                row.channelId(), row.channel(), customers, leads, f.hasSpend() ? spendFor(leads, f) : null, atPace);
    }

    /** Leads for this many customers at the channel's conversion rate, rounded up (exact in whole numbers). */
    private static long leadsFor(long customers, ChannelFigures f) {
        return Math.ceilDiv(customers * f.leads(), f.customers());
    }

    /** The spend for this many leads at the channel's cost per lead. */
    private static BigDecimal spendFor(long leads, ChannelFigures f) {
        return f.spend()
                .multiply(BigDecimal.valueOf(leads))
                .divide(BigDecimal.valueOf(f.leads()), 2, RoundingMode.HALF_UP);
    }
}
