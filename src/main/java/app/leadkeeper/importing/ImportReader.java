package app.leadkeeper.importing;

import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads any CSV export into lead data, one record at a time: never more than one record in memory, so a file of
 * a million rows reads in constant memory. Header rows (the first one and repeated ones, as CFDB7 writes every
 * 1,000 rows), blank lines and Excel's "sep=" line are skipped; every other record comes out, imported or rejected
 * with its reason, and a rejected record never stops the others.
 *
 * <p>Numeric dates such as 03/04/2024 are read in one order per column, decided over the whole column before the
 * records come out: a first pass reads the date columns until each has a value that settles it (a day above 12, as
 * in 13/04/2024, or a year-first date) and stops there, so it usually ends at the first row. Only a column whose
 * every date fits both orders is read to its end; it then takes the order of the user's phone region (month first
 * in the US, day first elsewhere) and {@link #notes()} says so.
 */
public final class ImportReader {
    private static final int PROGRESS_EVERY = 4096;

    private final Path file;
    private final SniffResult sniff;
    private final ColumnMapping mapping;
    private final ImportContext context;
    private DateOrder[] orders;
    private final List<String> notes = new ArrayList<>();

    /**
     * @param sniff what {@link #sniff} found (with the user's changes); its header is the file's
     * @param mapping the column mapping, or null for the {@link #automaticMapping automatic} one
     */
    public ImportReader(Path file, SniffResult sniff, ColumnMapping mapping, ImportContext context) {
        this.file = Objects.requireNonNull(file, "file");
        this.sniff = Objects.requireNonNull(sniff, "sniff");
        this.mapping = mapping != null ? mapping : automaticMapping(sniff);
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Encoding, delimiter, line ending, header and tool of a file; a UserException naming it when unreadable. */
    public static SniffResult sniff(Path file) {
        return CsvSniffer.sniff(file, null, null);
    }

    /** As {@link #sniff(Path)}, with the encoding or the delimiter the user chose (null: detect it). */
    public static SniffResult sniff(Path file, Charset charset, Character delimiter) {
        return CsvSniffer.sniff(file, charset, delimiter);
    }

    /** The mapping from the tool's preset and header synonyms, for a file without a saved profile. */
    public static ColumnMapping automaticMapping(SniffResult sniff) {
        return ColumnMapping.automatic(sniff.header(), sniff.tool());
    }

    public SniffResult sniffResult() {
        return sniff;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    /** What the reader decided for the whole file, such as an assumed day/month order; read after forEach. */
    public List<String> notes() {
        dateOrders();
        return Collections.unmodifiableList(notes);
    }

    /** The day/month order of each date column (by column index), decided over the whole column. */
    public Map<Integer, DateOrder> dateOrders() {
        DateOrder[] decided = decideDateOrders();
        Map<Integer, DateOrder> result = new LinkedHashMap<>();
        for (int i = 0; i < decided.length; i++) {
            if (mapping.target(i).isDate()) {
                result.put(i, decided[i]);
            }
        }
        return result;
    }

    /** Streams every data record (header rows not included) to the sink, in file order. */
    public void forEach(Consumer<ImportRecord> sink) {
        forEach(sink, null);
    }

    /**
     * As {@link #forEach(Consumer)}, reporting the share of the file read to {@code progress} and stopping with
     * {@link Progress.CancelledException} when it is cancelled.
     */
    public void forEach(Consumer<ImportRecord> sink, Progress progress) {
        RowConverter converter = new RowConverter(
                sniff.header(), mapping, Preset.of(sniff.tool()), decideDateOrders(), context, sniff.delimiter());
        scan(
                new Visitor() {
                    @Override
                    public boolean record(long line, CsvRecord record) {
                        sink.accept(converter.convert(line, record));
                        return true;
                    }

                    @Override
                    public void broken(long line, String reason) {
                        sink.accept(ImportRecord.refused(line, reason, List.of()));
                    }
                },
                progress);
    }

    /** The values of the first data records as the file holds them, for the wizard's preview. */
    public List<List<String>> preview(int maxRecords) {
        List<List<String>> rows = new ArrayList<>();
        if (maxRecords > 0) {
            rawRecords((line, fields) -> {
                rows.add(fields);
                return rows.size() < maxRecords;
            });
        }
        return rows;
    }

    /** Every data record's values as read (header rows, blank lines and a broken tail left out), until false. */
    void rawRecords(java.util.function.BiPredicate<Long, List<String>> sink) {
        scan(
                new Visitor() {
                    @Override
                    public boolean record(long line, CsvRecord record) {
                        return sink.test(line, record.getFields());
                    }

                    @Override
                    public void broken(long line, String reason) {}
                },
                null);
    }

    private DateOrder[] decideDateOrders() {
        if (orders == null) {
            DateOrderAnalysis analysis = new DateOrderAnalysis(
                    sniff.header(), mapping, context.phones().defaultRegion());
            if (analysis.needsPass()) {
                scan(
                        new Visitor() {
                            @Override
                            public boolean record(long line, CsvRecord record) {
                                return analysis.add(record);
                            }

                            @Override
                            public void broken(long line, String reason) {}
                        },
                        null);
            }
            orders = analysis.orders();
            notes.addAll(analysis.notes());
        }
        return orders;
    }

    /** What {@link #scan} hands each data record to. */
    private interface Visitor {
        /** Returns false to stop reading. */
        boolean record(long line, CsvRecord record);

        /** The rest of the file cannot be read from this line on (a quote never closed). */
        void broken(long line, String reason);
    }

    private void scan(Visitor visitor, Progress progress) {
        long size = sizeOf();
        try (CountingStream counted = new CountingStream(open());
                Reader text = new InputStreamReader(
                        counted,
                        sniff.charset()
                                .newDecoder()
                                .onMalformedInput(CodingErrorAction.REPLACE)
                                .onUnmappableCharacter(CodingErrorAction.REPLACE));
                CsvReader<CsvRecord> csv = CsvReaders.builder(sniff.delimiter()).ofCsvRecord(text)) {
            Iterator<CsvRecord> records = csv.iterator();
            HeaderRows headers = new HeaderRows(sniff.header());
            long lastLine = 0;
            long count = 0;
            while (true) {
                CsvRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (CsvParseException e) {
                    long line = CsvReaders.lineOf(e);
                    visitor.broken(line > 0 ? line : lastLine + 1, brokenReason(e));
                    break; // FastCSV cannot go on after a parse error
                }
                lastLine = record.getStartingLineNumber();
                if (headers.skip(record)) {
                    continue;
                }
                if (!visitor.record(lastLine, record)) {
                    break;
                }
                if (progress != null && ++count % PROGRESS_EVERY == 0) {
                    progress.checkCancelled();
                    progress.update(size > 0 ? (double) counted.count / size : -1, "Reading line " + lastLine);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new UserException(
                    sniff.header().isEmpty()
                            ? file.getFileName() + " cannot be read: " + e.getMessage()
                            : file.getFileName() + " could not be read to its end: " + e.getMessage(),
                    e);
        }
    }

    private static String brokenReason(CsvParseException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.startsWith("Unclosed quoted field")) {
            return "the file ends inside a quoted field that starts on this line (a closing \" is missing), so this"
                    + " record was not read";
        }
        return "the rest of the file cannot be read from this line: " + message;
    }

    private InputStream open() throws IOException {
        InputStream in = Files.newInputStream(file);
        if (sniff.bom()) {
            byte[] bom = "\uFEFF".getBytes(sniff.charset());
            byte[] start = in.readNBytes(bom.length);
            if (!Arrays.equals(start, bom)) {
                in.close();
                in = Files.newInputStream(file); // the BOM was claimed but is not there: read from the start
            }
        }
        return in;
    }

    private long sizeOf() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UserException(file.getFileName() + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** Counts the bytes read, for progress. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
