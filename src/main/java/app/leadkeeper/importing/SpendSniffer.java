package app.leadkeeper.importing;

import app.leadkeeper.core.UserException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds out whether a file is the spend report of an ad platform: its encoding (as for lead files), then, among the
 * first lines, a header row that names a date, a campaign and an amount spent as Google Ads, Meta or LinkedIn do.
 * Title rows above the header ("Campaign report", "1 January 2026 - 31 January 2026") are passed over.
 */
public final class SpendSniffer {
    /** Ad reports are small; a bigger file is something else and is refused before it fills the memory. */
    static final long MAX_BYTES = 200L << 20;

    private static final int LINES_TO_SEARCH = 15;

    private SpendSniffer() {}

    /**
     * Whether the file is a spend report, from its first megabyte only (a lead file of a million rows is asked this
     * before every import); never throws for a file that is not one, nor for one that cannot be read.
     */
    public static Optional<AdPlatform> platformOf(Path file) {
        try {
            return read(file, false).map(SpendFile::platform);
        } catch (UserException e) {
            return Optional.empty();
        }
    }

    /** The file as a spend report; refused with a message when it is none. */
    static SpendFile sniff(Path file) {
        return read(file, true)
                .orElseThrow(() -> new UserException(file.getFileName()
                        + " is not a spend report of Google Ads, Meta Ads Manager or LinkedIn Campaign Manager: no row"
                        + " of its first lines names a date, a campaign and an amount spent (Cost, Amount spent,"
                        + " Total Spent)."));
    }

    /** The file as a spend report, or empty; {@code whole}: with its whole text, else the lines of its first MB. */
    private static Optional<SpendFile> read(Path file, boolean whole) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new UserException(name + " does not exist (looked for " + file.toAbsolutePath() + ").");
            }
            long size = Files.size(file);
            if (whole && size > MAX_BYTES) {
                throw new UserException(name + " is too big for a spend report (over 200 MB).");
            }
            byte[] sample;
            try (InputStream in = Files.newInputStream(file)) {
                sample = in.readNBytes(CsvSniffer.SAMPLE_BYTES);
            }
            if (sample.length == 0) {
                throw new UserException(name + " is empty.");
            }
            boolean complete = sample.length >= size;
            byte[] bytes = whole && !complete ? Files.readAllBytes(file) : sample;
            TextEncodings.Detected encoding = TextEncodings.detect(file, sample, complete);
            String text = encoding.charset()
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(bytes, encoding.bomLength(), bytes.length - encoding.bomLength()))
                    .toString();
            if (bytes.length < size) {
                // A sample cut inside a line: only whole lines count.
                int lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
                text = lastBreak > 0 ? text.substring(0, lastBreak + 1) : text;
            }
            return findHeader(file, text, encoding);
        } catch (NoSuchFileException e) {
            throw new UserException(name + " does not exist (looked for " + file.toAbsolutePath() + ").", e);
        } catch (AccessDeniedException e) {
            throw new UserException(name + " cannot be read: permission denied.", e);
        } catch (CharacterCodingException e) {
            throw new UserException(name + " cannot be read as text: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UserException(name + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** "1 January 2026 - 31 January 2026", as Google Ads titles a report: the first and last day, or null. */
    static LocalDate[] titlePeriod(String line) {
        String[] parts = line.strip().split("\\s+[-–—]\\s+");
        if (parts.length != 2) {
            return null;
        }
        DateOrder order = DateOrder.forRegion(Locale.getDefault().getCountry());
        LocalDate from = SpendPeriods.day(parts[0], order);
        LocalDate to = SpendPeriods.day(parts[1], order);
        return from == null || to == null || to.isBefore(from) ? null : new LocalDate[] {from, to};
    }

    /** The first of the first lines that, split by one of the delimiters, is a spend report's header. */
    private static Optional<SpendFile> findHeader(Path file, String text, TextEncodings.Detected encoding) {
        for (char delimiter : CsvSniffer.DELIMITERS) {
            try (CsvReader<CsvRecord> csv = CsvReaders.builder(delimiter).ofCsvRecord(text)) {
                Iterator<CsvRecord> records = csv.iterator();
                LocalDate[] titlePeriod = null;
                for (int i = 0; i < LINES_TO_SEARCH && records.hasNext(); i++) {
                    CsvRecord record = records.next();
                    if (titlePeriod == null) {
                        titlePeriod = titlePeriod(String.join(" ", record.getFields()));
                    }
                    if (record.getFieldCount() < 3) {
                        continue;
                    }
                    List<String> header = new ArrayList<>(record.getFieldCount());
                    for (String field : record.getFields()) {
                        header.add(HeaderNames.clean(field));
                    }
                    Optional<SpendColumns> columns = AdPlatform.recognise(header);
                    // A report without a date column covers the period its title row names.
                    if (columns.isPresent() && (columns.get().start() >= 0 || titlePeriod != null)) {
                        return Optional.of(new SpendFile(
                                file,
                                encoding.charset(),
                                delimiter,
                                record.getStartingLineNumber(),
                                header,
                                columns.get(),
                                columns.get().start() >= 0 ? null : titlePeriod,
                                text));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // Not readable with this delimiter (an open quote in a title row): try the next one.
            }
        }
        return Optional.empty();
    }
}
