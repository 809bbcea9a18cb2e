package app.leadkeeper.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.AppContext;
import app.leadkeeper.core.Progress;
import app.leadkeeper.core.UserException;
import app.leadkeeper.importing.ImportOptions;
import app.leadkeeper.leads.LeadFilter;
import app.leadkeeper.leads.LeadSort;
import app.leadkeeper.leads.PageRequest;
import app.leadkeeper.testing.TempApp;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups on a real H2 file database: taken while open, kept N, restored whole, and refused when not ours. */
class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void aBackupRestoresExactlyTheDataItWasTakenFrom() {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("saved.zip");
        List<String> before;
        try (AppContext app = TempApp.open(data)) {
            for (int i = 0; i < 30; i++) {
                app.leads()
                        .create(TempApp.lead("Anna" + i, "Berg", "anna" + i + "@example.com")
                                .build());
            }
            before = names(app);
            Backups.Backup taken = app.backups().backupTo(backup);
            assertThat(taken.bytes()).isPositive();
            assertThat(taken.file()).isEqualTo(backup.toAbsolutePath());
            // Changed after the backup: gone again after the restore.
            app.leads()
                    .delete(app.leads()
                            .page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(5))
                            .rows()
                            .getFirst()
                            .id());
            app.leads()
                    .create(TempApp.lead("Later", "Lead", "later@example.com").build());
        }
        assertThat(dir.resolve("saved.zip.part")).doesNotExist();

        Restore.Restored restored = Restore.restore(new DataFolder(data), backup, TempApp.CLOCK);

        assertThat(restored.backup().leads()).isEqualTo(30);
        assertThat(restored.backup().schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
        assertThat(restored.previous()).exists();
        assertThat(restored.previous().getFileName().toString()).startsWith("before-restore-");
        try (AppContext app = TempApp.open(data)) {
            assertThat(names(app)).isEqualTo(before);
        }
        // The data the restore replaced is itself a backup that restores.
        Restore.restore(new DataFolder(data), restored.previous(), TempApp.CLOCK);
        try (AppContext app = TempApp.open(data)) {
            assertThat(names(app)).contains("Later Lead").hasSize(30);
        }
    }

    @Test
    void whatIsNoLeadkeeperBackupIsRefusedAndTheFolderStaysAsItWas() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TempApp.open(data)) {
            app.leads().create(TempApp.lead("Kept", "Here", "kept@example.com").build());
        }
        DataFolder folder = new DataFolder(data);

        Path text = Files.writeString(dir.resolve("notes.zip"), "just text");
        Path empty = zip(dir.resolve("empty.zip"), "readme.txt", "hello".getBytes());
        Path other = otherProgramsDatabase();
        Path truncated = dir.resolve("truncated.zip");
        Path good = dir.resolve("good.zip");
        try (AppContext app = TempApp.open(data)) {
            app.backups().backupTo(good);
        }
        Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(good), (int) Files.size(good) / 2));
        Path newer = newerSchema(good);
        String fingerprint = sha256(folder.databaseFile());

        assertThatThrownBy(() -> Restore.restore(folder, text, TempApp.CLOCK))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("notes.zip is not a Leadkeeper backup: it is not a zip file");
        assertThatThrownBy(() -> Restore.restore(folder, empty, TempApp.CLOCK))
                .hasMessageContaining("it holds no Leadkeeper database");
        assertThatThrownBy(() -> Restore.restore(folder, other, TempApp.CLOCK))
                .hasMessageContaining("is not a Leadkeeper backup");
        assertThatThrownBy(() -> Restore.restore(folder, truncated, TempApp.CLOCK))
                .hasMessageContaining("truncated.zip is not a Leadkeeper backup");
        assertThatThrownBy(() -> Restore.restore(folder, newer, TempApp.CLOCK))
                .hasMessageContaining("made by a newer version of Leadkeeper");
        assertThatThrownBy(() -> Restore.restore(folder, dir.resolve("missing.zip"), TempApp.CLOCK))
                .hasMessageContaining("There is no backup file");

        assertThat(sha256(folder.databaseFile())).isEqualTo(fingerprint);
        assertThat(Files.exists(folder.backups()) ? Backups.list(folder, TempApp.ZONE) : List.of())
                .isEmpty();
        try (var left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void aRestoreIsRefusedWhileTheFolderIsOpen() {
        Path data = dir.resolve("data");
        Path backup = dir.resolve("b.zip");
        try (AppContext app = TempApp.open(data)) {
            app.backups().backupTo(backup);
            assertThatThrownBy(() -> Restore.restore(new DataFolder(data), backup, TempApp.CLOCK))
                    .isInstanceOf(InstanceLock.AlreadyRunningException.class);
        }
    }

    @Test
    void automaticBackupsKeepTheNewestNAndOneADay() throws Exception {
        Path data = dir.resolve("data");
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T08:00:00Z"));
        try (AppContext app = AppContext.open(new DataFolder(data), clock)) {
            Backups backups = app.backups();
            backups.setKeep(3);
            assertThat(backups.dailyIfDue()).isPresent();
            assertThat(backups.dailyIfDue()).as("the same day").isEmpty();
            Path mine = Files.writeString(new DataFolder(data).backups().resolve("mine.zip"), "the user's own file");
            Files.setLastModifiedTime(mine, java.nio.file.attribute.FileTime.from(clock.instant()));
            Files.writeString(new DataFolder(data).backups().resolve("backup-20261120-070000.zip.part"), "half");
            for (int i = 0; i < 5; i++) {
                clock.advance(Duration.ofHours(1));
                backups.automatic(Backups.Kind.BEFORE_IMPORT);
            }
            clock.advance(Duration.ofDays(1));
            assertThat(backups.dailyIfDue()).as("the next day").isPresent();

            List<Backups.Backup> kept = backups.list();
            assertThat(kept.stream().filter(b -> b.kind() != null)).hasSize(3);
            assertThat(kept.getFirst().kind()).isEqualTo(Backups.Kind.DAILY);
            assertThat(kept.getFirst().takenAt())
                    .isEqualTo(clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
            assertThat(kept).anyMatch(b -> b.file().getFileName().toString().equals("mine.zip") && b.kind() == null);
            assertThat(new DataFolder(data).backups().resolve("backup-20261120-070000.zip.part"))
                    .doesNotExist();
            assertThat(backups.keep()).isEqualTo(3);
            assertThatThrownBy(() -> backups.setKeep(0)).isInstanceOf(UserException.class);
        }
    }

    @Test
    void everyImportIsPrecededByABackup() throws Exception {
        Path data = dir.resolve("data");
        Path csv = Files.writeString(dir.resolve("leads.csv"), "First name,Email\nAda,ada@example.com\n");
        try (AppContext app = TempApp.open(data)) {
            var preview = app.imports().preview(csv);
            app.imports().dryRun(preview, ImportOptions.NONE, new Progress());
            assertThat(app.backups().list()).as("a dry run writes nothing").isEmpty();
            app.imports().run(preview, ImportOptions.NONE, new Progress());
            assertThat(app.backups().list()).singleElement().satisfies(b -> {
                assertThat(b.kind()).isEqualTo(Backups.Kind.BEFORE_IMPORT);
                assertThat(Restore.check(b.file()).leads())
                        .as("taken before the import")
                        .isZero();
            });
        }
    }

    @Test
    void theDataFolderIsTheOwnersOnly() throws Exception {
        Path data = dir.resolve("data");
        try (AppContext app = TempApp.open(data)) {
            app.backups().automatic(Backups.Kind.DAILY);
        }
        DataFolder folder = new DataFolder(data);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.databaseFile())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.backups())))
                .isEqualTo("rwx------");
        try (var backups = Files.list(folder.backups())) {
            assertThat(backups.map(b -> {
                        try {
                            return PosixFilePermissions.toString(Files.getPosixFilePermissions(b));
                        } catch (java.io.IOException e) {
                            throw new AssertionError(e);
                        }
                    }))
                    .containsOnly("rw-------");
        }
    }

    @Test
    void aFolderWhosePathCouldChangeTheDatabaseAddressIsRefused() {
        for (String name : List.of("a;b", "x=1")) {
            assertThatThrownBy(() -> Database.url(new DataFolder(dir.resolve(name))))
                    .isInstanceOf(UserException.class)
                    .hasMessageContaining("does not put in a database address");
        }
        assertThat(Database.url(new DataFolder(dir.resolve("plain folder"))))
                .endsWith("leadkeeper;AUTO_SERVER=FALSE;WRITE_DELAY=0");
    }

    private static List<String> names(AppContext app) {
        return app.leads().page(LeadFilter.NONE, LeadSort.NEWEST_FIRST, PageRequest.first(1000)).rows().stream()
                .map(r -> r.name())
                .sorted()
                .toList();
    }

    private Path otherProgramsDatabase() throws Exception {
        Path folder = dir.resolve("other");
        Files.createDirectories(folder);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("leadkeeper"), "sa", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE recipes(id INT PRIMARY KEY, name VARCHAR(40))");
            s.execute("INSERT INTO recipes VALUES (1, 'Soup')");
        }
        return zip(
                dir.resolve("other.zip"), "leadkeeper.mv.db", Files.readAllBytes(folder.resolve("leadkeeper.mv.db")));
    }

    /** A copy of a good backup whose database claims a schema version from the future. */
    private Path newerSchema(Path good) throws Exception {
        Path folder = dir.resolve("future");
        Files.createDirectories(folder);
        try (var zip = new java.util.zip.ZipFile(good.toFile())) {
            Files.copy(zip.getInputStream(zip.getEntry("leadkeeper.mv.db")), folder.resolve("leadkeeper.mv.db"));
        }
        try (Connection c =
                        DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("leadkeeper"), "leadkeeper", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 100, '99', 'future', \"type\","
                    + " 'V99__future.sql', 0, \"installed_by\", \"installed_on\", 0, TRUE FROM \"flyway_schema_history\""
                    + " WHERE \"installed_rank\" = 1");
        }
        return zip(
                dir.resolve("future.zip"), "leadkeeper.mv.db", Files.readAllBytes(folder.resolve("leadkeeper.mv.db")));
    }

    private static Path zip(Path file, String entry, byte[] content) throws Exception {
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** A clock the test moves forward. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public java.time.ZoneId getZone() {
            return TempApp.ZONE;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
