package app.leadkeeper.funnel;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Which leads a funnel counts: created in [from, before) (either end open when null), optionally from one channel.
 */
public record FunnelPeriod(OffsetDateTime from, OffsetDateTime before, Long channelId) {
    public static final FunnelPeriod ALL = new FunnelPeriod(null, null, null);

    /** Whole days, both inclusive, in the given zone; null ends stay open. */
    public static FunnelPeriod days(LocalDate from, LocalDate to, Long channelId, ZoneId zone) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends (" + to + ") before it starts (" + from + ")");
        }
        return new FunnelPeriod(
                from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime(),
                channelId);
    }
}
