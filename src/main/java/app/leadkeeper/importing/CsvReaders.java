package app.leadkeeper.importing;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

/** The one FastCSV configuration used for sniffing and reading, so both see the same records. */
final class CsvReaders {
    private CsvReaders() {}

    /**
     * Double quotes, no comment lines (a '#' is Typeform's first header), empty lines skipped, any field count
     * (checked against the header by the reader, which rejects the record with a reason instead of stopping), and
     * a quote left open at the end of the file reported as an error so that only that record is rejected.
     */
    @SuppressWarnings("removal")
    static CsvReader.CsvReaderBuilder builder(char delimiter) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .detectBomHeader(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowUnclosedQuote(false)
                // Real exports hold stray text after a closing quote ("5" Zoll"). FastCSV stops the whole file at
                // the first one otherwise, as it cannot resume after a parse error. Deprecated in 4.4 without a
                // replacement yet: revisit when upgrading FastCSV.
                .allowExtraCharsAfterClosingQuote(true);
    }

    /** A record of blank fields only: an empty line, or a line of delimiters as Excel writes for empty rows. */
    static boolean isBlank(CsvRecord record) {
        for (int i = 0; i < record.getFieldCount(); i++) {
            if (!record.getField(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The line FastCSV names in a parse error ("… (record starting at line 12)"), or -1. */
    static long lineOf(RuntimeException error) {
        String message = error.getMessage();
        if (message == null) {
            return -1;
        }
        int at = message.lastIndexOf("line ");
        if (at < 0) {
            return -1;
        }
        long line = 0;
        int digits = 0;
        for (int i = at + 5; i < message.length() && Character.isDigit(message.charAt(i)); i++, digits++) {
            line = line * 10 + (message.charAt(i) - '0');
        }
        return digits == 0 ? -1 : line;
    }
}
