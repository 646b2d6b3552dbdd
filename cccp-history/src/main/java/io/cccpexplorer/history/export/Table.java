package io.cccpexplorer.history.export;

import java.util.List;

/**
 * Rows to export: column names and one list of cells per row. Cells are {@code String}, {@code Number},
 * {@code Boolean} or {@code null} (empty); anything else is exported as its {@code toString()}.
 */
public record Table(String name, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row of " + row.size() + " cells in a table of " + columns.size()
                        + " columns");
            }
        }
    }
}
