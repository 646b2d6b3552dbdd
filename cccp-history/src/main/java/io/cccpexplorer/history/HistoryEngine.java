package io.cccpexplorer.history;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The two SQL engines the store runs on. The schema and every query are the same standard SQL on both; only the
 * migrations that differ (one column type, one integer division: {@code V1}, {@code V2}), the upsert statement and
 * the disk-usage query are engine-specific.
 */
public enum HistoryEngine {

    /** Embedded default: a file under the data directory, no setup. */
    H2("h2"),
    /** MariaDB / MySQL, the portal database the users already run (a schema of its own). */
    MYSQL("mysql");

    private final String folder;

    HistoryEngine(String folder) {
        this.folder = folder;
    }

    /**
     * Flyway locations of this engine's migrations: those written the same for both engines ({@code common}), and
     * its own folder for those that differ. A version is in one of the two only.
     */
    String[] migrations() {
        return new String[] {"classpath:db/history/common", "classpath:db/history/" + folder};
    }

    /** Insert, or replace the non-key columns of the row with the same key. */
    String upsert(String table, List<String> keys, List<String> values) {
        List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(values);
        String columns = String.join(", ", all);
        String marks = all.stream().map(c -> "?").collect(Collectors.joining(", "));
        return switch (this) {
            case H2 -> "MERGE INTO " + table + " (" + columns + ") KEY (" + String.join(", ", keys) + ") VALUES ("
                    + marks + ")";
            case MYSQL -> "INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ") ON DUPLICATE KEY UPDATE "
                    + values.stream().map(c -> c + " = VALUES(" + c + ")").collect(Collectors.joining(", "));
        };
    }

    /** A plain insert of the same columns as {@link #upsert} (the same on both engines): for rows known to be new. */
    static String insert(String table, List<String> keys, List<String> values) {
        List<String> all = new java.util.ArrayList<>(keys);
        all.addAll(values);
        return "INSERT INTO " + table + " (" + String.join(", ", all) + ") VALUES ("
                + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }

    /** Bytes the store's tables take, or {@code null} when the engine tells it another way (H2: the file size). */
    String diskUsageQuery() {
        return switch (this) {
            case H2 -> null;
            case MYSQL -> "SELECT COALESCE(SUM(data_length + index_length), 0) FROM information_schema.tables "
                    + "WHERE table_schema = DATABASE()";
        };
    }
}
