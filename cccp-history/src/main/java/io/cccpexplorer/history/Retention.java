package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

/** Deletes what is older than the retention (default 400 days), every project at once; run once a day. */
public final class Retention {

    public static final Period DEFAULT = Period.ofDays(400);

    private final HistoryDatabase db;
    private final Slots slots;
    private final Period keep;
    private final Clock clock;

    public Retention(HistoryDatabase db, Slots slots, Period keep, Clock clock) {
        if (keep.isNegative() || keep.isZero()) {
            throw new IllegalArgumentException("retention must be at least one day");
        }
        this.db = db;
        this.slots = slots;
        this.keep = keep;
        this.clock = clock;
    }

    /** The first local day kept. */
    public LocalDate firstKept() {
        return LocalDate.now(clock.withZone(slots.zone())).minus(keep);
    }

    /** Deletes every row before {@link #firstKept()}; returns the rows deleted. */
    public long purge() {
        LocalDate first = firstKept();
        long ms = slots.startOf(first).toEpochMilli();
        int day = Slots.dayNumber(first);
        Object[][] deletes = {
                {"DELETE FROM calls WHERE start_ms < ?", ms},
                {"DELETE FROM call_events WHERE at_us < ?", ms * 1000},
                {"DELETE FROM agent_intervals WHERE start_ms < ? AND end_ms IS NOT NULL", ms},
                {"DELETE FROM agent_slices WHERE slot < ?", ms / 1000},
                {"DELETE FROM agent_sessions WHERE login_ms < ? AND logout_ms IS NOT NULL", ms},
                {"DELETE FROM queue_slots WHERE slot < ?", ms / 1000},
                {"DELETE FROM agent_slots WHERE slot < ?", ms / 1000},
                {"DELETE FROM agent_call_slots WHERE slot < ?", ms / 1000},
                {"DELETE FROM queue_days WHERE local_day < ?", (long) day},
                {"DELETE FROM agent_days WHERE local_day < ?", (long) day},
                {"DELETE FROM agent_call_days WHERE local_day < ?", (long) day},
                {"DELETE FROM imported_days WHERE local_day < ?", (long) day},
        };
        long deleted = 0;
        try (Connection c = db.connection()) {
            for (Object[] d : deletes) {
                try (PreparedStatement ps = c.prepareStatement((String) d[0])) {
                    ps.setLong(1, (Long) d[1]);
                    deleted += ps.executeUpdate();
                }
            }
            // the month rows stay the sums of the day rows left
            deleted += MonthRollups.purge(c, day);
        } catch (SQLException e) {
            throw new HistoryException("history purge failed: " + e.getMessage(), e);
        }
        return deleted;
    }
}
