package app.leadkeeper.data;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The data folder's backups: H2's online {@code BACKUP TO} (a zip holding the database file, consistent while the
 * app runs) into {@code backups/} before every import, once a day and before a restore, keeping the newest N; and
 * a backup to a file of the user's choice. A backup is written next to its target under a temporary name and moved
 * into place when complete, so a killed process never leaves half a backup under a backup's name.
 */
public final class Backups {
    /** How many automatic backups {@code backups/} keeps (the setting's name). */
    public static final String KEEP_SETTING = "backup.keep";

    public static final int DEFAULT_KEEP = 10;

    /** Why an automatic backup was taken: the start of its file name. */
    public enum Kind {
        DAILY("backup"),
        BEFORE_IMPORT("before-import"),
        BEFORE_MIGRATION("before-migration"),
        BEFORE_RESTORE("before-restore");

        private final String prefix;

        Kind(String prefix) {
            this.prefix = prefix;
        }

        public String prefix() {
            return prefix;
        }
    }

    /** One backup file: when it was taken (from its name, else the file's time), its size and kind (null: unknown). */
    public record Backup(Path file, Instant takenAt, long bytes, Kind kind) {}

    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    /** The time stamp in a backup's name (local time), wherever it stands: backup-20261201-101500.zip. */
    private static final Pattern STAMP_IN_NAME = Pattern.compile("(?<!\\d)(\\d{8}-\\d{6})(?!\\d)");

    private final DataFolder folder;
    private final DataSource data;
    private final AppSettings settings;
    private final Clock clock;

    /** The backups of an open database's folder. */
    public static Backups of(Database database, AppSettings settings, Clock clock) {
        return new Backups(database.folder(), database.dataSource(), settings, clock);
    }

    Backups(DataFolder folder, DataSource data, AppSettings settings, Clock clock) {
        this.folder = folder;
        this.data = data;
        this.settings = settings;
        this.clock = clock;
    }

    /** Where the automatic backups are kept. */
    public Path folder() {
        return folder.backups();
    }

    /** Backs the database up into {@code out} (a .zip); an existing file there is replaced only once it is done. */
    public Backup backupTo(Path out) {
        Path target = out.toAbsolutePath();
        if (!target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new UserException("A backup is a .zip file: " + out + " does not end in .zip.");
        }
        writeBackup(data, target);
        return describe(target).orElseThrow();
    }

    /** Takes an automatic backup of this kind into {@code backups/}, then keeps only the newest N. */
    public Backup automatic(Kind kind) {
        Path file = nextFile(folder.backups(), kind.prefix(), clock);
        writeBackup(data, file);
        prune();
        return describe(file).orElseThrow();
    }

    /** The day's backup, unless one of any kind was taken today already: on the first start of a day. */
    public Optional<Backup> dailyIfDue() {
        LocalDate today = LocalDate.now(clock);
        boolean done = list().stream()
                .anyMatch(b -> LocalDate.ofInstant(b.takenAt(), clock.getZone()).equals(today));
        return done ? Optional.empty() : Optional.of(automatic(Kind.DAILY));
    }

    /** The backups in {@code backups/}, newest first. */
    public List<Backup> list() {
        return list(folder, clock.getZone());
    }

    /** The backups in a folder's {@code backups/}, newest first (times in file names are read in {@code zone}). */
    public static List<Backup> list(DataFolder folder, ZoneId zone) {
        if (!Files.isDirectory(folder.backups())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder.backups())) {
            return files.filter(f -> f.getFileName().toString().endsWith(".zip"))
                    .map(f -> describe(f, zone))
                    .flatMap(Optional::stream)
                    .sorted(Comparator.comparing(Backup::takenAt).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UserException("Cannot read the backups folder " + folder.backups() + ": " + e.getMessage(), e);
        }
    }

    /** How many automatic backups are kept. */
    public int keep() {
        return settings.get(KEEP_SETTING)
                .flatMap(v -> {
                    try {
                        return Optional.of(Integer.parseInt(v));
                    } catch (NumberFormatException e) {
                        return Optional.empty();
                    }
                })
                .filter(n -> n >= 1)
                .orElse(DEFAULT_KEEP);
    }

    public void setKeep(int keep) {
        if (keep < 1 || keep > 1000) {
            throw new UserException("Keep between 1 and 1,000 backups (asked: " + keep + ").");
        }
        settings.put(KEEP_SETTING, Integer.toString(keep));
        prune();
    }

