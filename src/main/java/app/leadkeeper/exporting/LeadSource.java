package app.leadkeeper.exporting;

import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadPage;
import app.leadkeeper.leads.LeadRow;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;

/** Which leads an export writes, streamed a page at a time so memory does not grow with their number. */
public interface LeadSource {
    /** How many leads there will be, about (for the progress bar; leads may come and go meanwhile). */
    long count();

    /** Hands each lead to {@code sink}, in the source's order. */
    void forEach(Consumer<LeadExportRow> sink);

    /** Every lead, in id order. */
    static LeadSource all(LeadExportQuery query) {
        return created(query, null, null);
    }

    /** The leads created from {@code from} (inclusive) to {@code before} (exclusive), in id order. */
    static LeadSource created(LeadExportQuery query, OffsetDateTime from, OffsetDateTime before) {
        return new LeadSource() {
            @Override
            public long count() {
                return query.count(from, before);
            }

            @Override
            public void forEach(Consumer<LeadExportRow> sink) {
                query.forEach(from, before, sink);
            }
        };
    }

    /**
     * The leads of a view of the Leads table: its search and filters, in its sort order — the same pages the table
     * reads, so the file holds exactly what the view shows.
     */
    static LeadSource view(LeadService leads, LeadExportQuery query, LeadFilter filter, LeadSort sort) {
        return new LeadSource() {
            private static final int PAGE = 2_000;

            @Override
            public long count() {
                return leads.count(filter);
            }

            @Override
            public void forEach(Consumer<LeadExportRow> sink) {
                LeadPage page = leads.page(filter, sort, PageRequest.first(PAGE));
                while (true) {
                    List<Long> ids = page.rows().stream().map(LeadRow::id).toList();
                    query.byIds(ids).forEach(sink);
                    if (!page.hasNext() || page.lastKey() == null) {
                        return;
                    }
                    page = leads.page(filter, sort, PageRequest.after(page.lastKey(), PAGE));
                }
            }
        };
    }
}
