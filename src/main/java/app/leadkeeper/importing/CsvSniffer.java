package app.leadkeeper.importing;

import app.leadkeeper.core.UserException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Looks at the first megabyte of a file (and checks the whole file for UTF-8) to find its encoding, delimiter, line
 * ending, header and source tool. Only the bytes count: a file named .csv holding tab-separated UTF-16 is read as
 * such.
 */
final class CsvSniffer {
    static final int SAMPLE_BYTES = 1 << 20;
    static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final int RECORDS_TO_COMPARE = 30;

    private CsvSniffer() {}

    static SniffResult sniff(Path file, Charset forcedCharset, Character forcedDelimiter) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.exists(file)) {
                throw new UserException(name + " does not exist (looked for " + file.toAbsolutePath() + ").");
            }
            if (Files.isDirectory(file)) {
                throw new UserException(name + " is a folder, not a CSV file.");
            }
            long size = Files.size(file);
            if (size == 0) {
                throw new UserException(name + " is empty: it holds no header row and no leads.");
            }
            byte[] sample;
            try (InputStream in = Files.newInputStream(file)) {
                sample = in.readNBytes(SAMPLE_BYTES);
            }
            boolean complete = sample.length >= size;
            TextEncodings.Detected encoding = forcedCharset == null
                    ? TextEncodings.detect(file, sample, complete)
                    : new TextEncodings.Detected(forcedCharset, bomLength(sample, forcedCharset));
            String text = decode(sample, encoding, complete);
            if (text.isBlank()) {
                throw new UserException(name + " is empty: it holds no header row and no leads.");
            }
            if (isUnicodeWide(encoding.charset()) && looksBinary(text)) {
                throw TextEncodings.notText(file);
            }
            return sniffText(name, text, encoding, forcedDelimiter);
        } catch (NoSuchFileException e) {
            throw new UserException(name + " does not exist (looked for " + file.toAbsolutePath() + ").", e);
        } catch (AccessDeniedException e) {
            throw new UserException(name + " cannot be read: permission denied.", e);
        } catch (IOException e) {
            throw new UserException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static SniffResult sniffText(
            String name, String text, TextEncodings.Detected encoding, Character forcedDelimiter) throws IOException {
        String separatorHint = separatorLine(text);
        char delimiter = forcedDelimiter != null
                ? forcedDelimiter
                : separatorHint != null ? separatorHint.charAt(4) : detectDelimiter(text);
        String lineEnding = lineEnding(text);
        List<String> header = new ArrayList<>();
        boolean lastColumnEmptyEverywhere = true;
        int rows = 0;
        try (CsvReader<CsvRecord> csv = CsvReaders.builder(delimiter).ofCsvRecord(text)) {
            Iterator<CsvRecord> records = csv.iterator();
            boolean seenHeader = false;
            while (records.hasNext() && rows < RECORDS_TO_COMPARE) {
                CsvRecord record = records.next();
                if (!seenHeader) {
                    if (separatorHint != null && record.getStartingLineNumber() == 1 || CsvReaders.isBlank(record)) {
                        continue;
                    }
                    for (String field : record.getFields()) {
                        header.add(HeaderNames.clean(field));
                    }
                    seenHeader = true;
                } else if (!CsvReaders.isBlank(record)) {
                    rows++;
                    if (record.getFieldCount() >= header.size()) {
                        lastColumnEmptyEverywhere &=
                                record.getField(header.size() - 1).isBlank();
                    }
                }
            }
        } catch (RuntimeException e) {
            // A sample cut inside a long quoted field: the header was read before it, which is all we need here.
            if (header.isEmpty()) {
                throw new UserException(name + " has no readable header row: " + e.getMessage(), e);
            }
        }
        if (header.size() > 1 && header.getLast().isEmpty() && lastColumnEmptyEverywhere) {
            header.removeLast(); // a delimiter at the end of every line, as older CFDB exports write
        }
        if (header.stream().allMatch(String::isEmpty)) {
            throw new UserException(name + " has no header row: its first line names no columns.");
        }
        return new SniffResult(
                encoding.charset(),
                encoding.bomLength() > 0,
                delimiter,
                lineEnding,
                SourceTool.recognise(header),
                header);
    }

    private static int bomLength(byte[] sample, Charset charset) {
        if (!charset.canEncode() || !charset.newEncoder().canEncode('\uFEFF')) {
            return 0; // Windows-1252 and Mac Roman have no BOM: getBytes would give "?" and eat a leading '?'
        }
        byte[] bom = "\uFEFF".getBytes(charset);
        if (bom.length > sample.length) {
            return 0;
        }
        for (int i = 0; i < bom.length; i++) {
            if (bom[i] != sample[i]) {
                return 0;
            }
        }
        return bom.length;
    }

    private static String decode(byte[] sample, TextEncodings.Detected encoding, boolean complete)
            throws CharacterCodingException {
        String text = encoding.charset()
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(sample, encoding.bomLength(), sample.length - encoding.bomLength()))
                .toString();
        if (!complete) {
            int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
            if (lastBreak > 0) {
                text = text.substring(0, lastBreak + 1);
            }
        }
        return text;
    }

    private static boolean isUnicodeWide(Charset charset) {
        return !charset.equals(StandardCharsets.UTF_8) && charset.name().startsWith("UTF-");
    }

    private static boolean looksBinary(String text) {
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || c == 0 || (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')) {
                bad++;
            }
        }
        return bad * 50 > text.length();
    }

    /** Excel's "sep=;" first line, which names the delimiter; null when the file has none. */
    static String separatorLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String first = text.substring(0, end).strip();
        return first.length() == 5 && first.regionMatches(true, 0, "sep=", 0, 4) ? first : null;
    }

    /**
     * The delimiter that splits the first records most consistently into the header's number of fields (two or
     * more), quotes respected; among equally consistent ones, the one giving more columns. Comma when none splits.
     */
    static char detectDelimiter(String text) {
        char best = ',';
        long bestScore = 0;
        for (char candidate : DELIMITERS) {
            int[] counts = fieldCounts(text, candidate);
            if (counts.length == 0 || counts[0] < 2) {
                continue;
            }
            int matching = 0;
            for (int i = 1; i < counts.length; i++) {
                matching += counts[i] == counts[0] ? 1 : 0;
            }
            long consistency = counts.length == 1 ? 1000 : matching * 1000L / (counts.length - 1);
            long score = consistency * 1000 + Math.min(counts[0], 999);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    /** Field counts of the first non-blank records, read with this delimiter and double quotes. */
    static int[] fieldCounts(String text, char delimiter) {
        int[] counts = new int[RECORDS_TO_COMPARE];
        int records = 0;
        int fields = 1;
        boolean quoted = false;
        boolean fieldStart = true;
        boolean blank = true;
        int i = 0;
        while (i < text.length() && records < RECORDS_TO_COMPARE) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        i++;
                    } else {
                        quoted = false;
                    }
                }
            } else if (c == '"' && fieldStart) {
                quoted = true;
                blank = false;
            } else if (c == delimiter) {
                fields++;
                blank = false;
                fieldStart = true;
                i++;
                continue;
            } else if (c == '\n' || c == '\r') {
                if (!blank) {
                    counts[records++] = fields;
                }
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields = 1;
                blank = true;
                fieldStart = true;
                i++;
                continue;
            } else if (c != ' ') {
                blank = false;
            }
            fieldStart = false;
            i++;
        }
        if (!blank && !quoted && records < RECORDS_TO_COMPARE) {
            counts[records++] = fields;
        }
        return Arrays.copyOf(counts, records);
    }

    /** The first line break outside quotes; "\n" for a file of one line. */
    static String lineEnding(String text) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? "\r\n" : "\r";
            } else if (!quoted && c == '\n') {
                return "\n";
            }
        }
        return "\n";
    }
}
