package app.leadkeeper.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.leadkeeper.core.UserException;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Encoding and delimiter detection on any bytes: a sniff result that makes sense, or a UserException naming the
 * file; never another exception. Saved inputs under CsvSnifferFuzzTestInputs replay in every build; JAZZER_FUZZ=1
 * fuzzes (see the README).
 */
class CsvSnifferFuzzTest {
    private static final String NAME = "sniffed.csv";

    @TempDir
    static Path dir;

    /** The input is the file's bytes, so saved inputs are CSV files as they are. */
    @FuzzTest
    @Timeout(20)
    void anyBytesAreSniffedOrRefused(byte[] data) throws IOException {
        checkUtf8Validator(data);
        Path file = dir.resolve(NAME);
        Files.write(file, data);
        SniffResult sniff;
        try {
            sniff = ImportReader.sniff(file);
        } catch (UserException refused) {
            assertThat(refused.getMessage()).contains(NAME);
            return;
        }
        assertThat(sniff.charset()).isIn(charsets());
        assertThat(sniff.lineEnding()).isIn("\r\n", "\n", "\r");
        assertThat(sniff.header()).isNotEmpty().anyMatch(name -> !name.isEmpty());
        if (sniff.bom()) {
            byte[] bom = "\uFEFF".getBytes(sniff.charset());
            assertThat(Arrays.copyOf(data, bom.length)).isEqualTo(bom);
        }
        String text = decode(data, sniff);
        if (CsvSniffer.separatorLine(text) == null) {
            assertThat(new String(CsvSniffer.DELIMITERS)).contains(String.valueOf(sniff.delimiter()));
        }
        if (!startsWithBom(data) && !contains(data, (byte) 0) && isStrictUtf8(data)) {
            assertThat(sniff.charset()).isEqualTo(StandardCharsets.UTF_8);
        }

        // The wizard sniffs again when the user picks the delimiter or encoding: the choice is kept.
        SniffResult again = ImportReader.sniff(file, sniff.charset(), sniff.delimiter());
        assertThat(again).isEqualTo(sniff);
        for (char delimiter : CsvSniffer.DELIMITERS) {
            try {
                assertThat(ImportReader.sniff(file, null, delimiter).delimiter())
                        .isEqualTo(delimiter);
            } catch (UserException refused) {
                assertThat(refused.getMessage()).contains(NAME);
            }
        }
    }

    /**
     * The UTF-8 check decides between UTF-8 and the old code pages: it must agree with the JDK's strict decoder,
     * also when fed in two pieces as a file larger than the sample is. A newline is appended so that a sequence cut
     * at the end counts as invalid for both.
     */
    private static void checkUtf8Validator(byte[] data) {
        byte[] bytes = Arrays.copyOf(data, data.length + 1);
        bytes[data.length] = '\n';
        int whole = new TextEncodings.Utf8Validator().feed(bytes, bytes.length);
        assertThat(whole < 0).as("valid UTF-8").isEqualTo(isStrictUtf8(bytes));

        int cut = data.length == 0 ? 0 : (data[0] & 0xFF) % bytes.length;
        TextEncodings.Utf8Validator pieces = new TextEncodings.Utf8Validator();
        int first = pieces.feed(Arrays.copyOfRange(bytes, 0, cut), cut);
        int second = first >= 0 ? -1 : pieces.feed(Arrays.copyOfRange(bytes, cut, bytes.length), bytes.length - cut);
        int inPieces = first >= 0 ? first : second >= 0 ? cut + second : -1;
        assertThat(inPieces)
                .as("first invalid byte, fed in two pieces cut at %d", cut)
                .isEqualTo(whole);
    }

    private static boolean isStrictUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] data, SniffResult sniff) {
        int skip = sniff.bom() ? "\uFEFF".getBytes(sniff.charset()).length : 0;
        return new String(data, skip, data.length - skip, sniff.charset());
    }

    private static boolean startsWithBom(byte[] data) {
        return startsWith(data, 0xEF, 0xBB, 0xBF)
                || startsWith(data, 0xFF, 0xFE)
                || startsWith(data, 0xFE, 0xFF)
                || startsWith(data, 0x00, 0x00, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] data, int... prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] data, byte value) {
        for (byte b : data) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }

    private static List<Charset> charsets() {
        List<Charset> known = new ArrayList<>(List.of(
                StandardCharsets.UTF_8,
                StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE,
                Charset.forName("UTF-32LE"),
                Charset.forName("UTF-32BE"),
                TextEncodings.WINDOWS_1252));
        if (TextEncodings.MAC_ROMAN != null) {
            known.add(TextEncodings.MAC_ROMAN);
        }
        return known;
    }
}
