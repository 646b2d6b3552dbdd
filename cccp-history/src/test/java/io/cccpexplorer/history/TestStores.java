package io.cccpexplorer.history;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

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
        String schema = "cccp_test_history_" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
        try {
            return new Store(HistoryDatabase.mysql(MYSQL_SERVER, "root", "", schema), schema);
        } catch (HistoryException e) {
            dropSchema(schema);
            return fail("MariaDB is not reachable at 127.0.0.1:3306 as root (start it with scripts/ensure-mariadb.sh "
                    + "or .ci/run): " + e.getMessage());
        }
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
