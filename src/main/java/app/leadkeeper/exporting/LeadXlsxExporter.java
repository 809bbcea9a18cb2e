package app.leadkeeper.exporting;

import app.leadkeeper.Version;
import app.leadkeeper.core.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes leads to an .xlsx workbook, streaming: each row goes to the file as it is written, so memory does not grow
 * with the number of leads. A sheet holds at most {@link #MAX_ROWS_PER_SHEET} leads under its header (Excel's limit
 * of 1,048,576 rows); more continue on "Leads (2)", "Leads (3)"… with the same header.
 *
 * <p>Lead data is only ever written as text or as typed values (numbers, dates, booleans), never as a formula.
 * Created dates whose source gave no zone are written as the source wrote them; the others in this computer's zone
 * (a spreadsheet date has no zone).
 */
public final class LeadXlsxExporter {
    /** Excel's rows per sheet, less the header. */
    public static final int MAX_ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;

    /** What was written: how many leads, on which sheets. */
    public record Written(long leads, List<String> sheets) {
        public Written {
            sheets = List.copyOf(sheets);
        }
    }

    private final ZoneId zone;
    private final String currency;
    private final int rowsPerSheet;

    public LeadXlsxExporter(ZoneId zone, String currency) {
        this(zone, currency, MAX_ROWS_PER_SHEET);
    }

    /** With a smaller sheet size, for tests of the overflow onto further sheets. */
    LeadXlsxExporter(ZoneId zone, String currency, int rowsPerSheet) {
        if (rowsPerSheet < 1 || rowsPerSheet > MAX_ROWS_PER_SHEET) {
            throw new IllegalArgumentException("rows per sheet " + rowsPerSheet);
        }
        this.zone = zone;
        this.currency = currency;
        this.rowsPerSheet = rowsPerSheet;
    }

    int rowsPerSheet() {
        return rowsPerSheet;
    }

    /** Writes a workbook of the leads alone; returns what was written. Cancel leaves no file behind. */
    public Written export(Path file, LeadSource source, List<LeadColumn> columns, Progress progress) {
        return SafeFile.write(file, temp -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                Workbook workbook = workbook(out);
                Written written = write(workbook, "Leads", source, columns, progress);
                workbook.finish();
                return written;
            }
        });
    }

    static Workbook workbook(OutputStream out) {
        Workbook workbook = new Workbook(out, "Leadkeeper", appVersion(Version.current()));
        workbook.setCompressionLevel(1);
        return workbook;
    }

    /** The version as a workbook states it: "major.minor", as the format wants (1.4.0-SNAPSHOT → 1.4). */
    static String appVersion(String version) {
        var m = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,4})").matcher(version == null ? "" : version);
        return m.find() ? m.group(1) + "." + m.group(2) : "1.0";
    }

    /** Writes the leads onto sheets named {@code name}, "{@code name} (2)"… of an open workbook. */
    Written write(Workbook workbook, String name, LeadSource source, List<LeadColumn> columns, Progress progress)
            throws IOException {
        long total = Math.max(1, source.count());
        List<String> labels = columns.stream().map(LeadColumn::label).toList();
        List<Integer> widths = columns.stream().map(LeadColumn::width).toList();
        List<String> sheets = new ArrayList<>();
        java.util.Set<String> shared = new java.util.HashSet<>();
        XlsxSheet[] sheet = {null};
        int[] row = {0};
        long[] count = {0};
        try {
            source.forEach(lead -> {
                try {
                    if (sheet[0] == null || row[0] > rowsPerSheet) {
                        if (sheet[0] != null) {
                            sheet[0].finish();
                        }
                        String sheetName = sheets.isEmpty() ? name : name + " (" + (sheets.size() + 1) + ")";
                        sheets.add(sheetName);
                        sheet[0] = new XlsxSheet(workbook, sheetName, zone, currency, shared);
                        sheet[0].header(0, labels, widths);
                        row[0] = 1;
                    }
                    writeRow(sheet[0], row[0], columns, lead);
                    sheet[0].rowDone(row[0]);
                    row[0]++;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (++count[0] % 1_000 == 0) {
                    progress.checkCancelled();
                    progress.update(Math.min(1, count[0] / (double) total), "Wrote " + count[0] + " leads");
                }
            });
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        if (sheet[0] == null) {
            sheets.add(name);
            sheet[0] = new XlsxSheet(workbook, name, zone, currency);
            sheet[0].header(0, labels, widths);
        }
        sheet[0].finish();
        progress.update(1, "Wrote " + count[0] + " leads");
        return new Written(count[0], sheets);
    }

    private void writeRow(XlsxSheet sheet, int row, List<LeadColumn> columns, LeadExportRow lead) {
        for (int c = 0; c < columns.size(); c++) {
            LeadColumn column = columns.get(c);
            Object value = column.value(lead);
            if (column == LeadColumn.CREATED_AT && value != null && !lead.createdZoneKnown()) {
                value = lead.createdAt().toLocalDateTime();
            } else if (column.coded() && value instanceof String code) {
                value = XlsxSheet.words(code);
            }
            if (column.repetitive() && (value == null || value instanceof String)) {
                sheet.repeatedText(row, c, (String) value);
            } else {
                sheet.cell(row, c, value, column.kind());
            }
        }
    }
}
