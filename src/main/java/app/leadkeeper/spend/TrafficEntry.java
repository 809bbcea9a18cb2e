package app.leadkeeper.spend;

import java.time.LocalDate;

/** A stored traffic row with its channel's name; a figure is null when it was not given. */
public record TrafficEntry(
        long id,
        LocalDate start,
        LocalDate end,
        long channelId,
        String channelName,
        String landingPage,
        Long visits,
        Long clicks,
        Long impressions,
        Long importBatchId)
        implements LedgerEntry<TrafficDraft> {

    /** The draft that edits this row. */
    public TrafficDraft draft() {
        return new TrafficDraft(start, end, channelId, landingPage, visits, clicks, impressions);
    }
}
