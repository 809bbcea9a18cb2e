package app.leadkeeper.privacy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups of a data folder ({@code <folder>/backups}) that may still hold a person: every file taken at or after
 * the person was first in Leadkeeper. Backups are named with the local time they were taken
 * ({@code before-migration-v6-20261201-101500.zip}, {@code backup-20261201-101500.zip}); a file without such a stamp
 * counts from when it was last written.
 */
final class BackupFiles {
    private static final Pattern STAMP = Pattern.compile("(?<!\\d)(\\d{8}-\\d{6})(?!\\d)");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private BackupFiles() {}

    /** The backups in {@code folder} taken at or after {@code since}, oldest first; none when there is no folder. */
    static List<BackupFile> since(Path folder, Instant since, ZoneId zone) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .map(f -> new BackupFile(f, takenAt(f, zone)))
                    .filter(b -> !b.takenAt().toInstant().isBefore(since))
                    .sorted(Comparator.comparing(BackupFile::takenAt).thenComparing(BackupFile::name))
                    .toList();
        }
    }

    static OffsetDateTime takenAt(Path file, ZoneId zone) {
        return stamp(file.getFileName().toString(), zone).orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(file).toInstant().atZone(zone).toOffsetDateTime();
            } catch (IOException e) {
                // Unreadable: listed as taken now, so that it is never left out.
                return OffsetDateTime.now(zone);
            }
        });
    }

    /** The time stamp in a backup's name, read in the zone it was written in (the computer's). */
    static Optional<OffsetDateTime> stamp(String name, ZoneId zone) {
        Matcher m = STAMP.matcher(name);
        while (m.find()) {
            try {
                return Optional.of(
                        LocalDateTime.parse(m.group(1), FORMAT).atZone(zone).toOffsetDateTime());
            } catch (DateTimeParseException e) {
                // Eight and six digits that are no date: look further.
            }
        }
        return Optional.empty();
    }
}
