package app.leadkeeper.importing;

import de.siegmar.fastcsv.reader.CsvRecord;
import java.util.List;

/**
 * Tells the records that are not data: Excel's "sep=;" first line, blank rows, the header row, and the header
 * row repeated inside the file (CFDB7 writes its BOM and header again every 1,000 rows; joined exports do too).
 */
final class HeaderRows {
    private final List<String> header;
    private boolean first = true;
    private boolean seenHeader;

    HeaderRows(List<String> header) {
        this.header = header;
    }

    /** Whether this record is to be skipped; call it for every record, in file order. */
    boolean skip(CsvRecord record) {
        if (first) {
            first = false;
            if (isSeparatorLine(record)) {
                return true;
            }
        }
        if (CsvReaders.isBlank(record)) {
            return true;
        }
        if (!seenHeader) {
            seenHeader = true;
            return true;
        }
        return isHeader(record);
    }

    private static boolean isSeparatorLine(CsvRecord record) {
        if (record.getStartingLineNumber() != 1 || record.getFieldCount() > 2) {
            return false;
        }
        String first = record.getField(0).replace("\uFEFF", "").strip();
        boolean rest = record.getFieldCount() == 1 || record.getField(1).isEmpty();
        return rest && first.length() <= 5 && first.regionMatches(true, 0, "sep=", 0, 4);
    }

    private boolean isHeader(CsvRecord record) {
        int n = header.size();
        int count = record.getFieldCount();
        if (n == 0 || (count != n && !(count == n + 1 && record.getField(n).isBlank()))) {
            return false;
        }
        if (!sameName(record.getField(0), header.getFirst())) {
            return false;
        }
        for (int i = 1; i < n; i++) {
            if (!sameName(record.getField(i), header.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameName(String field, String name) {
        if (field.equals(name)) {
            return true;
        }
        boolean mayNeedCleaning = field.length() > name.length()
                && (field.indexOf('\uFEFF') >= 0
                        || field.indexOf('<') >= 0
                        || field.indexOf('&') >= 0
                        || Character.isWhitespace(field.charAt(0))
                        || Character.isWhitespace(field.charAt(field.length() - 1))
                        || field.contains("  "));
        return mayNeedCleaning && HeaderNames.clean(field).equals(name);
    }
}
