package app.leadkeeper.data;

import app.leadkeeper.core.UserException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Puts a backup in place of a data folder's database, in an order that cannot make things worse: the backup is
 * checked whole first (a zip holding one Leadkeeper database that opens, of a schema this version knows), then the
 * current database is backed up, then the checked copy replaces it in one rename. Runs on a closed folder: the
 * command line before it opens anything, the window after closing its data.
 */
public final class Restore {
    /** The database file's name inside a backup (H2's BACKUP names it as in the folder). */
    static final String ENTRY = "leadkeeper.mv.db";

    private Restore() {}

    /** What a checked backup holds: the schema version, how many leads, when it was taken. */
    public record Checked(Path file, String schemaVersion, long leads, Instant takenAt) {}

    /** What a restore did: the backup put in place, and where the database it replaced was saved (null: none). */
    public record Restored(Checked backup, Path previous) {}

    /** Checks a backup without changing anything; a file that is no Leadkeeper backup is refused, saying why. */
    public static Checked check(Path file) {
        Path scratch;
        try {
            scratch = Files.createTempDirectory("leadkeeper-restore-");
        } catch (IOException e) {
            throw new UserException(
                    "Cannot check the backup: no room for a temporary copy (" + e.getMessage() + ")", e);
        }
        try {
            return check(file, scratch);
        } finally {
            deleteTree(scratch);
        }
    }

    /**
     * Replaces the folder's database by the backup: checks it, locks the folder (no Leadkeeper may be using it),
     * saves the current database into {@code backups/before-restore-….zip}, then moves the checked copy into place.
     */
    public static Restored restore(DataFolder folder, Path file, Clock clock) {
        folder.prepare();
        try (InstanceLock lock = InstanceLock.acquire(folder)) {
            Path scratch = scratchFolder(folder.path());
            try {
                Checked checked = check(file, scratch);
                Path previous = null;
                if (Files.exists(folder.databaseFile())) {
                    previous = Backups.nextFile(folder.backups(), Backups.Kind.BEFORE_RESTORE.prefix(), clock);
                    zipClosedDatabase(folder.databaseFile(), previous);
                }
                Files.move(
                        scratch.resolve(ENTRY),
                        folder.databaseFile(),
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(folder.path().resolve("leadkeeper.trace.db"));
                FilePermissions.ownerOnly(folder.databaseFile());
                return new Restored(checked, previous);
            } catch (IOException e) {
                throw new UserException(
                        "Could not put the backup " + file + " in place: " + Backups.describeFailure(e)
                                + ". The data folder is as it was.",
                        e);
            } finally {
                deleteTree(scratch);
            }
        }
    }

    private static Checked check(Path file, Path scratch) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("There is no backup file " + file + ".");
        }
        Instant takenAt;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry database = null;
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(ENTRY)) {
                    database = entry;
                } else if (entry.getName().endsWith(".mv.db")) {
                    throw notABackup(file, "it holds another program's database (" + entry.getName() + ")");
                }
            }
            if (database == null) {
                throw notABackup(file, "it holds no Leadkeeper database (" + ENTRY + ")");
            }
            takenAt = database.getLastModifiedTime() == null
                    ? Files.getLastModifiedTime(file).toInstant()
                    : database.getLastModifiedTime().toInstant();
            try (InputStream in = zip.getInputStream(database)) {
                Files.copy(in, scratch.resolve(ENTRY));
            }
        } catch (ZipException e) {
            throw notABackup(file, "it is not a zip file");
        } catch (IOException e) {
            throw new UserException("Cannot read the backup " + file + ": " + Backups.describeFailure(e), e);
        }
        return inspect(file, scratch, takenAt);
    }

    /** Opens the copy (never the folder's own database) and reads its schema version and lead count. */
    private static Checked inspect(Path file, Path scratch, Instant takenAt) {
        // The app's own address template, for the copy: never the folder's database, never a new empty one.
        String url = Database.url(new DataFolder(scratch)) + ";IFEXISTS=TRUE";
        String version = null;
        long leads;
        try (Connection connection = DriverManager.getConnection(url, "leadkeeper", "");
                Statement statement = connection.createStatement()) {
            Database.AppliedSchema applied = Database.appliedSchema(connection);
            if (applied.failed()) {
                throw notABackup(file, "its database was left half-updated by a failed update");
            }
            version = applied.version();
            try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM lead")) {
                count.next();
                leads = count.getLong(1);
            }
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw notABackup(file, "its database does not open as Leadkeeper's (" + firstLine(e.getMessage()) + ")");
        }
        if (version == null) {
            throw notABackup(file, "its database has no Leadkeeper schema");
        }
        if (Integer.parseInt(version) > Integer.parseInt(Database.LATEST_SCHEMA)) {
            throw new UserException("The backup " + file + " was made by a newer version of Leadkeeper (database"
                    + " version " + version + ", this one knows up to " + Database.LATEST_SCHEMA
                    + "): install the newer version to restore it.");
        }
        return new Checked(file, version, leads, takenAt);
    }

    /** Zips a closed database file as H2's BACKUP would: one entry, the file's name. */
    private static void zipClosedDatabase(Path database, Path target) throws IOException {
        try {
            Backups.writeWhole(target, part -> {
                try (OutputStream out = Files.newOutputStream(part);
                        ZipOutputStream zip = new ZipOutputStream(out)) {
                    ZipEntry entry = new ZipEntry(ENTRY);
                    entry.setLastModifiedTime(Files.getLastModifiedTime(database));
                    zip.putNextEntry(entry);
                    Files.copy(database, zip);
                    zip.closeEntry();
                }
            });
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }

    private static UserException notABackup(Path file, String why) {
        return new UserException(file + " is not a Leadkeeper backup: " + why + ". Nothing was changed.");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    /** A scratch folder on the same file system as the data folder, so the final move is a rename. */
    private static Path scratchFolder(Path near) {
        try {
            return Files.createTempDirectory(near, ".restore-");
        } catch (IOException e) {
            throw new UserException("Cannot write in " + near + ": " + Backups.describeFailure(e), e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // A scratch file left behind holds a copy of a backup, nothing of the live data.
                }
            });
        } catch (IOException ignored) {
            // As above.
        }
    }
}
