package app.leadkeeper.exporting;

import app.leadkeeper.core.Progress;
import app.leadkeeper.funnel.FunnelReport;
import app.leadkeeper.metrics.ChannelFigures;
import app.leadkeeper.metrics.ChannelMetrics;
import app.leadkeeper.metrics.ChannelRow;
import app.leadkeeper.metrics.Metric;
import app.leadkeeper.nurture.TaskCounts;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;

/**
 * The report workbook: Summary (the period's figures), Leads (the leads created in the period, continued on further
 * sheets past Excel's row limit, which the summary says), Funnel, Channels, Tasks (due in the period) and Spend.
 * Every sheet has the shared finished look of {@link XlsxSheet}.
 */
public final class ReportWorkbook {
    /** What the workbook is made of: the period and the figures gathered for it. */
    public record Contents(
            LocalDate from,
            LocalDate to,
            OffsetDateTime written,
            FunnelReport funnel,
            ChannelMetrics channels,
            TaskCounts tasks,
            LeadSource leads,
            ReportRowsQuery rows) {}

    /** What was written: the sheets and how many rows the long ones got. */
    public record Written(List<String> sheets, long leads, long tasks, long spendEntries) {
        public Written {
            sheets = List.copyOf(sheets);
        }
    }

    private final ZoneId zone;
    private final LeadXlsxExporter leadWriter;

    public ReportWorkbook(ZoneId zone, String currency) {
        this(zone, new LeadXlsxExporter(zone, currency));
    }

    ReportWorkbook(ZoneId zone, LeadXlsxExporter leadWriter) {
        this.zone = zone;
        this.leadWriter = leadWriter;
    }

