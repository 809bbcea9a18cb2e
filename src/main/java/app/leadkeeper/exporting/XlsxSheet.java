package app.leadkeeper.exporting;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * One worksheet with the finished look every Leadkeeper workbook shares: a bold, shaded header row that stays put
 * while scrolling and carries an autofilter, columns sized for their content, and cells typed by {@link CellKind} —
 * numbers as numbers, dates as dates, money and rates formatted, text, phones and ids as text.
 *
 * <p>Text is always written as an inline string, never as a formula, so nothing from a lead's data can run in the
 * spreadsheet; characters XML cannot carry are dropped and text longer than a cell can hold is cut. Rows are flushed
 * to the file as they are written, so memory does not grow with the number of rows.
 */
final class XlsxSheet {
    /** The most text one cell holds (Excel's limit). */
    static final int MAX_CELL_TEXT = 32_767;

    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";
    private static final String PERCENT = "0.0%";
    private static final String DECIMAL = "#,##0.00";
    private static final int FLUSH_EVERY = 500;

    /**
     * At most this many distinct texts go to the workbook's shared-string table (which stays in memory until the end);
     * past it, repeated texts are written inline too, so a column of a million distinct cities cannot fill the heap.
     */
    static final int MAX_SHARED_TEXTS = 20_000;

    private final Worksheet sheet;
    private final java.util.Set<String> shared;
    private final ZoneId zone;
    private final String moneyFormat;
    private int lastColumn = -1;
    private int headerRow = -1;
    private int lastRow = -1;

    XlsxSheet(Workbook workbook, String name, ZoneId zone, String currency) {
        this(workbook, name, zone, currency, new java.util.HashSet<>());
    }

    /** @param shared the texts already in the workbook's shared-string table (shared by its sheets) */
    XlsxSheet(Workbook workbook, String name, ZoneId zone, String currency, java.util.Set<String> shared) {
        this.shared = shared;
        this.sheet = workbook.newWorksheet(name);
        this.zone = zone;
        this.moneyFormat = moneyFormat(currency);
    }

    /** The Excel number format of an amount in this currency: €1,234.50 or 1,234.50 CHF. */
    static String moneyFormat(String currency) {
        String symbol;
        try {
            symbol = java.util.Currency.getInstance(currency).getSymbol(java.util.Locale.US);
        } catch (IllegalArgumentException | NullPointerException e) {
            symbol = currency == null ? "" : currency;
        }
        String quoted = "\"" + symbol.replace("\"", "") + "\"";
        return symbol.codePointCount(0, symbol.length()) == 1 ? quoted + DECIMAL : DECIMAL + " " + quoted;
    }

    Worksheet sheet() {
        return sheet;
    }

    /** A title in bold, larger type, for sheets that start with one (the summary). */
    void title(int row, String text) {
        sheet.inlineString(row, 0, clean(text));
        sheet.style(row, 0).bold().fontSize(14).set();
        lastRow = Math.max(lastRow, row);
    }

    /** The header row: labels in bold on a shade with a rule below; later {@link #finish()} adds the autofilter. */
    void header(int row, List<String> labels, List<Integer> widths) {
        for (int c = 0; c < labels.size(); c++) {
            sheet.inlineString(row, c, clean(labels.get(c)));
            sheet.style(row, c)
                    .bold()
                    .fillColor("DDE7F0")
                    .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
                    .borderColor(BorderSide.BOTTOM, "7F9DB9")
                    .set();
            sheet.width(c, Math.min(Worksheet.MAX_COL_WIDTH, widths.get(c) + 2));
        }
        lastColumn = Math.max(lastColumn, labels.size() - 1);
        headerRow = row;
        lastRow = Math.max(lastRow, row);
        sheet.freezePane(0, row + 1);
    }

    /** A bold label cell, for section headings and totals rows. */
    void bold(int row, int column, String text) {
        sheet.inlineString(row, column, clean(text));
        sheet.style(row, column).bold().set();
        lastRow = Math.max(lastRow, row);
    }

    /** Writes {@code value} typed by {@code kind}; null leaves the cell empty. */
    void cell(int row, int column, Object value, CellKind kind) {
        cell(row, column, value, kind, false);
    }

    void cell(int row, int column, Object value, CellKind kind, boolean bold) {
        lastRow = Math.max(lastRow, row);
        if (value == null) {
            if (bold) {
                sheet.style(row, column).bold().set();
            }
            return;
        }
        String format = null;
        switch (kind) {
            case ID, TEXT, PHONE -> sheet.inlineString(row, column, clean(value.toString()));
            case BOOLEAN ->
                sheet.value(row, column, value instanceof Boolean b ? b : Boolean.valueOf(value.toString()));
            case INTEGER -> sheet.value(row, column, (Number) value);
            case DECIMAL -> {
                sheet.value(row, column, (Number) value);
                format = DECIMAL;
            }
            case MONEY -> {
                sheet.value(row, column, (Number) value);
                format = moneyFormat;
            }
            case PERCENT -> {
                sheet.value(row, column, (Number) value);
                format = PERCENT;
            }
            case DATE -> {
                sheet.value(row, column, date(value));
                format = DATE;
            }
            case DATE_TIME -> {
                sheet.value(row, column, dateTime(value));
                format = DATE_TIME;
            }
        }
        if (format != null && !bold) {
            formatLater(row, column, format);
        } else if (format != null || bold) {
            var style = sheet.style(row, column);
            if (format != null) {
                style.format(format);
            }
            if (bold) {
                style.bold();
            }
            style.set();
        }
    }

