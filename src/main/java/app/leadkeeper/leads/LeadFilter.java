package app.leadkeeper.leads;

import java.time.LocalDate;
import java.util.List;

/**
 * What the leads table shows: a search text (matched inside name, email, company and phone), a created-date range
 * (inclusive, in the computer's time zone), a channel and tags (a lead must carry all of them).
 */
public record LeadFilter(String search, LocalDate createdFrom, LocalDate createdTo, Long channelId, List<String> tags) {
    public static final LeadFilter NONE = new LeadFilter(null, null, null, null, List.of());

    public LeadFilter {
        tags = List.copyOf(tags);
    }

    public LeadFilter withSearch(String text) {
        return new LeadFilter(text, createdFrom, createdTo, channelId, tags);
    }

    public boolean isEmpty() {
        return (search == null || search.isBlank())
                && createdFrom == null
                && createdTo == null
                && channelId == null
                && tags.isEmpty();
    }
}
