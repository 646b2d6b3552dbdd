package io.cccpexplorer.simulator.query;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.cccpexplorer.simulator.db.StatisticTally;

/**
 * A statistic query: a format node whose {@code query} is set, as the vendor's client sends
 * {@code row.state_pause.duration('0')} (node {@code duration}, query {@code 0}). Observed answers of the
 * dispatch (protocol-spec §9.2), by the statistic's class:
 * <ul>
 *   <li>{@code consistent_db_duration_statistics}: {@code duration} = the whole seconds of its ended periods
 *       (a running period does not count), {@code max} = the highest value set or sampled in the period
 *       ({@link StatisticTally#peak}), both reals;</li>
 *   <li>{@code consistent_db_array_statistic_uint_32_max}: {@code max} = the same peak, a u32;</li>
 *   <li>{@code consistent_db_array_statistic_uint_32_count}: {@code count} = the times it was counted, a u32;
 *       on {@code consistent_db_array_statistic_real_count}, the sum of what was counted, a real (a user's
 *       {@code <queue>_duration}: the seconds of its tasks, to the microsecond);</li>
 *   <li>any other function or class ({@code min}, {@code average}, {@code count} on a duration): no value.</li>
 * </ul>
 * The query is the period ({@link StatisticPeriod}): the answers cover what happened since its latest start
 * ({@link io.cccpexplorer.simulator.db.DispatchDatabase#statisticsSince}); a period out of the dispatch's bounds
 * answers 0 (observed).
 */
final class StatisticQuery {

    private StatisticQuery() {
    }

    static FieldValue answer(DbObject stat, String function, String period, Visits visits) {
        visits.visit(stat);
        StatisticTally tally = stat.tally();
        Integer minutes = StatisticPeriod.minutes(period);
        DispatchDatabase db = stat.database();
        long since = minutes == null ? Long.MAX_VALUE : db.statisticsSince(minutes);
        // out of bounds every answer is 0; a count statistic has no current
        long current = minutes == null || stat.classDef().field("current") == null ? 0 : stat.u32("current");
        return switch (stat.classDef().name()) {
            case "consistent_db_duration_statistics" -> switch (function) {
                case "duration" -> new FieldValue.Real((double) tally.closedSeconds(since));
                case "max" -> new FieldValue.Real((double) tally.peak(since, current, db));
                default -> null;
            };
            case "consistent_db_array_statistic_uint_32_max" -> "max".equals(function)
                    ? new FieldValue.U32((int) tally.peak(since, current, db)) : null;
            case "consistent_db_array_statistic_uint_32_count" ->
                    "count".equals(function) ? new FieldValue.U32((int) tally.count(since)) : null;
            case "consistent_db_array_statistic_real_count" ->
                    "count".equals(function) ? new FieldValue.Real(tally.sum(since)) : null;
            default -> null;
        };
    }
}
