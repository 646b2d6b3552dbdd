package io.cccpexplorer.simulator.query;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.db.StatisticTally;

/**
 * A statistic query: a format node whose {@code query} is set, as the vendor's client sends
 * {@code row.state_pause.duration('0')} (node {@code duration}, query {@code 0}). Observed answers of the
 * dispatch (protocol-spec §9.2), by the statistic's class:
 * <ul>
 *   <li>{@code consistent_db_duration_statistics}: {@code duration} = the whole seconds of its ended periods
 *       (a running period does not count), {@code max} = the highest {@code current}, both reals;</li>
 *   <li>{@code consistent_db_array_statistic_uint_32_max}: {@code max} = the highest {@code current}, a u32;</li>
 *   <li>{@code consistent_db_array_statistic_uint_32_count}: {@code count} = the times it was counted, a u32;</li>
 *   <li>any other function or class ({@code min}, {@code average}, {@code count} on a duration): no value.</li>
 * </ul>
 * Every answer is for the server's current day ({@link StatisticTally}). The query is a period: only
 * {@code '0'} (every real client's) is served as observed; the dispatch answers other periods the same way up to
 * some bound (about 2,870 in one run) and 0 beyond it, a rule not explored, so every period is answered as
 * {@code '0'} (inferred).
 */
final class StatisticQuery {

    private StatisticQuery() {
    }

    static FieldValue answer(DbObject stat, String function, String period, Visits visits) {
        visits.visit(stat);
        StatisticTally tally = stat.tally();
        long today = stat.database().statisticsToday();
        return switch (stat.classDef().name()) {
            case "consistent_db_duration_statistics" -> switch (function) {
                case "duration" -> new FieldValue.Real((double) tally.closedSeconds(today));
                case "max" -> new FieldValue.Real((double) tally.peak(today, stat.u32("current")));
                default -> null;
            };
            case "consistent_db_array_statistic_uint_32_max" -> "max".equals(function)
                    ? new FieldValue.U32((int) tally.peak(today, stat.u32("current"))) : null;
            case "consistent_db_array_statistic_uint_32_count" ->
                    "count".equals(function) ? new FieldValue.U32((int) tally.count(today)) : null;
            default -> null;
        };
    }
}
