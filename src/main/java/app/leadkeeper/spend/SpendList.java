package app.leadkeeper.spend;

import java.math.BigDecimal;
import java.util.List;

/** The entries of a period (newest first) and what they add up to. */
public record SpendList(List<SpendEntry> entries, BigDecimal total) {
    public SpendList {
        entries = List.copyOf(entries);
    }
}
