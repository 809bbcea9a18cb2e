package app.leadkeeper.leads;

import java.util.List;

/** One page of the leads table, with the keys of its first and last row to move on from. */
public record LeadPage(List<LeadRow> rows, PageKey firstKey, PageKey lastKey, boolean hasPrevious, boolean hasNext) {
    public static final LeadPage EMPTY = new LeadPage(List.of(), null, null, false, false);

    public LeadPage {
        rows = List.copyOf(rows);
    }
}
