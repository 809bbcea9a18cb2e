package app.leadkeeper.data;

import static app.leadkeeper.db.Tables.LEAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.leadkeeper.core.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsAndMigratesAFileDatabase() {
        DataFolder folder = new DataFolder(dir.resolve("data"));
        try (Database database = Database.open(folder)) {
            assertThat(database.dsl().fetchCount(LEAD)).isZero();
            int applied = database.dsl()
                    .fetchOne("select count(*) from \"flyway_schema_history\" where \"success\"")
                    .get(0, Integer.class);
            assertThat(applied).isGreaterThanOrEqualTo(1);
        }
        assertThat(folder.databaseFile()).exists();
    }

    @Test
    void reopensWithoutMigratingAgainAndWithoutBackup() {
        DataFolder folder = new DataFolder(dir);
        Database.open(folder).close();
        try (Database database = Database.open(folder)) {
            assertThat(database.dsl().fetchCount(LEAD)).isZero();
        }
        assertThat(folder.backups()).doesNotExist();
    }

    @Test
    void theNewestMigrationIsTheSchemaTheFastOpenExpects() throws Exception {
        int newest;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max()
                    .orElseThrow();
        }
        assertThat(Database.LATEST_SCHEMA).isEqualTo(String.valueOf(newest));
        DataFolder folder = new DataFolder(dir);
        try (Database fresh = Database.open(folder)) {
            assertThat(fresh.schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
        }
        try (Database reopened = Database.open(folder)) {
            assertThat(reopened.schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
        }
    }

    @Test
    void anOlderDatabaseIsBackedUpBeforeItsStructureIsUpdated() throws Exception {
        DataFolder folder = new DataFolder(dir);
        folder.prepare();
        // A folder left by an older version: its schema stops at V6, with a setting of its own.
        org.flywaydb.core.Flyway.configure()
                .dataSource(Database.url(folder), "leadkeeper", "")
                .locations("classpath:db/migration")
                .target("6")
                .load()
                .migrate();
        try (var c = java.sql.DriverManager.getConnection(Database.url(folder), "leadkeeper", "");
                var s = c.createStatement()) {
            s.execute("INSERT INTO app_setting(setting_name, setting_value) VALUES ('from.v6', 'kept')");
        }

        try (Database database = Database.open(folder)) {
            assertThat(database.schemaVersion()).isEqualTo(Database.LATEST_SCHEMA);
            assertThat(new AppSettings(database.dsl()).get("from.v6")).contains("kept");
        }
        try (var backups = Files.list(folder.backups())) {
            Path backup = backups.filter(f -> f.getFileName().toString().startsWith("before-migration-v6-"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no backup before the migration"));
            assertThat(Restore.check(backup).schemaVersion()).isEqualTo("6");
        }
    }

    @Test
    void aFailedMigrationInTheHistoryGoesThroughFlywayAgain() {
        DataFolder folder = new DataFolder(dir);
        try (Database database = Database.open(folder)) {
            database.dsl()
                    .execute("update \"flyway_schema_history\" set \"success\" = false where \"version\" = '"
                            + Database.LATEST_SCHEMA + "'");
        }
        // Flyway, not the fast open, sees the failed migration and refuses to go on until it is repaired.
        assertThatThrownBy(() -> Database.open(folder)).hasMessageContaining("failed");
    }

    @Test
    void secondInstanceOnTheSameFolderIsRefusedAndChangesNothing() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (Database first = Database.open(folder)) {
            long sizeBefore = Files.size(folder.databaseFile());
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOf(InstanceLock.AlreadyRunningException.class)
                    .hasMessageContaining("already running")
                    .hasMessageContaining(dir.toString());
            assertThat(Files.size(folder.databaseFile())).isEqualTo(sizeBefore);
            assertThat(first.dsl().fetchCount(LEAD)).isZero();
        }
        Database.open(folder).close();
    }

    @Test
    void folderThatCannotBeCreatedGivesAClearMessage() throws Exception {
        Path file = Files.writeString(dir.resolve("plain-file"), "keep me");
        assertThatThrownBy(() -> Database.open(new DataFolder(file.resolve("data"))))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("Cannot create the data folder")
                .hasMessageContaining("plain-file");
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }

    @Test
    void aFileInsteadOfAFolderIsRefused() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.open(new DataFolder(file))).isInstanceOf(UserException.class);
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aSemicolonInThePathCannotAlterTheUrl() {
        DataFolder folder = new DataFolder(dir.resolve("a;AUTO_SERVER=TRUE"));
        assertThatThrownBy(() -> Database.url(folder))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("';'");
    }

    @Test
    void urlIsEmbeddedOnly() {
        String url = Database.url(new DataFolder(dir));
        assertThat(url)
                .startsWith("jdbc:h2:file:")
                .contains("AUTO_SERVER=FALSE")
                .doesNotContain("tcp");
    }
}
