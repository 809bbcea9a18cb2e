package app.leadkeeper.funnel;

import app.leadkeeper.leads.Qualification;
import java.time.LocalDate;

/**
 * Which leads the board shows: from one channel, of one qualification, created between two days (both inclusive, in
 * the user's zone), matching a search text. Null or blank parts do not filter.
 */
public record BoardFilter(
        Long channelId, Qualification qualification, LocalDate createdFrom, LocalDate createdTo, String search) {
    public static final BoardFilter NONE = new BoardFilter(null, null, null, null, null);

    public boolean isEmpty() {
        return channelId == null
                && qualification == null
                && createdFrom == null
                && createdTo == null
                && (search == null || search.isBlank());
    }
}
