package app.leadkeeper.importing;

import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a file's text encoding from its bytes: a byte order mark; UTF-16 without one by its zero bytes; UTF-8 when
 * every byte of the file is valid UTF-8; otherwise the single-byte code page Excel and old Macs write (Windows-1252
 * or Mac Roman, told apart by which one turns the high bytes into letters inside words). Refuses files that are not
 * text.
 */
final class TextEncodings {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final Charset MAC_ROMAN = Charset.isSupported("x-MacRoman") ? Charset.forName("x-MacRoman") : null;
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    /** The accented letters of western European languages, which real text is full of. */
    private static final String COMMON_ACCENTED = "áàâäãåçéèêëíìîïñóòôöõúùûüÿßæœøÄÅÇÉÑÖÜ";

    /** The encoding and the length of the byte order mark to skip (0 without one). */
    record Detected(Charset charset, int bomLength) {}

    private TextEncodings() {}

    /**
     * @param sample the first bytes of the file (all of it when small)
     * @param complete whether the sample is the whole file
     */
    static Detected detect(Path file, byte[] sample, boolean complete) throws IOException {
        Detected bom = byBom(sample);
        if (bom != null) {
            return bom;
        }
        refuseKnownBinary(file, sample);
        Charset utf16 = utf16ByZeros(sample);
        if (utf16 != null) {
            return new Detected(utf16, 0);
        }
        refuseBinary(file, sample);
        long invalidAt = firstInvalidUtf8(file, sample, complete);
        if (invalidAt < 0) {
            return new Detected(StandardCharsets.UTF_8, 0);
        }
        return new Detected(singleByte(file, sample, invalidAt), 0);
    }

    private static Detected byBom(byte[] b) {
        if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return new Detected(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF)) {
            return new Detected(UTF_32BE, 4);
        }
        if (startsWith(b, 0xFF, 0xFE, 0x00, 0x00)) {
            return new Detected(UTF_32LE, 4);
        }
        if (startsWith(b, 0xFF, 0xFE)) {
            return new Detected(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(b, 0xFE, 0xFF)) {
            return new Detected(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static void refuseKnownBinary(Path file, byte[] b) {
        String name = file.getFileName().toString();
        if (startsWith(b, 'P', 'K', 3, 4)) {
            throw new UserException(name + " is a ZIP archive or an Excel/LibreOffice workbook, not a CSV file. "
                    + "Save it as CSV (File > Save As > CSV) and import that file.");
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw new UserException(name + " is an old Excel workbook (.xls), not a CSV file. "
                    + "Save it as CSV (File > Save As > CSV) and import that file.");
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            throw new UserException(name + " is a PDF document, not a CSV file.");
        }
    }

    /** UTF-16 without a byte order mark: ASCII characters leave a zero byte in every other position. */
    private static Charset utf16ByZeros(byte[] b) {
        int pairs = Math.min(b.length, 4096) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** NUL bytes outside UTF-16, or many control characters, mean a program's data rather than text. */
    private static void refuseBinary(Path file, byte[] b) {
        int controls = 0;
        for (byte x : b) {
            int u = x & 0xFF;
            if (u == 0) {
                throw notText(file);
            }
            if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r' && u != '\f' && u != 0x1A) || u == 0x7F) {
                controls++;
            }
        }
        if (controls * 50 > b.length) {
            throw notText(file);
        }
    }

    static UserException notText(Path file) {
        return new UserException(file.getFileName() + " is not a text file: it holds binary data, not CSV.");
    }

    /** The offset of the first byte that breaks UTF-8 in the whole file, or -1 when it is all valid. */
    private static long firstInvalidUtf8(Path file, byte[] sample, boolean complete) throws IOException {
        Utf8Validator validator = new Utf8Validator();
        int bad = validator.feed(sample, sample.length);
        if (bad >= 0) {
            return bad;
        }
        if (complete) {
            return -1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(sample.length);
            byte[] buffer = new byte[1 << 20];
            long offset = sample.length;
            int n;
            while ((n = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                bad = validator.feed(buffer, n);
                if (bad >= 0) {
                    return offset + bad;
                }
                offset += n;
            }
        }
        return -1;
    }

    /** Windows-1252 unless Mac Roman makes clearly more sense of the high bytes around the first non-UTF-8 one. */
    private static Charset singleByte(Path file, byte[] sample, long invalidAt) throws IOException {
        if (MAC_ROMAN == null) {
            return WINDOWS_1252;
        }
        byte[] window;
        if (invalidAt < sample.length) {
            window = sample;
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                in.skipNBytes(Math.max(0, invalidAt - 64));
                window = in.readNBytes(1 << 16);
            }
        }
        int high = 0;
        for (byte b : window) {
            high += b < 0 ? 1 : 0;
        }
        // Windows-1252 is by far the more common: Mac Roman has to make clearly more sense of the bytes.
        int margin = 2 + high / 8;
        return score(window, MAC_ROMAN) >= score(window, WINDOWS_1252) + margin ? MAC_ROMAN : WINDOWS_1252;
    }

    /** Points for high bytes that decode to common letters inside words, minus points for symbols or capitals there. */
    static int score(byte[] bytes, Charset charset) {
        byte[] high = new byte[128];
        for (int i = 0; i < 128; i++) {
            high[i] = (byte) (0x80 + i);
        }
        String decoded = new String(high, charset);
        int score = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] >= 0) {
                continue;
            }
            char c = decoded.charAt((bytes[i] & 0xFF) - 0x80);
            boolean before = i > 0 && isAsciiLetter(bytes[i - 1]);
            boolean after = i + 1 < bytes.length && isAsciiLetter(bytes[i + 1]);
            int type = Character.getType(c);
            if (c == '\uFFFD') {
                score -= 5;
            } else if (type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER) {
                boolean capitalInsideWord = type == Character.UPPERCASE_LETTER && before;
                score += capitalInsideWord ? -3 : (before || after ? 2 : 0);
                score += COMMON_ACCENTED.indexOf(c) >= 0 ? 1 : 0;
            } else if (before && after) {
                score -= 2;
            }
        }
        return score;
    }

