package io.cccpexplorer.dashboard.history;

/** How a report is answered: JSON rows, or a CSV / XLSX download of the same rows. */
enum ExportFormat {
    JSON, CSV, XLSX
}
