package io.cccpexplorer.history.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cccpexplorer.history.HistoryDatabase;
import io.cccpexplorer.history.HistoryDatabaseAccess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;

/**
 * A SQLite copy of the tables the reports and their raw baselines read, for the engine comparison: the schema is
 * the H2 migrations' own text (its types are ones SQLite accepts), the rows are the source store's, so both engines
 * answer the same SQL over the same rows. Written to a temporary file and renamed when complete: an existing file
 * is a finished copy and is reused.
 */
final class SqliteCopy {

    static final List<String> TABLES = List.of("queue_slots", "queue_days", "agent_slots", "agent_days",
            "agent_call_slots", "agent_call_days", "queue_months", "agent_months", "agent_call_months", "calls",
            "agent_intervals");

    private SqliteCopy() {
    }

    static HistoryDatabase of(HistoryDatabase source, Path file) throws SQLException, IOException {
        if (!Files.exists(file)) {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            long t0 = System.nanoTime();
            long rows = copy(source, tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            System.out.printf("sqlite copy: %,d rows in %.1f s, %,d MB%n", rows, (System.nanoTime() - t0) / 1e9,
                    Files.size(file) >> 20);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName("history-sqlite-bench");
        config.setJdbcUrl("jdbc:sqlite:" + file.toAbsolutePath());
        config.setMaximumPoolSize(1);
        return HistoryDatabaseAccess.readOnly(new HikariDataSource(config));
    }

    private static long copy(HistoryDatabase source, Path file) throws SQLException, IOException {
        StringBuilder migrations = new StringBuilder();
        for (String migration : List.of("h2/V1__history.sql", "h2/V2__month_rollups.sql",
                "common/V4__interval_calls.sql", "common/V5__task_wrap_ups.sql")) {
            try (InputStream in = SqliteCopy.class.getResourceAsStream("/db/history/" + migration)) {
                migrations.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
            }
        }
        String schema = migrations.toString();
        long rows = 0;
        try (Connection to = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Connection from = HistoryDatabaseAccess.connection(source)) {
            try (Statement s = to.createStatement()) {
                s.execute("PRAGMA journal_mode = OFF");
                s.execute("PRAGMA synchronous = OFF");
                for (String ddl : schema.replaceAll("(?m)--.*$", "").split(";")) {
                    if (!ddl.isBlank()) {
                        s.execute(ddl);
                    }
                }
            }
            to.setAutoCommit(false);
            for (String table : TABLES) {
                rows += copyTable(from, to, table);
            }
            to.commit();
            try (Statement s = to.createStatement()) {
                to.setAutoCommit(true);
                s.execute("ANALYZE");
            }
        }
        return rows;
    }

    /**
     * Copies {@link #TABLES} and {@code imported_days} into another store of the same schema, in one transaction
     * per table (StoreBench's {@code --copy-from-mysql}: the same rows on H2 without writing them again).
     */
    static long copyStore(HistoryDatabase source, HistoryDatabase target) throws SQLException {
        return copyStore(source, target, TABLES);
    }

    /** Copies {@code tables} and {@code imported_days}, as {@link #copyStore(HistoryDatabase, HistoryDatabase)}. */
    static long copyStore(HistoryDatabase source, HistoryDatabase target, List<String> tables) throws SQLException {
        long rows = 0;
        try (Connection from = HistoryDatabaseAccess.connection(source);
             Connection to = HistoryDatabaseAccess.connection(target)) {
            to.setAutoCommit(false);
            for (String table : tables) {
                rows += copyTable(from, to, table);
                to.commit();
            }
            rows += copyTable(from, to, "imported_days");
            to.commit();
        }
        return rows;
    }

    private static long copyTable(Connection from, Connection to, String table) throws SQLException {
        long rows = 0;
        try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            int n = rs.getMetaData().getColumnCount();
            StringBuilder columns = new StringBuilder();
            for (int i = 1; i <= n; i++) {
                columns.append(i > 1 ? ", " : "").append(rs.getMetaData().getColumnName(i));
            }
            try (PreparedStatement insert = to.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES ("
                    + String.join(", ", Collections.nCopies(n, "?")) + ")")) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        insert.setObject(i, rs.getObject(i));
                    }
                    insert.addBatch();
                    if (++rows % 10_000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        }
        return rows;
    }
}