    private static boolean isAsciiLetter(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
    }

    /** A UTF-8 checker that can be fed a file in pieces; sequences may cross the pieces. */
    static final class Utf8Validator {
        private int need;
        private int low = 0x80;
        private int high = 0xBF;

        /** The index of the first invalid byte in {@code bytes[0, length)}, or -1. */
        int feed(byte[] bytes, int length) {
            int i = 0;
            while (i < length) {
                if (need == 0) {
                    if (i + 8 <= length && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                        i += 8;
                        continue;
                    }
                    int u = bytes[i] & 0xFF;
                    if (u >= 0x80 && !lead(u)) {
                        return i;
                    }
                } else {
                    int u = bytes[i] & 0xFF;
                    if (u < low || u > high) {
                        return i;
                    }
                    need--;
                    low = 0x80;
                    high = 0xBF;
                }
                i++;
            }
            return -1;
        }

        private boolean lead(int u) {
            if (u >= 0xC2 && u <= 0xDF) {
                return expect(1, 0x80, 0xBF);
            }
            if (u == 0xE0) {
                return expect(2, 0xA0, 0xBF);
            }
            if (u == 0xED) {
                return expect(2, 0x80, 0x9F);
            }
            if (u >= 0xE1 && u <= 0xEF) {
                return expect(2, 0x80, 0xBF);
            }
            if (u == 0xF0) {
                return expect(3, 0x90, 0xBF);
            }
            if (u >= 0xF1 && u <= 0xF3) {
                return expect(3, 0x80, 0xBF);
            }
            if (u == 0xF4) {
                return expect(3, 0x80, 0x8F);
            }
            return false;
        }

        private boolean expect(int count, int first, int last) {
            need = count;
            low = first;
            high = last;
            return true;
        }
    }
}