    /**
     * Text that repeats down its column (a channel, a status, a country): written once into the shared-string table
     * and referred to from each cell, which makes a far smaller file, faster to write — up to {@link
     * #MAX_SHARED_TEXTS} distinct texts, then inline like any other text.
     */
    void repeatedText(int row, int column, String value) {
        lastRow = Math.max(lastRow, row);
        if (value == null) {
            return;
        }
        if (shared.contains(value)) {
            // Only cleaned texts are shared, so a text found there needs no cleaning.
            sheet.value(row, column, value);
            return;
        }
        String text = clean(value);
        if (shared.contains(text) || (shared.size() < MAX_SHARED_TEXTS && shared.add(text))) {
            sheet.value(row, column, text);
        } else {
            sheet.inlineString(row, column, text);
        }
    }

    /** Rows of one column, one after another, with the same number format: styled together. */
    private static final class Run {
        final int column;
        final int first;
        int last;
        final String format;

        Run(int column, int row, String format) {
            this.column = column;
            this.first = row;
            this.last = row;
            this.format = format;
        }
    }

    /** Per column, the run of formatted cells still growing; and the runs already ended, not yet styled. */
    private final java.util.Map<Integer, Run> openRuns = new java.util.HashMap<>();

    private final List<Run> endedRuns = new java.util.ArrayList<>();

    /**
     * Notes a cell's number format; the cells get it by runs before their rows are flushed. Styling a run of cells at
     * once works out the style once, where styling each cell worked it out each time (a fifth of writing a workbook
     * of a million leads).
     */
    private void formatLater(int row, int column, String format) {
        Run open = openRuns.get(column);
        if (open != null && open.last == row - 1 && open.format.equals(format)) {
            open.last = row;
            return;
        }
        if (open != null) {
            endedRuns.add(open);
        }
        openRuns.put(column, new Run(column, row, format));
    }

    private void applyFormats() {
        endedRuns.addAll(openRuns.values());
        openRuns.clear();
        for (Run run : endedRuns) {
            sheet.range(run.first, run.column, run.last, run.column)
                    .style()
                    .format(run.format)
                    .set();
        }
        endedRuns.clear();
    }

    /** Lets rows written so far go to the file; call after each row of a long sheet. */
    void rowDone(int row) throws IOException {
        lastRow = Math.max(lastRow, row);
        if (row % FLUSH_EVERY == 0) {
            applyFormats();
            sheet.flush();
        }
    }

    /** Adds the autofilter over the header and the rows below it, and writes the rest of the sheet. */
    void finish() throws IOException {
        applyFormats();
        if (headerRow >= 0 && lastColumn >= 0) {
            sheet.setAutoFilter(headerRow, 0, Math.max(headerRow, lastRow), lastColumn);
        }
        sheet.finish();
    }

    private LocalDate date(Object value) {
        return switch (value) {
            case LocalDate d -> d;
            case OffsetDateTime at -> at.atZoneSameInstant(zone).toLocalDate();
            default -> throw new IllegalArgumentException("not a date: " + value.getClass());
        };
    }

    private LocalDateTime dateTime(Object value) {
        return switch (value) {
            case LocalDateTime d -> d;
            case OffsetDateTime at -> at.atZoneSameInstant(zone).toLocalDateTime();
            case LocalDate d -> d.atStartOfDay();
            default -> throw new IllegalArgumentException("not a date-time: " + value.getClass());
        };
    }

    /** A code in words: OPEN → Open, DOUBLE_OPT_IN → Double opt in; short codes (MQL, SQL) stay as they are. */
    static String words(String code) {
        if (code == null || code.length() <= 3) {
            return code;
        }
        String lower = code.toLowerCase(java.util.Locale.ENGLISH).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** Text as a cell can hold it: without the control characters XML 1.0 forbids, at most 32,767 characters. */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    || c == 0xFFFE
                    || c == 0xFFFF
                    || (Character.isHighSurrogate(c)
                            && (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))))
                    || (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
            if (bad && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!bad && out != null) {
                out.append(c);
            }
        }
        String result = out == null ? text : out.toString();
        if (result.length() > MAX_CELL_TEXT) {
            int end = MAX_CELL_TEXT;
            if (Character.isHighSurrogate(result.charAt(end - 1))) {
                end--;
            }
            result = result.substring(0, end);
        }
        return result;
    }
}
