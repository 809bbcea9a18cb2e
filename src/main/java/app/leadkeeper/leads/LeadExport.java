package app.leadkeeper.leads;

import java.util.List;

/** What exporting adds to the Leads view: "Export this view…" — its search and filters, its order, its columns. */
public interface LeadExport {
    /**
     * Exports the leads the view shows.
     *
     * @param columnIds the ids of the table's visible columns, left to right ({@code col-name}, {@code col-email}…)
     * @param count how many leads the view holds, as the view last counted them
     */
    void exportView(LeadFilter filter, LeadSort sort, List<String> columnIds, long count);
}
