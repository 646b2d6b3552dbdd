package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.SQLException;

/** Test and benchmark access to the store's connections (package-private in the main code). */
public final class HistoryDatabaseAccess {

    private HistoryDatabaseAccess() {
    }

    public static Connection connection(HistoryDatabase db) throws SQLException {
        return db.connection();
    }
}
