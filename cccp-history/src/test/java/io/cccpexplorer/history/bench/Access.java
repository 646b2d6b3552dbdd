package io.cccpexplorer.history.bench;

import io.cccpexplorer.history.HistoryDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/** The benchmark's raw-SQL baseline needs a connection; the store does not hand them out. */
final class Access {

    private Access() {
    }

    static Connection connection(HistoryDatabase db) throws SQLException {
        return io.cccpexplorer.history.HistoryDatabaseAccess.connection(db);
    }
}