    /**
     * Deletes the oldest automatic backups beyond the newest N (files of other names are left alone), and the
     * {@code .part} left by a backup that a killed process never finished.
     */
    public List<Path> prune() {
        try (Stream<Path> files = Files.list(folder.backups())) {
            for (Path part : files.filter(f -> f.getFileName().toString().endsWith(".zip.part"))
                    .toList()) {
                Files.deleteIfExists(part);
            }
        } catch (IOException e) {
            Log.warn("Could not clear unfinished backups in " + folder.backups() + ": " + e.getMessage());
        }
        int keep = keep();
        List<Backup> automatic = list().stream().filter(b -> b.kind() != null).toList();
        List<Path> removed = new ArrayList<>();
        for (Backup old : automatic.subList(Math.min(keep, automatic.size()), automatic.size())) {
            try {
                Files.deleteIfExists(old.file());
                removed.add(old.file());
            } catch (IOException e) {
                Log.warn("Could not delete the old backup " + old.file() + ": " + e.getMessage());
            }
        }
        return removed;
    }

    private Optional<Backup> describe(Path file) {
        return describe(file, clock.getZone());
    }

    static Optional<Backup> describe(Path file, ZoneId zone) {
        try {
            long bytes = Files.size(file);
            String name = file.getFileName().toString();
            // Ours start with their kind's prefix and carry their time; any other file is the user's (never pruned).
            Kind kind = Stream.of(Kind.values())
                    .filter(k -> name.startsWith(k.prefix() + "-"))
                    .findFirst()
                    .orElse(null);
            Matcher m = STAMP_IN_NAME.matcher(name);
            while (m.find()) {
                try {
                    Instant at =
                            LocalDateTime.parse(m.group(1), STAMP).atZone(zone).toInstant();
                    return Optional.of(new Backup(file, at, bytes, kind));
                } catch (java.time.format.DateTimeParseException e) {
                    // Digits that are no date: look further.
                }
            }
            // Without a time in its name it is not one Leadkeeper wrote: counted from its file time, never pruned.
            return Optional.of(new Backup(file, Files.getLastModifiedTime(file).toInstant(), bytes, null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A new file name in {@code dir}: prefix-yyyyMMdd-HHmmss.zip, with -2, -3… when that second is taken. */
    static Path nextFile(Path dir, String prefix, Clock clock) {
        String stamp = LocalDateTime.now(clock).format(STAMP);
        Path file = dir.resolve(prefix + "-" + stamp + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = dir.resolve(prefix + "-" + stamp + "-" + n + ".zip");
        }
        return file;
    }

    /**
     * H2's online backup into {@code target}: written as {@code target.part} beside it, then moved over it. The path
     * is the app's own (a backups/ file or one the user chose), put in the statement as a quoted literal because
     * H2's BACKUP takes no bind value.
     */
    static void writeBackup(DataSource data, Path target) {
        try {
            writeWhole(target, part -> {
                try (Connection connection = data.getConnection();
                        Statement statement = connection.createStatement()) {
                    statement.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
                }
            });
        } catch (IOException | SQLException e) {
            throw new UserException("Could not write the backup " + target + ": " + describeFailure(e), e);
        }
    }

    /** Writes a backup's content into the file it is given (the temporary one beside the target). */
    @FunctionalInterface
    interface PartWriter {
        void write(Path part) throws IOException, SQLException;
    }

    /**
     * Writes {@code target} whole or not at all: into {@code target.part} beside it (its folder made, the owner's
     * only), then one rename over it; a failure removes the part. A leftover .part is never taken for a backup.
     */
    static void writeWhole(Path target, PartWriter writer) throws IOException, SQLException {
        Path dir = target.getParent();
        Path part = target.resolveSibling(target.getFileName() + ".part");
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            FilePermissions.ownerOnly(dir);
        }
        Files.deleteIfExists(part);
        try {
            writer.write(part);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // The failure that got us here is what the caller reports.
            }
            throw e;
        }
        FilePermissions.ownerOnly(target);
    }

    static String describeFailure(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.contains("No space left") || message.contains("disk full")) {
            return "the disk is full";
        }
        if (e instanceof java.nio.file.AccessDeniedException || message.contains("Permission denied")) {
            return "no permission to write there";
        }
        return message;
    }
}
