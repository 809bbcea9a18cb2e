package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Encoding, delimiter, line ending and header come from the bytes alone; unreadable files are refused by name. */
class CsvSnifferTest {
    @TempDir
    Path dir;

    private static final String TEXT =
            "Name,E-Mail,Stadt\r\nJürgen Groß,j@example.de,Köln\r\nZoë,z@example.de,Liège\r\n";

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @ParameterizedTest
    @CsvSource({
        "UTF-8, true",
        "UTF-8, false",
        "UTF-16LE, true",
        "UTF-16BE, true",
        "UTF-16LE, false",
        "UTF-16BE, false",
        "windows-1252, false",
        "x-MacRoman, false"
    })
    void detectsTheEncodingFromTheBytes(String charsetName, boolean bom) throws IOException {
        Charset charset = Charset.forName(charsetName);
        byte[] bytes = TEXT.getBytes(charset);
        if (bom) {
            bytes = concat("\uFEFF".getBytes(charset), bytes);
        }
        Path file = write("any-name.txt", bytes);
        SniffResult sniff = ImportReader.sniff(file);
        assertThat(sniff.charset()).isEqualTo(charset);
        assertThat(sniff.bom()).isEqualTo(bom);
        assertThat(sniff.header()).containsExactly("Name", "E-Mail", "Stadt");
        ImportReader reader = new ImportReader(file, sniff, null, Fixtures.context(file, "DE"));
        assertThat(reader.preview(5))
                .containsExactly(
                        java.util.List.of("Jürgen Groß", "j@example.de", "Köln"),
                        java.util.List.of("Zoë", "z@example.de", "Liège"));
    }

    static Stream<Arguments> delimiters() {
        return Stream.of(
                Arguments.of("a,b,c\n1,2,3\n", ','),
                Arguments.of("a;b;c\n1;2,5;3\n", ';'),
                Arguments.of("a\tb\tc\n1\t2\t3\n", '\t'),
                Arguments.of("a|b|c\n1|2|3\n", '|'),
                Arguments.of("\"x;y\",b\n\"1;2\",3\n", ','),
                Arguments.of("name;amount\nBob;12,50\nEve;1.000,00\n", ';'),
                Arguments.of("id\tnote\n1\t\"a, b; c | d\"\n2\t\"e, f\"\n", '\t'),
                Arguments.of("single\nvalue\n", ','));
    }

    @ParameterizedTest
    @MethodSource("delimiters")
    void detectsTheDelimiterByConsistentFieldCounts(String text, char expected) throws IOException {
        Path file = write("d.csv", text.getBytes(StandardCharsets.UTF_8));
        assertThat(ImportReader.sniff(file).delimiter()).isEqualTo(expected);
    }

    @Test
    void aMessageFullOfCommasDoesNotFoolTheDelimiterDetection() throws IOException {
        String text = "email;message;city\n"
                + "a@example.com;\"Hi, I am, well, interested\";Berlin\n"
                + "b@example.com;Call me, please;Hamburg\n"
                + "c@example.com;ok;Köln\n";
        assertThat(ImportReader.sniff(write("m.csv", text.getBytes(StandardCharsets.UTF_8)))
                        .delimiter())
                .isEqualTo(';');
    }

    static Stream<Arguments> lineEndings() {
        return Stream.of(Arguments.of("\r\n", "CRLF"), Arguments.of("\n", "LF"), Arguments.of("\r", "CR"));
    }

