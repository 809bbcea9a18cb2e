package app.leadkeeper.data;

import app.leadkeeper.core.Log;
import app.leadkeeper.core.UserException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one data folder: locked, opened from a fixed URL template, migrated, and closed.
 * Never a TCP server, never a web console.
 */
public final class Database implements AutoCloseable {
    /** Fixed template: only the folder varies, and a folder with characters that would alter the URL is refused. */
    private static final String URL_TEMPLATE = "jdbc:h2:file:%s;AUTO_SERVER=FALSE;WRITE_DELAY=0";

    private final DataFolder folder;
    private final InstanceLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private String schemaVersion = "0";
    /** Set once removed data must leave the file too: closing then compacts it (see {@link #compactOnClose}). */
    private volatile boolean compactOnClose;

    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /** The app setting that keeps a wanted compaction across a close that never came (the process was killed). */
    static final String COMPACT_SETTING = "database.compact_on_close";

    private Database(DataFolder folder, InstanceLock lock, JdbcConnectionPool pool) {
        this.folder = folder;
        this.lock = lock;
        this.pool = pool;
        this.dsl = DSL.using(pool, SQLDialect.H2, new Settings().withExecuteLogging(false));
    }

    /** Locks the folder, opens the database and brings its schema up to date (after a backup if it had data). */
    public static Database open(DataFolder folder) {
        folder.prepare();
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            try {
                return openLocked(folder, lock);
            } catch (RuntimeException e) {
                if (!isStoreFailure(e)) {
                    throw e;
                }
                // H2 can fail its first write after an unclean stop of the previous process; a fresh open recovers.
                Log.error("Opening " + folder.path() + " failed in the storage engine; trying once more", e);
                return openLocked(folder, lock);
            }
        } catch (RuntimeException e) {
            lock.close();
            throw translate(folder, e);
        }
    }

    private static Database openLocked(DataFolder folder, InstanceLock lock) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), "leadkeeper", "");
        pool.setMaxConnections(8);
        try {
            Database database = new Database(folder, lock, pool);
            database.migrate();
            // The first read also proves the store works (see isStoreFailure).
            database.compactOnClose =
                    new AppSettings(database.dsl()).get(COMPACT_SETTING).isPresent();
            FilePermissions.ownerOnlyTree(folder.path());
            return database;
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }

    private static boolean isStoreFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof org.h2.mvstore.MVStoreException
                    || String.valueOf(cause.getMessage()).contains("MVStoreException")) {
                return true;
            }
        }
        return false;
    }

    static String url(DataFolder folder) {
        String path = folder.databaseBase().toAbsolutePath().toString().replace('\\', '/');
        // Only the folder varies in the URL: a character that could end it or start a setting is refused.
        for (String c : new String[] {";", "=", "\n", "\r"}) {
            if (path.contains(c)) {
                throw new UserException("The data folder " + folder.path() + " has a '" + c.strip()
                        + "' in its path, which Leadkeeper does not put in a database address. "
                        + "Choose another folder with --data-dir.");
            }
        }
        return URL_TEMPLATE.formatted(path);
    }

    /**
     * The newest migration in {@code db/migration} (V8__…); a test keeps it true. A database already at this version
     * opens without Flyway, whose start (scanning for migrations, reading its history three times) was the longest
     * part of opening the data folder.
     */
    static final String LATEST_SCHEMA = "8";

    private void migrate() {
        String current = currentSchema();
        if (LATEST_SCHEMA.equals(current)) {
            schemaVersion = current;
            return;
        }
        migrateWithFlyway();
    }

    /**
     * The version of the newest applied migration, or null when Flyway must decide: a new database, a failed
     * migration in the history, or no history table.
     */
    private String currentSchema() {
        try (Connection connection = pool.getConnection()) {
            AppliedSchema applied = appliedSchema(connection);
            return applied.failed() ? null : applied.version();
        } catch (SQLException e) {
            // No history table yet (a new folder): Flyway creates it.
            return null;
        }
    }

    /** What Flyway's history says: the newest applied version (null: none) and whether a migration failed. */
    record AppliedSchema(String version, boolean failed) {}

    /** Reads Flyway's history of a database (this folder's, or a backup's copy); fails when there is none. */
    static AppliedSchema appliedSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                java.sql.ResultSet history = statement.executeQuery(
                        "SELECT \"version\", \"success\" FROM \"flyway_schema_history\" ORDER BY \"installed_rank\"")) {
            String version = null;
            while (history.next()) {
                if (!history.getBoolean(2)) {
                    return new AppliedSchema(version, true);
                }
                if (history.getString(1) != null) {
                    version = history.getString(1);
                }
            }
            return new AppliedSchema(version, false);
        }
    }

    private void migrateWithFlyway() {
        Flyway flyway = Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/migration")
                .load();
        MigrationInfo current = flyway.info().current();
        if (current != null && flyway.info().pending().length > 0) {
            backupBeforeMigration(current.getVersion().getVersion());
            // Triggers the app installs on open (the metrics roll-up's) are taken down while the schema changes;
            // the app rebuilds what they keep and puts them back after.
            dropAppTriggers();
        }
        MigrateResult result = flyway.migrate();
        schemaVersion = result.targetSchemaVersion != null
                ? result.targetSchemaVersion
                : flyway.info().current() == null
                        ? "0"
                        : flyway.info().current().getVersion().getVersion();
        if (result.migrationsExecuted > 0) {
            Log.info("Database " + folder.path() + " migrated to version " + result.targetSchemaVersion);
        }
    }

    private void dropAppTriggers() {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                java.sql.ResultSet triggers = statement.executeQuery(
                        "SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = 'PUBLIC'")) {
            List<String> names = new ArrayList<>();
            while (triggers.next()) {
                names.add(triggers.getString(1));
            }
            for (String name : names) {
                statement.execute("DROP TRIGGER IF EXISTS \"" + name.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new UserException("Could not prepare the database for its update: " + e.getMessage(), e);
        }
    }

    /** The schema version after migrating, e.g. "7": what roll-ups the app keeps are built for. */
    public String schemaVersion() {
        return schemaVersion;
    }

    private void backupBeforeMigration(String fromVersion) {
        java.time.Clock clock = java.time.Clock.systemDefaultZone();
        Backups.writeBackup(pool, Backups.nextFile(folder.backups(), "before-migration-v" + fromVersion, clock));
    }

    /** The connections, for H2 statements jOOQ has no words for (BACKUP). */
    javax.sql.DataSource dataSource() {
        return pool;
    }

    private static RuntimeException translate(DataFolder folder, RuntimeException e) {
        if (e instanceof UserException) {
            return e;
        }
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof SQLException sql) {
                return new UserException("Cannot open the database in " + folder.path() + ": " + sql.getMessage(), e);
            }
            cause = cause.getCause();
        }
        return e;
    }

    public DSLContext dsl() {
        return dsl;
    }

    public DataFolder folder() {
        return folder;
    }

    /**
     * Asks for the database file to be compacted when it closes. H2 then writes the file anew from the live data only,
     * so rows deleted or overwritten since (an erased person) are gone from the disk too, not only from the tables.
     * It cannot run while the database is open: {@code SHUTDOWN COMPACT} closes it. Kept in the database, so that a
     * close that never came (the process was killed) compacts at the next one.
     */
    public void compactOnClose() {
        new AppSettings(dsl).put(COMPACT_SETTING, "requested");
        compactOnClose = true;
    }

    /** Whether closing will compact the file. */
    public boolean compactsOnClose() {
        return compactOnClose;
    }

    /**
     * Closes now and compacts the file (the command line does this right after erasing a person). Fails with a
     * message when H2 could not compact; the database is closed either way.
     */
    public void closeCompacting() {
        compactOnClose = true;
        if (!shut()) {
            throw new UserException("The database was closed but could not be compacted; the details are in the log. "
                    + "It is compacted the next time Leadkeeper closes.");
        }
    }

    /** Closes every connection (H2 then closes the file cleanly), then releases the folder. Closing twice is fine. */
    @Override
    public void close() {
        shut();
    }

    /** Closes once, compacting first if asked to; false when a wanted compaction failed. */
    private boolean shut() {
        if (!closed.compareAndSet(false, true)) {
            return true;
        }
        boolean compacted = !compactOnClose || compact();
        try {
            pool.dispose();
        } finally {
            lock.close();
        }
        return compacted;
    }

    /** SHUTDOWN COMPACT: rewrites the file from live data and closes the database (every pooled connection). */
    private boolean compact() {
        long started = System.nanoTime();
        // A connection of its own, not the pool's: a pooled one rolls back when handed back, which fails on the
        // closed database and leaves a stack trace in leadkeeper.trace.db.
        try (Connection connection = java.sql.DriverManager.getConnection(url(folder), "leadkeeper", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM app_setting WHERE setting_name = '" + COMPACT_SETTING + "'");
            statement.execute("SHUTDOWN COMPACT");
            Log.info(
                    "Database " + folder.path() + " compacted in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return true;
        } catch (SQLException | RuntimeException e) {
            Log.error(
                    "Could not compact the database in " + folder.path() + " (" + pool.getActiveConnections()
                            + " connections in use)",
                    e);
            return false;
        }
    }
}
