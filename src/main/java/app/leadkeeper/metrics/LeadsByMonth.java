package app.leadkeeper.metrics;

import java.time.YearMonth;
import java.util.List;

/** Leads created per month and channel over a period, for the stacked chart: one series per channel. */
public record LeadsByMonth(List<YearMonth> months, List<Series> series) {
    public LeadsByMonth {
        months = List.copyOf(months);
        series = List.copyOf(series);
    }

    /** A channel's leads, one count per month of {@link #months()}. */
    public record Series(Long channelId, String channel, List<Long> leads) {
        public Series {
            leads = List.copyOf(leads);
        }

        public long total() {
            return leads.stream().mapToLong(Long::longValue).sum();
        }
    }
}
