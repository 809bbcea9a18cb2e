package app.leadkeeper.exporting;

import app.leadkeeper.core.Progress;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes leads to a CSV file: UTF-8 (with a byte order mark by default, which Excel needs to read UTF-8), RFC 4180
 * quoting, the delimiter and line ends of {@link CsvOptions}, one row per lead in the source's order. The columns
 * and their order are a stable contract for scripts ({@link LeadColumn}); new columns are only ever added at the end.
 *
 * <p>Dates are ISO-8601. {@code created_at} carries its offset when the source gave one and is a local date-time
 * without offset when it did not, so an export never invents a zone.
 *
 * <p>No cell becomes a live formula: see {@link FormulaGuard}. In short, text starting with {@code = + - @}, a tab, a
 * carriage return or a NUL (or a full-width {@code ＝ ＋ － ＠}) gets a leading apostrophe; plain numbers such as
 * {@code -5} stay as they are, and so do the two phone columns when they hold only a phone number ({@code +44 20 7946
 * 0958}), since a spreadsheet cannot run anything in digits, spaces and {@code + - ( ) . /}.
 *
 * <p>The file is written next to the target under a temporary name and moved into place at the end ({@link
 * SafeFile}), so a failed or cancelled export never leaves half a file behind.
 */
public final class LeadCsvExporter {
    /** The header of a full export: every column's key. */
    public static final List<String> HEADER =
            LeadColumn.ALL.stream().map(LeadColumn::key).toList();

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final LeadExportQuery query;

    public LeadCsvExporter(LeadExportQuery query) {
        this.query = query;
    }

    /** Writes all leads, every column, to {@code file} with the default options; returns how many. */
    public long export(Path file, boolean withBom) {
        return export(file, LeadSource.all(query), LeadColumn.ALL, CsvOptions.DEFAULT.withBom(withBom), new Progress());
    }

    /**
     * Writes the leads of {@code source} in {@code columns} to {@code file}; returns how many. Checks {@code progress}
     * for a cancel between rows (nothing is left behind then) and fails with a UserException naming the file.
     */
    public long export(Path file, LeadSource source, List<LeadColumn> columns, CsvOptions options, Progress progress) {
        long total = Math.max(1, source.count());
        return SafeFile.write(file, temp -> write(temp, source, columns, options, progress, total));
    }

    private static long write(
            Path temp, LeadSource source, List<LeadColumn> columns, CsvOptions options, Progress progress, long total)
            throws IOException {
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            if (options.bom()) {
                out.write(BOM);
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            LineDelimiter lineEnd = options.lineEnd() == CsvOptions.LineEnd.LF ? LineDelimiter.LF : LineDelimiter.CRLF;
            try (CsvWriter csv = CsvWriter.builder()
                    .fieldSeparator(options.delimiter())
                    .lineDelimiter(lineEnd)
                    .build(writer)) {
                csv.writeRecord(columns.stream().map(LeadColumn::key).toList());
                String[] cells = new String[columns.size()];
                source.forEach(row -> {
                    for (int i = 0; i < cells.length; i++) {
                        cells[i] = cell(columns.get(i), row);
                    }
                    csv.writeRecord(cells);
                    if (++count[0] % 1_000 == 0) {
                        progress.checkCancelled();
                        progress.update(Math.min(1, count[0] / (double) total), "Wrote " + count[0] + " leads");
                    }
                });
            }
        }
        progress.update(1, "Wrote " + count[0] + " leads");
        return count[0];
    }

    /** The text of one cell, safe to open in a spreadsheet. */
    static String cell(LeadColumn column, LeadExportRow r) {
        Object value = column.value(r);
        if (column == LeadColumn.CREATED_AT) {
            return createdAt(r.createdAt(), r.createdZoneKnown());
        }
        return switch (value) {
            case null -> "";
            case String text -> column.kind() == CellKind.PHONE ? FormulaGuard.phone(text) : FormulaGuard.text(text);
            case OffsetDateTime at -> timestamp(at);
            case BigDecimal decimal -> decimal(decimal);
            default -> value.toString();
        };
    }

    static String[] cells(LeadExportRow r) {
        return LeadColumn.ALL.stream().map(c -> cell(c, r)).toArray(String[]::new);
    }

    /** With its offset when the source gave one; else the local date-time the source wrote, without an offset. */
    static String createdAt(OffsetDateTime at, boolean zoneKnown) {
        if (at == null) {
            return "";
        }
        return zoneKnown
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.toLocalDateTime());
    }

    private static String timestamp(OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
