package app.leadkeeper.spend;

import java.math.BigDecimal;
import java.util.List;

/**
 * The entries of a period (newest first, at most {@link SpendService#LIST_LIMIT}) and what all of them add up to.
 *
 * @param count how many entries the period holds, also those beyond the limit
 */
public record SpendList(List<SpendEntry> entries, BigDecimal total, long count) {
    public SpendList {
        entries = List.copyOf(entries);
    }
}