    @ParameterizedTest
    @MethodSource("lineEndings")
    void detectsTheLineEnding(String ending, String name) throws IOException {
        String text = "a,b" + ending + "\"x" + ending + "y\",2" + ending;
        SniffResult sniff = ImportReader.sniff(write("le.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(sniff.lineEnding()).isEqualTo(ending);
        assertThat(sniff.lineEndingName()).isEqualTo(name);
    }

    @Test
    void cleansHtmlAndEntitiesInHeaderNames() throws IOException {
        String text = "<p><strong>Your&nbsp;name</strong></p>,What&#39;s your <em>email</em>?,Q &amp; A,&#x263A;\n"
                + "x,y,z,w\n";
        SniffResult sniff = ImportReader.sniff(write("h.csv", text.getBytes(StandardCharsets.UTF_8)));
        assertThat(sniff.header()).containsExactly("Your name", "What's your email ?", "Q & A", "☺");
    }

    @Test
    void dropsOnlyAnEmptyUnnamedLastColumn() throws IOException {
        Path trailing = write("t.csv", "a,b,\n1,2,\n3,4,\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ImportReader.sniff(trailing).header()).containsExactly("a", "b");
        Path unnamed = write("u.csv", "a,b,\n1,2,x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(ImportReader.sniff(unnamed).header()).containsExactly("a", "b", "");
    }

    @Test
    void theUserMayChooseEncodingAndDelimiter() throws IOException {
        Path file = write("c.csv", "a;b,c\n1;2,3\n".getBytes(StandardCharsets.ISO_8859_1));
        SniffResult chosen = ImportReader.sniff(file, StandardCharsets.ISO_8859_1, ',');
        assertThat(chosen.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(chosen.delimiter()).isEqualTo(',');
        assertThat(chosen.header()).containsExactly("a;b", "c");
    }

    @Test
    void aChosenCodePageWithoutAByteOrderMarkKeepsALeadingQuestionMark() throws IOException {
        Path file = write("q.csv", "?Frage,Stadt\nJa,K\u00f6ln\n".getBytes(TextEncodings.WINDOWS_1252));
        SniffResult chosen = ImportReader.sniff(file, TextEncodings.WINDOWS_1252, ',');
        assertThat(chosen.bom()).isFalse();
        assertThat(chosen.header()).containsExactly("?Frage", "Stadt");
        assertThat(new ImportReader(file, chosen, null, Fixtures.context(file, "DE")).preview(1))
                .containsExactly(java.util.List.of("Ja", "K\u00f6ln"));
    }

    @Test
    void refusesAMissingFile() {
        Path missing = dir.resolve("nope.csv");
        assertThatThrownBy(() -> ImportReader.sniff(missing))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("nope.csv does not exist");
    }

    @Test
    void refusesAFolder() {
        assertThatThrownBy(() -> ImportReader.sniff(dir))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("is a folder");
    }

    @Test
    void refusesEmptyFiles() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> ImportReader.sniff(empty))
                .isInstanceOf(UserException.class)
                .hasMessage("empty.csv is empty: it holds no header row and no leads.");
        Path blank = write("blank.csv", "\uFEFF\r\n\r\n  \n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ImportReader.sniff(blank))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("blank.csv is empty");
    }

    @Test
    void refusesBinaryFiles() throws IOException {
        Path binary =
                write("photo.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2});
        assertThatThrownBy(() -> ImportReader.sniff(binary))
                .isInstanceOf(UserException.class)
                .hasMessage("photo.csv is not a text file: it holds binary data, not CSV.");
        Path workbook = write("leads.csv", new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0});
        assertThatThrownBy(() -> ImportReader.sniff(workbook))
                .isInstanceOf(UserException.class)
                .hasMessageStartingWith("leads.csv is a ZIP archive or an Excel/LibreOffice workbook");
    }

    @Test
    void aFileThatIsValidUtf8ExceptFarAwayIsWindows1252() throws IOException {
        StringBuilder text = new StringBuilder("name,email\n");
        while (text.length() < CsvSniffer.SAMPLE_BYTES + 1000) {
            text.append("plain,ascii@example.com\n");
        }
        byte[] start = text.toString().getBytes(StandardCharsets.US_ASCII);
        byte[] end = "Müller,m@example.de\n".getBytes(TextEncodings.WINDOWS_1252);
        SniffResult sniff = ImportReader.sniff(write("far.csv", concat(start, end)));
        assertThat(sniff.charset()).isEqualTo(TextEncodings.WINDOWS_1252);
    }

    @Test
    void theUtf8CheckAcceptsValidAndRefusesInvalidSequences() {
        assertThat(valid("plain ASCII text, long enough to use the eight-byte path".getBytes()))
                .isTrue();
        assertThat(valid("Grüße, 日本, 😀".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(valid(new byte[] {(byte) 0xC0, (byte) 0x80})).isFalse(); // overlong
        assertThat(valid(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).isFalse(); // surrogate
        assertThat(valid(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}))
                .isFalse(); // > U+10FFFF
        assertThat(valid(new byte[] {'a', (byte) 0xFC, 'b'})).isFalse();
    }

    private static boolean valid(byte[] bytes) {
        return new TextEncodings.Utf8Validator().feed(bytes, bytes.length) < 0;
    }
}
