package app.leadkeeper.exporting;

import java.util.Locale;

/**
 * How a CSV export is written: the delimiter, a UTF-8 byte order mark (which Excel needs to read UTF-8, so on by
 * default) and the line ends (CRLF as RFC 4180 says, or LF).
 */
public record CsvOptions(char delimiter, boolean bom, LineEnd lineEnd) {
    public static final CsvOptions DEFAULT = new CsvOptions(',', true, LineEnd.CRLF);

    /** The line end written after each record. */
    public enum LineEnd {
        CRLF("\r\n", "Windows (CRLF)"),
        LF("\n", "Unix and macOS (LF)");

        private final String chars;
        private final String label;

        LineEnd(String chars, String label) {
            this.chars = chars;
            this.label = label;
        }

        public String chars() {
            return chars;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public CsvOptions {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("a CSV delimiter cannot be " + name(delimiter));
        }
    }

    public CsvOptions withDelimiter(char value) {
        return new CsvOptions(value, bom, lineEnd);
    }

    public CsvOptions withBom(boolean value) {
        return new CsvOptions(delimiter, value, lineEnd);
    }

    public CsvOptions withLineEnd(LineEnd value) {
        return new CsvOptions(delimiter, bom, value);
    }

    /** The delimiter from its command-line spelling: {@code , ; | tab} (or a single character). */
    public static char delimiter(String spelled) {
        String s = spelled.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "tab", "\\t", "\t" -> '\t';
            case "comma" -> ',';
            case "semicolon" -> ';';
            case "pipe" -> '|';
            default -> {
                if (spelled.length() != 1 || spelled.charAt(0) == '"' || Character.isLetterOrDigit(spelled.charAt(0))) {
                    throw new IllegalArgumentException("unknown delimiter " + spelled + " (use , ; | or tab)");
                }
                yield spelled.charAt(0);
            }
        };
    }

    /** The delimiter in words, for a dialog or a message. */
    public static String name(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> String.valueOf(delimiter);
        };
    }
}
