package app.leadkeeper.exporting;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.funnel.FunnelPeriod;
import app.leadkeeper.funnel.FunnelService;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadService;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.metrics.MetricsService;
import app.leadkeeper.metrics.ReportPeriod;
import app.leadkeeper.nurture.TaskService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Exports to files: leads (all, or a view of the Leads table) as CSV or .xlsx, and the report workbook of a period.
 * Long work: each export reports to a {@link Progress} and stops on its cancel, leaving no file behind.
 */
public final class ExportService {
    /** What a lead export wrote. */
    public record LeadsWritten(Path file, ExportFormat format, long leads, List<String> sheets) {}

    private final LeadExportQuery query;
    private final ReportRowsQuery rows;
    private final LeadService leads;
    private final FunnelService funnel;
    private final MetricsService metrics;
    private final TaskService tasks;
    private final Supplier<String> currency;
    private final Clock clock;

    public ExportService(
            DSLContext dsl,
            LeadService leads,
            FunnelService funnel,
            MetricsService metrics,
            TaskService tasks,
            Supplier<String> currency,
            Clock clock) {
        this.query = new LeadExportQuery(dsl);
        this.rows = new ReportRowsQuery(dsl);
        this.leads = leads;
        this.funnel = funnel;
        this.metrics = metrics;
        this.tasks = tasks;
        this.currency = currency;
        this.clock = clock;
    }

    /** Every lead, in id order. */
    public LeadSource allLeads() {
        return LeadSource.all(query);
    }

    /** The leads of a view of the Leads table: its search, filters and order. */
    public LeadSource view(LeadFilter filter, LeadSort sort) {
        return LeadSource.view(leads, query, filter, sort);
    }

    /** Writes the leads to {@code file}, CSV or .xlsx by its extension ({@code csv} applies to CSV only). */
    public LeadsWritten exportLeads(
            Path file, LeadSource source, List<LeadColumn> columns, CsvOptions csv, Progress progress) {
        if (columns.isEmpty()) {
            throw new UserException("Cannot export to " + file + ": no columns chosen.");
        }
        ExportFormat format = ExportFormat.of(file);
        LeadSource prefetched = Prefetch.of(source);
        return switch (format) {
            case CSV -> {
                long count = new LeadCsvExporter(query).export(file, prefetched, columns, csv, progress);
                yield new LeadsWritten(file, format, count, List.of());
            }
            case XLSX -> {
                LeadXlsxExporter.Written written = new LeadXlsxExporter(clock.getZone(), currency.get())
                        .export(file, prefetched, columns, progress);
                yield new LeadsWritten(file, format, written.leads(), written.sheets());
            }
        };
    }

    /**
     * Writes the report workbook of the leads created from {@code from} to {@code to} (both days included, in this
     * computer's zone; a null end is open) to an .xlsx {@code file}.
     */
    public ReportWorkbook.Written exportReport(Path file, LocalDate from, LocalDate to, Progress progress) {
        if (ExportFormat.of(file) != ExportFormat.XLSX) {
            throw new UserException("Cannot export the report to " + file + ": it is a workbook, name it .xlsx.");
        }
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserException("The report's period ends (" + to + ") before it starts (" + from + ").");
        }
        progress.update(-1, "Gathering the figures");
        ZoneId zone = clock.getZone();
        OffsetDateTime start = from == null ? null : from.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime before =
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        ReportWorkbook.Contents contents = new ReportWorkbook.Contents(
                from,
                to,
                OffsetDateTime.now(clock),
                funnel.report(FunnelPeriod.days(from, to, null, zone)),
                metrics.metrics(ReportPeriod.between(from, to)),
                tasks.counts(),
                Prefetch.of(LeadSource.created(query, start, before)),
                rows);
        progress.checkCancelled();
        return new ReportWorkbook(zone, currency.get()).export(file, contents, progress);
    }
}
