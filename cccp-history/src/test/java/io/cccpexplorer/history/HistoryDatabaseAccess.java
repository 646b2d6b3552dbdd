package io.cccpexplorer.history;

import com.zaxxer.hikari.HikariDataSource;

import java.sql.Connection;
import java.sql.SQLException;

/** Test and benchmark access to the store's connections (package-private in the main code). */
public final class HistoryDatabaseAccess {

    private HistoryDatabaseAccess() {
    }

    public static Connection connection(HistoryDatabase db) throws SQLException {
        return db.connection();
    }

    /**
     * A store over a data source that no migration touched, for reading only: the engine benchmark runs the
     * unchanged {@link HistoryReports} on a SQLite copy of the report tables (the reports' SQL is standard; the
     * engine named here only picks the upsert syntax, which reading never uses).
     */
    public static HistoryDatabase readOnly(HikariDataSource dataSource) {
        return new HistoryDatabase(HistoryEngine.H2, dataSource, null);
    }
}
