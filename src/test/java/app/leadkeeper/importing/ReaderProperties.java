package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.core.UserException;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever is written comes back; whatever bytes come in, the reader answers with records or a UserException. */
class ReaderProperties {
    /** How a file may be written: its encoding and whether a byte order mark starts it. */
    record Encoding(Charset charset, boolean bom) {}

    /** A header and rows of cells. */
    record Table(List<String> header, List<List<String>> rows) {}

    private static final String ASCII_AND_CSV = " !#$%&'()*+-./0123456789:<=>?@ABCXYZabcxyz[]^_`{}~\"\r\n\t,;|";
    /** Accented letters as German, French and Spanish text has them (Mac Roman detection is a heuristic on words). */
    private static final String LATIN = "äöüßéèàçñ";

    private static final String WIDE = "日本語ąčęłŁж€😀𝄞";

    @Property(tries = 150)
    void aTableWrittenInAnyEncodingDelimiterAndLineEndingReadsBackIdentical(
            @ForAll("encodings") Encoding encoding,
            @ForAll("delimiters") char delimiter,
            @ForAll("lineEndings") LineDelimiter lineEnding,
            @ForAll("seeds") long seed)
            throws IOException {
        Table table = table(seed, encoding, delimiter, true);
        Path file = write(table, encoding, delimiter, lineEnding);
        try {
            SniffResult sniff = ImportReader.sniff(file, null, delimiter);
            assertThat(sniff.header()).isEqualTo(table.header());
            assertThat(sniff.bom()).isEqualTo(encoding.bom());
            if (!isAscii(table)) {
                assertThat(sniff.charset()).isEqualTo(encoding.charset());
            }
            assertThat(readRows(file, sniff)).isEqualTo(table.rows());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 150)
    void theDelimiterEncodingAndLineEndingAreDetected(
            @ForAll("encodings") Encoding encoding,
            @ForAll("delimiters") char delimiter,
            @ForAll("lineEndings") LineDelimiter lineEnding,
            @ForAll("seeds") long seed)
            throws IOException {
        Table table = table(seed, encoding, delimiter, false);
        Path file = write(table, encoding, delimiter, lineEnding);
        try {
            SniffResult sniff = ImportReader.sniff(file);
            assertThat(sniff.delimiter()).isEqualTo(delimiter);
            assertThat(sniff.lineEnding()).isEqualTo(lineEnding.toString());
            assertThat(sniff.header()).isEqualTo(table.header());
            if (!isAscii(table)) {
                assertThat(sniff.charset()).isEqualTo(encoding.charset());
            }
            assertThat(readRows(file, sniff)).isEqualTo(table.rows());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Property(tries = 300)
    void randomBytesNeverThrowFromTheReader(@ForAll("junk") byte[] bytes) throws IOException {
        Path file = Files.createTempFile("junk", ".csv");
        try {
            Files.write(file, bytes);
            SniffResult sniff;
            try {
                sniff = ImportReader.sniff(file);
            } catch (UserException refused) {
                assertThat(refused.getMessage()).contains(file.getFileName().toString());
                return;
            }
            List<ImportRecord> records = new ArrayList<>();
            new ImportReader(file, sniff, null, Fixtures.context(file, "DE")).forEach(records::add);
            for (ImportRecord record : records) {
                assertThat(record.line()).isPositive();
                assertThat(record.rejected() ? record.rejection() : record.lead())
                        .isNotNull();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static List<List<String>> readRows(Path file, SniffResult sniff) {
        List<List<String>> rows = new ArrayList<>();
        new ImportReader(file, sniff, null, Fixtures.context(file, "DE"))
                .rawRecords((line, fields) -> rows.add(fields));
        return rows;
    }

    private static Path write(Table table, Encoding encoding, char delimiter, LineDelimiter lineEnding)
            throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, encoding.charset());
                CsvWriter csv = CsvWriter.builder()
                        .fieldSeparator(delimiter)
                        .lineDelimiter(lineEnding)
                        .build(out)) {
            if (encoding.bom()) {
                out.write('\uFEFF');
            }
            csv.writeRecord(table.header());
            for (List<String> row : table.rows()) {
                csv.writeRecord(row);
            }
        }
        Path file = Files.createTempFile("table", ".csv");
        Files.write(file, bytes.toByteArray());
        return file;
    }

    /**
     * A table from a seed: distinct plain header names, then rows whose first cell is an id and whose other cells
     * hold anything the encoding can write: quotes, delimiters, line breaks, letters of other scripts. When the
     * delimiter is to be detected, cells hold no other candidate delimiter (that would make the file ambiguous).
     */
    private static Table table(long seed, Encoding encoding, char delimiter, boolean anyDelimiter) {
        java.util.Random random = new java.util.Random(seed);
        int columns = 2 + random.nextInt(5);
        Set<String> names = new LinkedHashSet<>();
        names.add("id");
        while (names.size() < columns) {
            names.add(word(random, "ABCXYZabcxyz0123") + (random.nextBoolean() ? " " + word(random, "abc") : ""));
        }
        String alphabet =
                ASCII_AND_CSV + (encoding.charset().equals(TextEncodings.WINDOWS_1252) ? LATIN : LATIN + WIDE);
        if (!anyDelimiter) {
            for (char other : CsvSniffer.DELIMITERS) {
                if (other != delimiter) {
                    alphabet = alphabet.replace(String.valueOf(other), "");
                }
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int count = random.nextInt(12);
        for (int r = 0; r < count; r++) {
            List<String> row = new ArrayList<>();
            row.add("r" + r);
            for (int c = 1; c < columns; c++) {
                row.add(cell(random, alphabet));
            }
            rows.add(row);
        }
        return new Table(List.copyOf(names), rows);
    }

    private static String word(java.util.Random random, String letters) {
        StringBuilder word = new StringBuilder();
        int length = 1 + random.nextInt(6);
        for (int i = 0; i < length; i++) {
            word.append(letters.charAt(random.nextInt(letters.length())));
        }
        return word.toString();
    }

    private static String cell(java.util.Random random, String alphabet) {
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(15);
        StringBuilder cell = new StringBuilder();
        int[] codePoints = alphabet.codePoints().toArray();
        for (int i = 0; i < length; i++) {
            cell.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return cell.toString();
    }

    private static boolean isAscii(Table table) {
        List<String> all = new ArrayList<>(table.header());
        table.rows().forEach(all::addAll);
        return all.stream().allMatch(s -> s.chars().allMatch(c -> c < 128));
    }

    @Provide
    Arbitrary<Encoding> encodings() {
        return Arbitraries.of(
                new Encoding(StandardCharsets.UTF_8, false),
                new Encoding(StandardCharsets.UTF_8, true),
                new Encoding(StandardCharsets.UTF_16LE, true),
                new Encoding(StandardCharsets.UTF_16BE, true),
                new Encoding(TextEncodings.WINDOWS_1252, false));
    }

    @Provide
    Arbitrary<Character> delimiters() {
        return Arbitraries.of(',', ';', '\t', '|');
    }

    @Provide
    Arbitrary<LineDelimiter> lineEndings() {
        return Arbitraries.of(LineDelimiter.CRLF, LineDelimiter.LF, LineDelimiter.CR);
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<byte[]> junk() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
        Arbitrary<byte[]> textish = Arbitraries.strings()
                .withChars("a,;\"\n\r\t|=+@.0123456789E\uFEFFé")
                .ofMaxLength(400)
                .map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> headerThenJunk = Combinators.combine(textish, random).as((a, b) -> {
            byte[] all = new byte[a.length + b.length];
            System.arraycopy(a, 0, all, 0, a.length);
            System.arraycopy(b, 0, all, a.length, b.length);
            return ("email,phone,date\n" + new String(all, StandardCharsets.ISO_8859_1))
                    .getBytes(StandardCharsets.ISO_8859_1);
        });
        return Arbitraries.oneOf(random, textish, headerThenJunk);
    }
}
