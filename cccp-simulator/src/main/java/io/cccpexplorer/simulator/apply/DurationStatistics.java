package io.cccpexplorer.simulator.apply;

import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import java.util.List;

/**
 * The time-accounting statistics the dispatch keeps beside agents (observed on the real dispatch replaying
 * ccxml logs, protocol-spec §9.2): a user's {@code duration_statistics} ({@code consistent_db_duration_statistics}:
 * {@code name}, {@code current}, {@code origin}) and a user session's {@code item_statistics}
 * ({@code ccenter_dispatch_db_item_statistics}: {@code name}, {@code count}, {@code duration}).
 *
 * <p>Observed: a login creates the user's {@code logged} statistic ({@code current} 1, {@code origin} = the login
 * record's date as epoch seconds with the microseconds, a real); a later login of the same user restarts it (new
 * origin). A state (user_state, not user_still_in_state) creates, in this order and each only once: the session's
 * {@code state_<name>} item statistic, the user's {@code state_<name>} and, when the session runs no task,
 * {@code state_<name>_idle}, then the same three for {@code state_group_<group>}; the state object itself comes
 * after them. Leaving a state sets the user statistic's {@code current} and {@code origin} to 0 and adds the
 * period, counted in whole seconds ({@code floor(end) - floor(start)}), to what {@code duration('0')} answers; the
 * session's item statistic has {@code count} 1 while the session is in the state, 0 after, and {@code duration} the
 * whole seconds of its ended periods.
 */
final class DurationStatistics {

    static final String LOGGED = "logged";
    /** What a statistic of a user state is called while the session runs no task: {@code <statistic>_idle}. */
    static final String IDLE_SUFFIX = "_idle";

    private DurationStatistics() {
    }

    /**
     * The statistics a user state counts in, in the dispatch's order of creation: {@code state_<name>}, then
     * {@code state_group_<group>}.
     */
    static List<String> ofState(String name, String group) {
        return List.of("state_" + name, "state_group_" + group);
    }

    /** {@link #ofState(String, String)} of a state object (its {@code name} and {@code group}). */
    static List<String> ofState(DbObject state) {
        return ofState(state.string("name"), state.string("group"));
    }

    /** Starts (creating it on first use) the user's duration statistic {@code name} at {@code date}. */
    static void start(DbObject user, String name, CccpDate date) {
        DbObject stat = named(user.list("duration_statistics"), "consistent_db_duration_statistics", name);
        int before = stat.u32("current");
        stat.tally().changed(date.seconds(), before, 1);
        stat.set("current", 1).set("origin", DispatchTime.real(date));
    }

    /** Stops the user's duration statistic {@code name} at {@code date}, if it runs. */
    static void stop(DbObject user, String name, CccpDate date) {
        DbObject stat = find(user.list("duration_statistics"), name);
        if (stat != null && stat.u32("current") > 0) {
            double origin = (Double) stat.get("origin");
            stat.tally().closed((long) Math.floor(origin), date.seconds());
            stat.tally().changed(date.seconds(), stat.u32("current"), 0);
            stat.set("current", 0).set("origin", 0.0);
        }
    }

    /** The session enters {@code name}: its item statistic (created on first use) counts 1. */
    static void enter(DbObject session, String name) {
        named(session.list("item_statistics"), "ccenter_dispatch_db_item_statistics", name).set("count", 1);
    }

    /** The session leaves {@code name} (entered at {@code since}): count 0, the whole seconds added to duration. */
    static void leave(DbObject session, String name, CccpDate since, CccpDate until) {
        DbObject stat = find(session.list("item_statistics"), name);
        if (stat != null) {
            stat.set("count", 0);
            if (!since.isNil()) {
                stat.set("duration", (Double) stat.get("duration") + Math.max(0L, until.seconds() - since.seconds()));
            }
        }
    }

    /**
     * One more period of the user's duration statistic {@code name} (created on first use) starts at {@code date}:
     * {@code current} counts the running periods and {@code origin} sums their start dates (observed on task
     * states, which run concurrently for concurrent tasks).
     */
    static void startPeriod(DbObject user, String name, CccpDate date) {
        DbObject stat = named(user.list("duration_statistics"), "consistent_db_duration_statistics", name);
        int before = stat.u32("current");
        stat.tally().changed(date.seconds(), before, before + 1);
        stat.set("current", before + 1)
                .set("origin", (before == 0 ? 0.0 : (Double) stat.get("origin")) + DispatchTime.real(date));
    }

    /** One period of the user's duration statistic {@code name}, started at {@code since}, ends at {@code date}. */
    static void endPeriod(DbObject user, String name, CccpDate since, CccpDate date) {
        DbObject stat = find(user.list("duration_statistics"), name);
        if (stat == null || stat.u32("current") == 0) {
            return;
        }
        int before = stat.u32("current");
        stat.tally().closed((long) Math.floor(DispatchTime.real(since)), date.seconds());
        stat.tally().changed(date.seconds(), before, before - 1);
        stat.set("current", before - 1)
                .set("origin", before == 1 ? 0.0 : (Double) stat.get("origin") - DispatchTime.real(since));
    }

    /** One more period of the item statistic {@code name} of {@code owner} (a session or a user task) starts. */
    static void enterCounted(DbObject owner, String name) {
        DbObject stat = named(owner.list("item_statistics"), "ccenter_dispatch_db_item_statistics", name);
        stat.set("count", stat.u32("count") + 1);
    }

    /** One period of {@code owner}'s item statistic {@code name} ends: count − 1, its whole seconds added. */
    static void leaveCounted(DbObject owner, String name, CccpDate since, CccpDate until) {
        DbObject stat = find(owner.list("item_statistics"), name);
        if (stat != null && stat.u32("count") > 0) {
            stat.set("count", stat.u32("count") - 1)
                    .set("duration", (Double) stat.get("duration") + Math.max(0L, until.seconds() - since.seconds()));
        }
    }

    /** {@code owner}'s item statistic {@code name}, created (count 0) if it does not exist. */
    static DbObject ensureItem(DbObject owner, String name) {
        return named(owner.list("item_statistics"), "ccenter_dispatch_db_item_statistics", name);
    }

    /** Adds whole seconds to the {@code duration} of {@code owner}'s item statistic {@code name}, if it exists. */
    static void addDuration(DbObject owner, String name, long seconds) {
        DbObject stat = find(owner.list("item_statistics"), name);
        if (stat != null) {
            stat.set("duration", (Double) stat.get("duration") + seconds);
        }
    }

    /** The user's duration statistic {@code name}, created (not started) on first use. */
    static DbObject ensure(DbObject user, String name) {
        return named(user.list("duration_statistics"), "consistent_db_duration_statistics", name);
    }

    /** The user's duration statistic {@code name}, or null before its first use. */
    static DbObject find(DbObject user, String name) {
        return find(user.list("duration_statistics"), name);
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
