package io.cccpexplorer.history;

/** The benchmark's baseline for the month rows: the same month report read from day rows only. */
public final class ReportsAccess {

    private ReportsAccess() {
    }

    public static HistoryReports fromDayRowsOnly(HistoryDatabase db, Slots slots) {
        return new HistoryReports(db, ProjectSlots.all(slots), false);
    }
}