    public Written export(Path file, Contents contents, Progress progress) {
        return SafeFile.write(file, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                Workbook workbook = LeadXlsxExporter.workbook(out);
                Written written = write(workbook, contents, progress);
                workbook.finish();
                return written;
            }
        });
    }

    private Written write(Workbook workbook, Contents c, Progress progress) throws IOException {
        String currency = c.channels().currency();
        long leadCount = c.leads().count();
        int perSheet = leadWriter.rowsPerSheet();
        int leadSheets = (int) Math.max(1, (leadCount + perSheet - 1) / perSheet);
        progress.update(0, "Writing the summary");
        summary(new XlsxSheet(workbook, "Summary", zone, currency), c, leadCount, leadSheets, perSheet);
        progress.checkCancelled();
        List<String> sheets = new ArrayList<>(List.of("Summary"));
        Progress leadProgress = new Progress() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction * 0.9, message);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }

            @Override
            public void checkCancelled() {
                progress.checkCancelled();
            }
        };
        LeadXlsxExporter.Written leads = leadWriter.write(workbook, "Leads", c.leads(), LeadColumn.ALL, leadProgress);
        sheets.addAll(leads.sheets());
        progress.update(0.9, "Writing the funnel, channels, tasks and spend");
        funnel(new XlsxSheet(workbook, "Funnel", zone, currency), c.funnel());
        sheets.add("Funnel");
        channels(new XlsxSheet(workbook, "Channels", zone, currency), c.channels());
        sheets.add("Channels");
        progress.checkCancelled();
        long tasks = tasks(new XlsxSheet(workbook, "Tasks", zone, currency), c, zone, progress);
        sheets.add("Tasks");
        long spend = spend(new XlsxSheet(workbook, "Spend", zone, currency), c);
        sheets.add("Spend");
        progress.update(1, "Wrote the report");
        return new Written(sheets, leads.leads(), tasks, spend);
    }

    private static void summary(XlsxSheet sheet, Contents c, long leads, int leadSheets, int perSheet)
            throws IOException {
        sheet.title(0, "Leadkeeper report");
        sheet.cell(1, 0, "Period", CellKind.TEXT);
        sheet.cell(1, 1, period(c.from(), c.to()), CellKind.TEXT);
        sheet.cell(2, 0, "Written", CellKind.TEXT);
        sheet.cell(2, 1, c.written(), CellKind.DATE_TIME);
        sheet.header(4, List.of("Figure", "Value", "How it is computed"), List.of(28, 16, 60));
        int row = 5;
        ChannelFigures totals = c.channels().totals();
        for (Metric metric : Metric.values()) {
            sheet.cell(row, 0, metric.label(), CellKind.TEXT);
            sheet.cell(row, 1, metric.of(totals), kind(metric));
            sheet.cell(row, 2, metric.formula(), CellKind.TEXT);
            row++;
        }
        FunnelReport funnel = c.funnel();
        row = line(sheet, row, "Won", funnel.won(), CellKind.INTEGER, "Leads of the period that were won");
        row = line(sheet, row, "Lost", funnel.lost(), CellKind.INTEGER, "Leads of the period that were lost");
        TaskCounts tasks = c.tasks();
        row = line(sheet, row, "Tasks due today", tasks.dueToday(), CellKind.INTEGER, "Open tasks, as of writing");
        row = line(sheet, row, "Tasks overdue", tasks.overdue(), CellKind.INTEGER, "Open tasks past their due time");
        row = line(sheet, row, "Tasks in the next 7 days", tasks.upcoming7Days(), CellKind.INTEGER, "Open tasks");
        row = line(sheet, row, "Tasks done in the last 7 days", tasks.done7Days(), CellKind.INTEGER, "");
        row++;
        sheet.bold(row++, 0, "Sheets");
        String leadsNote = leadSheets == 1
                ? String.format(Locale.ENGLISH, "%,d leads created in the period, on the sheet Leads", leads)
                : String.format(
                        Locale.ENGLISH,
                        "%,d leads created in the period, on %d sheets (Leads, Leads (2)…): a sheet holds at most"
                                + " %,d rows",
                        leads,
                        leadSheets,
                        perSheet);
        sheet.cell(row, 0, "Leads", CellKind.TEXT);
        sheet.cell(row++, 1, leadsNote, CellKind.TEXT);
        sheet.cell(row, 0, "Funnel", CellKind.TEXT);
        sheet.cell(row++, 1, "Each stage: leads that reached it, stand in it now, conversion onward", CellKind.TEXT);
        sheet.cell(row, 0, "Channels", CellKind.TEXT);
        sheet.cell(row++, 1, "Every metric per channel, with the totals", CellKind.TEXT);
        sheet.cell(row, 0, "Tasks", CellKind.TEXT);
        sheet.cell(row++, 1, "The tasks due in the period, open and done", CellKind.TEXT);
        sheet.cell(row, 0, "Spend", CellKind.TEXT);
        sheet.cell(row, 1, "The spend entries of the period (whole months that overlap it)", CellKind.TEXT);
        sheet.finish();
    }

    private static int line(XlsxSheet sheet, int row, String label, Object value, CellKind kind, String how) {
        sheet.cell(row, 0, label, CellKind.TEXT);
        sheet.cell(row, 1, value, kind);
        sheet.cell(row, 2, how.isEmpty() ? null : how, CellKind.TEXT);
        return row + 1;
    }

    private static void funnel(XlsxSheet sheet, FunnelReport funnel) throws IOException {
        sheet.header(
                0,
                List.of(
                        "Stage",
                        "Section",
                        "Kind",
                        "Reached",
                        "In it now",
                        "Value in it now",
                        "Conversion to next",
                        "Median days in stage"),
                List.of(22, 10, 8, 10, 10, 16, 18, 20));
        int row = 1;
        for (FunnelReport.StageFigures s : funnel.stages()) {
            sheet.cell(row, 0, s.stage().name(), CellKind.TEXT);
            sheet.cell(row, 1, s.stage().section().label(), CellKind.TEXT);
            sheet.cell(row, 2, s.stage().kind().label(), CellKind.TEXT);
            sheet.cell(row, 3, s.reached(), CellKind.INTEGER);
            sheet.cell(row, 4, s.current(), CellKind.INTEGER);
            sheet.cell(row, 5, s.currentValue(), CellKind.MONEY);
            sheet.cell(row, 6, s.conversionToNext(), CellKind.PERCENT);
            sheet.cell(row, 7, s.medianDaysInStage(), CellKind.DECIMAL);
            row++;
        }
        row++;
        sheet.bold(row, 0, "Leads");
        sheet.cell(row++, 3, funnel.leads(), CellKind.INTEGER, true);
        sheet.bold(row, 0, "Lead → customer");
        sheet.cell(row++, 6, funnel.leadToCustomerRate(), CellKind.PERCENT, true);
        if (!funnel.lostReasons().isEmpty()) {
            row++;
            sheet.bold(row, 0, "Lost reason");
            sheet.bold(row++, 3, "Leads");
            for (Map.Entry<String, Long> reason : funnel.lostReasons().entrySet()) {
                sheet.cell(row, 0, reason.getKey(), CellKind.TEXT);
                sheet.cell(row++, 3, reason.getValue(), CellKind.INTEGER);
            }
        }
        sheet.finish();
    }

    private static void channels(XlsxSheet sheet, ChannelMetrics metrics) throws IOException {
        List<String> labels = new ArrayList<>(List.of("Channel", "Category", "Direction"));
        List<Integer> widths = new ArrayList<>(List.of(22, 18, 10));
        for (Metric metric : Metric.values()) {
            labels.add(metric.label());
            widths.add(Math.max(11, metric.label().length() + 3));
        }
        sheet.header(0, labels, widths);
        int row = 1;
        for (ChannelRow channel : metrics.rows()) {
            sheet.cell(row, 0, channel.channel(), CellKind.TEXT);
            sheet.cell(
                    row,
                    1,
                    channel.category() == null ? null : channel.category().label(),
                    CellKind.TEXT);
            sheet.cell(
                    row,
                    2,
                    channel.direction() == null
                            ? null
                            : XlsxSheet.words(channel.direction().name()),
                    CellKind.TEXT);
            figures(sheet, row++, channel.figures(), false);
        }
        sheet.bold(row, 0, "Total");
        figures(sheet, row, metrics.totals(), true);
        sheet.finish();
    }

    private static void figures(XlsxSheet sheet, int row, ChannelFigures figures, boolean bold) {
        int column = 3;
        for (Metric metric : Metric.values()) {
            sheet.cell(row, column++, metric.of(figures), kind(metric), bold);
        }
    }

    private static long tasks(XlsxSheet sheet, Contents c, ZoneId zone, Progress progress) throws IOException {
        sheet.header(
                0,
                List.of("Due", "Done", "Status", "Task", "Kind", "Priority", "Lead", "Email", "Company"),
                List.of(17, 17, 9, 36, 10, 9, 24, 30, 24));
        OffsetDateTime now = c.written();
        OffsetDateTime from =
                c.from() == null ? null : c.from().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime before =
                c.to() == null ? null : c.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        int[] row = {1};
        try {
            c.rows().tasks(from, before, t -> {
                int r = row[0]++;
                sheet.cell(r, 0, t.dueAt(), CellKind.DATE_TIME);
                sheet.cell(r, 1, t.doneAt(), CellKind.DATE_TIME);
                String status = t.doneAt() != null ? "Done" : t.dueAt().isBefore(now) ? "Overdue" : "Open";
                sheet.cell(r, 2, status, CellKind.TEXT);
                sheet.cell(r, 3, t.title(), CellKind.TEXT);
                sheet.cell(r, 4, XlsxSheet.words(t.kind()), CellKind.TEXT);
                sheet.cell(r, 5, XlsxSheet.words(t.priority()), CellKind.TEXT);
                sheet.cell(r, 6, t.lead(), CellKind.TEXT);
                sheet.cell(r, 7, t.email(), CellKind.TEXT);
                sheet.cell(r, 8, t.company(), CellKind.TEXT);
                try {
                    sheet.rowDone(r);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (r % 1_000 == 0) {
                    progress.checkCancelled();
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        sheet.finish();
        return row[0] - 1L;
    }

    private static long spend(XlsxSheet sheet, Contents c) throws IOException {
        sheet.header(
                0, List.of("Date", "For", "Channel", "Campaign", "Amount", "Note"), List.of(12, 8, 20, 30, 14, 40));
        int row = 1;
        BigDecimal total = BigDecimal.ZERO;
        for (ReportRowsQuery.SpendRow s : c.rows().spend(c.from(), c.to())) {
            sheet.cell(row, 0, s.date(), CellKind.DATE);
            sheet.cell(row, 1, s.wholeMonth() ? "Month" : "Day", CellKind.TEXT);
            sheet.cell(row, 2, s.channel(), CellKind.TEXT);
            sheet.cell(row, 3, s.campaign(), CellKind.TEXT);
            sheet.cell(row, 4, s.amount(), CellKind.MONEY);
            sheet.cell(row, 5, s.note(), CellKind.TEXT);
            sheet.rowDone(row++);
            total = total.add(s.amount());
        }
        sheet.bold(row, 0, "Total");
        sheet.cell(row, 4, total, CellKind.MONEY, true);
        sheet.finish();
        return row - 1L;
    }

    private static String period(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "All time";
        }
        if (from == null) {
            return "Until " + to;
        }
        if (to == null) {
            return "From " + from;
        }
        return from + " – " + to;
    }

    private static CellKind kind(Metric metric) {
        return switch (metric.kind()) {
            case COUNT -> CellKind.INTEGER;
            case MONEY -> CellKind.MONEY;
            case PERCENT -> CellKind.PERCENT;
            case DAYS -> CellKind.DECIMAL;
        };
    }
}
