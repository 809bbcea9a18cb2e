package app.leadkeeper.exporting;

import app.leadkeeper.core.UserException;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes every lead to a CSV file: UTF-8 (optionally with a byte order mark, which Excel needs to read UTF-8), RFC
 * 4180 quoting, CRLF line ends, one row per lead in id order. The first columns and their order are a stable
 * contract for scripts; new columns are only ever added at the end.
 *
 * <p>Dates are ISO-8601. {@code created_at} carries its offset when the source gave one and is a local date-time
 * without offset when it did not, so an export never invents a zone.
 *
 * <p>No cell becomes a live formula: see {@link FormulaGuard}. In short, text starting with {@code = + - @}, a tab or
 * a carriage return gets a leading apostrophe; plain numbers such as {@code -5} stay as they are, and so do the two
 * phone columns when they hold only a phone number ({@code +44 20 7946 0958}), since a spreadsheet cannot run
 * anything in digits, spaces and {@code + - ( ) . /}. A phone cell holding anything else is guarded like other text.
 *
 * <p>The file is written next to the target under a temporary name and moved into place at the end, so a failed
 * export never leaves half a file behind, and an existing file is replaced only by a complete one.
 */
public final class LeadCsvExporter {
    public static final List<String> HEADER = List.of(
            "id",
            "first_name",
            "last_name",
            "full_name",
            "email",
            "phone",
            "company",
            "job_title",
            "channel",
            "campaign",
            "created_at",
            "phone_e164",
            "company_size",
            "budget",
            "website",
            "city",
            "country",
            "offer",
            "landing_page",
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_term",
            "utm_content",
            "consent",
            "consent_at",
            "consent_method",
            "qualification",
            "status",
            "score",
            "deal_value",
            "tags",
            "added_at",
            "message",
            "outbound",
            "lost_reason",
            "won_at",
            "revenue");

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final LeadExportQuery query;

    public LeadCsvExporter(LeadExportQuery query) {
        this.query = query;
    }

    /** Writes all leads to {@code file}; returns how many. Fails with a UserException naming the file. */
    public long export(Path file, boolean withBom) {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new UserException("Cannot write " + file + ": the folder " + folder + " does not exist.");
        }
        if (Files.isDirectory(target)) {
            throw new UserException("Cannot write " + file + ": it is a folder.");
        }
        Path temp = createTemp(file, target);
        boolean moved = false;
        try {
            long count = write(temp, withBom);
            moveIntoPlace(temp, target);
            moved = true;
            return count;
        } catch (IOException | UncheckedIOException e) {
            throw new UserException("Cannot write " + file + ": " + describe(e), e);
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private long write(Path temp, boolean withBom) throws IOException {
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
            if (withBom) {
                out.write(BOM);
            }
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (CsvWriter csv =
                    CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(writer)) {
                csv.writeRecord(HEADER);
                query.forEach(row -> {
                    csv.writeRecord(cells(row));
                    count[0]++;
                });
            }
        }
        return count[0];
    }

    static String[] cells(LeadExportRow r) {
        return new String[] {
            Long.toString(r.id()),
            FormulaGuard.text(r.firstName()),
            FormulaGuard.text(r.lastName()),
            FormulaGuard.text(r.fullName()),
            FormulaGuard.text(r.email()),
            FormulaGuard.phone(r.phone()),
            FormulaGuard.text(r.company()),
            FormulaGuard.text(r.jobTitle()),
            FormulaGuard.text(r.channel()),
            FormulaGuard.text(r.campaign()),
            createdAt(r.createdAt(), r.createdZoneKnown()),
            FormulaGuard.phone(r.phoneE164()),
            r.companySize() == null ? "" : r.companySize().toString(),
            FormulaGuard.text(r.budget()),
            FormulaGuard.text(r.website()),
            FormulaGuard.text(r.city()),
            FormulaGuard.text(r.country()),
            FormulaGuard.text(r.offer()),
            FormulaGuard.text(r.landingPage()),
            FormulaGuard.text(r.utmSource()),
            FormulaGuard.text(r.utmMedium()),
            FormulaGuard.text(r.utmCampaign()),
            FormulaGuard.text(r.utmTerm()),
            FormulaGuard.text(r.utmContent()),
            FormulaGuard.text(r.consent()),
            timestamp(r.consentAt()),
            FormulaGuard.text(r.consentMethod()),
            FormulaGuard.text(r.qualification()),
            FormulaGuard.text(r.status()),
            Integer.toString(r.score()),
            decimal(r.dealValue()),
            FormulaGuard.text(r.tags()),
            timestamp(r.addedAt()),
            FormulaGuard.text(r.message()),
            Boolean.toString(r.outbound()),
            FormulaGuard.text(r.lostReason()),
            timestamp(r.wonAt()),
            decimal(r.revenue())
        };
    }

    /** With its offset when the source gave one; else the local date-time the source wrote, without an offset. */
    static String createdAt(OffsetDateTime at, boolean zoneKnown) {
        if (at == null) {
            return "";
        }
        return zoneKnown
                ? DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)
                : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(at.toLocalDateTime());
    }

    private static String timestamp(OffsetDateTime at) {
        return at == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at);
    }

    private static String decimal(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static Path createTemp(Path file, Path target) {
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the finished export.
            String name =
                    "." + target.getFileName() + "." + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".tmp";
            return Files.createFile(target.resolveSibling(name));
        } catch (IOException e) {
            throw new UserException("Cannot write " + file + ": " + describe(e), e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // A stray temporary file is harmless; the error that got us here matters more.
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String message = cause.getMessage();
        String kind = cause.getClass().getSimpleName();
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        return message == null ? kind : kind + " " + message;
    }
}
