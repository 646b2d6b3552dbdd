package io.cccpexplorer.history;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The store's database: a pool of connections to the embedded H2 file or to a MariaDB/MySQL schema, migrated to
 * the current schema by Flyway when opened.
 */
public final class HistoryDatabase implements AutoCloseable {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    private final HistoryEngine engine;
    private final HikariDataSource dataSource;
    /** The H2 file, {@code null} on MariaDB. */
    private final Path file;

    /** Package-private for the engine benchmark, which reads the same reports from another engine's copy. */
    HistoryDatabase(HistoryEngine engine, HikariDataSource dataSource, Path file) {
        this.engine = engine;
        this.dataSource = dataSource;
        this.file = file;
    }

    /** The embedded store: {@code history.mv.db} in {@code directory} (created if missing). */
    public static HistoryDatabase embedded(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new HistoryException("cannot create the history directory " + directory + ": " + e.getMessage(), e);
        }
        Path base = directory.toAbsolutePath().resolve("history");
        HikariConfig config = pool("history-h2", 4);
        // the file stays open while the pool lives; no server, no other process
        config.setJdbcUrl("jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE");
        config.setUsername("sa");
        config.setPassword("");
        return open(HistoryEngine.H2, config, base.resolveSibling("history.mv.db"));
    }

    /**
     * A schema of a MariaDB/MySQL server (created if missing).
     *
     * @param serverUrl {@code jdbc:mysql://host:port} without a schema
     */
    public static HistoryDatabase mysql(String serverUrl, String user, String password, String schema) {
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new HistoryException("history schema name '" + schema + "': letters, digits and _ only", null);
        }
        try (Connection c = DriverManager.getConnection(serverUrl, user, password);
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        } catch (SQLException e) {
            throw new HistoryException("cannot reach the history database at " + serverUrl + ": " + e.getMessage(), e);
        }
        HikariConfig config = pool("history-mysql", 4);
        config.setJdbcUrl(serverUrl + "/" + schema + "?rewriteBatchedStatements=true&useServerPrepStmts=false");
        config.setUsername(user);
        config.setPassword(password);
        return open(HistoryEngine.MYSQL, config, null);
    }

    private static HikariConfig pool(String name, int size) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        return config;
    }

    private static HistoryDatabase open(HistoryEngine engine, HikariConfig config, Path file) {
        HikariDataSource ds;
        try {
            ds = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new HistoryException("cannot open the history database: " + e.getMessage(), e);
        }
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations(engine.migrations())
                    .table("history_schema_version")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            ds.close();
            throw new HistoryException("cannot migrate the history schema: " + e.getMessage(), e);
        }
        return new HistoryDatabase(engine, ds, file);
    }

    public HistoryEngine engine() {
        return engine;
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** A pooled connection (close it); the store's own classes and the tools/tests that compare stores row by row. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }

    /** Bytes the store takes on disk (the H2 file, or the schema's data and indexes on MariaDB). */
    public long diskBytes() {
        if (file != null) {
            try {
                return Files.exists(file) ? Files.size(file) : 0;
            } catch (IOException e) {
                throw new HistoryException("cannot read the size of " + file + ": " + e.getMessage(), e);
            }
        }
        try (Connection c = connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(engine.diskUsageQuery())) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new HistoryException("cannot read the history's disk usage: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
