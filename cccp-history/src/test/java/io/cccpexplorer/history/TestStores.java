package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.flywaydb.core.Flyway;

/**
 * A fresh store on either engine: H2 in a temporary folder, or a uniquely named schema of the MariaDB at
 * 127.0.0.1:3306 (root, empty password; {@code .ci/run} starts it) that {@link Store#close()} drops.
 */
final class TestStores {

    static final String MYSQL_SERVER = "jdbc:mysql://127.0.0.1:3306";

    private TestStores() {
    }

    record Store(HistoryDatabase db, String schema) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
            if (schema != null) {
                dropSchema(schema);
            }
        }
    }

    static Store open(HistoryEngine engine, Path tempDir) {
        if (engine == HistoryEngine.H2) {
            return new Store(HistoryDatabase.embedded(tempDir), null);
        }
        String schema = newSchemaName();
        try {
            return new Store(HistoryDatabase.mysql(MYSQL_SERVER, "root", "", schema), schema);
        } catch (HistoryException e) {
            dropSchema(schema);
            return fail("MariaDB is not reachable at 127.0.0.1:3306 as root (start it with scripts/ensure-mariadb.sh "
                    + "or .ci/run): " + e.getMessage());
        }
    }

    /**
     * Every row of a fresh store (in {@code dir}, or a schema of its own) given {@code rows} alone, written as the
     * tests' stores are ({@link HistoryStoreTest#SLOTS}, default targets): what a store that saw rows rewritten
     * must equal.
     */
    static List<String> rowsWrittenAlone(HistoryEngine engine, Path dir, HistoryBatch rows) throws SQLException {
        try (Store fresh = open(engine, dir)) {
            new HistoryWriter(fresh.db(), HistoryStoreTest.SLOTS, ServiceTargets.DEFAULT).write(rows);
            return HistoryStoreTest.dump(fresh.db());
        }
    }

    /**
     * A store as an older build left it: migrated up to {@code version} only, to be filled with plain SQL
     * ({@link Old#connection()}) and then opened ({@link Old#open()}), which applies the later migrations.
     */
    static Old migratedTo(HistoryEngine engine, Path tempDir, String version) throws SQLException {
        String schema = engine == HistoryEngine.MYSQL ? newSchemaName() : null;
        Old old = new Old(tempDir, schema);
        if (schema != null) {
            try (Connection c = DriverManager.getConnection(MYSQL_SERVER, "root", "");
                 Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
            }
        }
        try {
            Flyway.configure().dataSource(old.url(), old.user(), "").locations(engine.migrations())
                    .table("history_schema_version").target(version).load().migrate();
        } catch (RuntimeException e) {
            old.close();
            throw e;
        }
        return old;
    }

    /** A store migrated by {@link #migratedTo}: H2 in {@code dir}, or MariaDB's {@code schema}, dropped at close. */
    record Old(Path dir, String schema) implements AutoCloseable {

        String url() {
            return schema == null
                    ? "jdbc:h2:file:" + dir.toAbsolutePath().resolve("history") + ";DB_CLOSE_ON_EXIT=FALSE"
                    : MYSQL_SERVER + "/" + schema;
        }

        String user() {
            return schema == null ? "sa" : "root";
        }

        Connection connection() throws SQLException {
            return DriverManager.getConnection(url(), user(), "");
        }

        /** The store opened as the current build opens it (the later migrations applied). */
        HistoryDatabase open() {
            return schema == null ? HistoryDatabase.embedded(dir)
                    : HistoryDatabase.mysql(MYSQL_SERVER, "root", "", schema);
        }

        @Override
        public void close() {
            if (schema != null) {
                dropSchema(schema);
            }
        }
    }

    /** A MariaDB schema of its own for one test's store: tests running at once never share one. */
    private static String newSchemaName() {
        return "cccp_test_history_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static void dropSchema(String schema) {
        try (Connection c = DriverManager.getConnection(MYSQL_SERVER, "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + schema + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
