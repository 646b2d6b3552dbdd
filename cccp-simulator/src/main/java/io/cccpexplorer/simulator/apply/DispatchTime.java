package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbObject;

/**
 * How the dispatch stores a record's date. Observed on the vendor's dispatch replaying ccxml logs: the dates it
 * serves are sometimes one microsecond earlier than the record's (…808759 in the log file, …808758 on the wire).
 * It holds the date as a double ({@code seconds + microseconds / 1e6}) and takes the microseconds back by
 * truncation, {@code (int) ((d - floor(d)) * 1e6)}; every date of the two sample days matches this rule.
 */
final class DispatchTime {

    private DispatchTime() {
    }

    /**
     * A date as the dispatch's reals hold it (record dates, a statistic's {@code origin}): epoch seconds with the
     * microseconds as fraction, not truncated.
     */
    static double real(CccpDate recordDate) {
        return recordDate.seconds() + recordDate.microseconds() / 1_000_000.0;
    }

    /** The record date as the dispatch keeps it (same seconds and offset, microseconds through a double). */
    static CccpDate stored(CccpDate recordDate) {
        if (recordDate.isNil() || recordDate.microseconds() > 999_999) {
            return recordDate;
        }
        double d = real(recordDate);
        long seconds = (long) Math.floor(d);
        long micros = (long) ((d - seconds) * 1_000_000.0);
        return CccpDate.of(seconds, micros, recordDate.offsetSeconds());
    }

    /**
     * Whether {@code date} replaces a held date that the dispatch moves only a second or more forward (observed: a
     * session's current and best item dates; an agent session's last task event for a task's managed, its
     * alerting state and a user state while idle).
     */
    private static boolean movesHeldDate(CccpDate held, CccpDate date) {
        if (held.isNil()) {
            return true;
        }
        long micros = (date.seconds() - held.seconds()) * 1_000_000L + date.microseconds() - held.microseconds();
        return micros >= 1_000_000L;
    }

    /**
     * Sets the held date {@code field} of {@code o} to {@code date} where the dispatch moves it (see
     * {@link #movesHeldDate}).
     *
     * @return whether it moved
     */
    static boolean moveHeldDate(DbObject o, String field, CccpDate date) {
        if (!movesHeldDate(o.date(field), date)) {
            return false;
        }
        o.set(field, date);
        return true;
    }
}
