package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;

/**
 * The time-accounting statistics the dispatch keeps beside agents (observed on the real dispatch replaying
 * ccxml logs): a user's {@code duration_statistics} ({@code consistent_db_duration_statistics}: {@code name},
 * {@code current}, {@code origin}) and a user session's {@code item_statistics}
 * ({@code ccenter_dispatch_db_item_statistics}: {@code name}, {@code count}, {@code duration}).
 *
 * <p>Observed: a login creates the user's {@code logged} statistic ({@code current} 1, {@code origin} = the login
 * record's date as epoch seconds, a real); a later login of the same user restarts it (new origin). A state
 * (user_state, not user_still_in_state) creates, in this order and each only once: the session's
 * {@code state_<name>} item statistic, the user's {@code state_<name>} and {@code state_<name>_idle}, the session's
 * {@code state_group_<group>}, the user's {@code state_group_<group>} and {@code state_group_<group>_idle}; the
 * state object itself comes after them. Inferred (the sample days never leave a state): leaving a state or logging
 * out sets {@code current} to 0 and adds the elapsed seconds to the session item statistic's {@code duration}.
 */
final class DurationStatistics {

    static final String LOGGED = "logged";

    private DurationStatistics() {
    }

    /** Starts (creating it on first use) the user's duration statistic {@code name} at {@code date}. */
    static void start(DbObject user, String name, CccpDate date) {
        named(user.list("duration_statistics"), "consistent_db_duration_statistics", name)
                .set("current", 1).set("origin", seconds(date));
    }

    /** Stops the user's duration statistic {@code name}, if it runs. */
    static void stop(DbObject user, String name) {
        DbObject stat = find(user.list("duration_statistics"), name);
        if (stat != null) {
            stat.set("current", 0);
        }
    }

    /** Counts one more entry into {@code name} in the session's item statistics (created on first use). */
    static void enter(DbObject session, String name) {
        DbObject stat = named(session.list("item_statistics"), "ccenter_dispatch_db_item_statistics", name);
        stat.set("count", stat.u32("count") + 1);
    }

    /** Adds the seconds spent in {@code name} (from {@code since} to {@code until}) to the session's statistic. */
    static void leave(DbObject session, String name, CccpDate since, CccpDate until) {
        DbObject stat = find(session.list("item_statistics"), name);
        if (stat != null && !since.isNil()) {
            stat.set("duration", (Double) stat.get("duration") + Math.max(0.0, seconds(until) - seconds(since)));
        }
    }

    /** A date as the dispatch's reals hold it: epoch seconds with the microseconds as fraction. */
    static double seconds(CccpDate date) {
        return date.seconds() + date.microseconds() / 1_000_000.0;
    }

    private static DbObject named(DbList list, String className, String name) {
        DbObject stat = find(list, name);
        return stat != null ? stat : list.append(className).set("name", name);
    }

    private static DbObject find(DbList list, String name) {
        for (DbObject o : list.items()) {
            if (name.equals(o.string("name"))) {
                return o;
            }
        }
        return null;
    }
}
