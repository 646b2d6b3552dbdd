package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A call's stored wrap-up ({@code calls.wrap_up_ms}) is its agents' after-call work about it: the closed wrap-up
 * intervals naming the call, summed, where there are any (a ccxml that ends the queue task at the hang-up leaves the
 * task's post-contact time 0 while the agent works on), so stored and report AHT count what the live figures count;
 * else its queue tasks' post-contact time, kept beside it ({@code task_wrap_up_ms}, V5) so that a call its last
 * interval leaves (re-attributed to another call, or rewritten as another status) can go back to it.
 */
final class CallWrapUps {

    private CallWrapUps() {
    }

    /** The sum of the closed wrap-up intervals naming each call; only the calls that have some are in the answer. */
    static Map<String, Long> agentSums(Connection c, String project, Set<String> callIds) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        // one seek per call: with an IN list H2 walked the project's part of the index instead, testing the list on
        // every interval of the store (half of a log import's CPU in a flight recording of ImportBench)
        try (PreparedStatement ps = c.prepareStatement("SELECT SUM(end_ms - start_ms) FROM agent_intervals WHERE "
                + "project = ? AND call_session_id = ? AND status = '" + AgentInterval.WRAP_UP + "' AND end_ms IS NOT "
                + "NULL")) {
            ps.setString(1, project);
            for (String id : callIds) {
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        long sum = rs.getLong(1);
                        if (!rs.wasNull()) {
                            out.put(id, sum);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Sets the wrap-up of the stored calls among {@code callIds} again from the intervals stored now, and touches
     * the roll-ups of those whose wrap-up changed. A call not stored yet gets its wrap-up when it is written.
     */
    static void recomputeStored(Connection c, String project, Set<String> callIds, HistoryWriter.Touched touched)
            throws SQLException {
        if (callIds.isEmpty()) {
            return;
        }
        Map<String, Long> sums = agentSums(c, project, callIds);
        try (PreparedStatement find = c.prepareStatement("SELECT wrap_up_ms, task_wrap_up_ms "
                + "FROM calls WHERE project = ? AND session_id = ?");
             PreparedStatement handling = c.prepareStatement("SELECT queue, agent, slot FROM call_tasks WHERE "
                     + "project = ? AND session_id = ? AND handles_call = 1");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE calls SET wrap_up_ms = ? WHERE project = ? AND session_id = ?")) {
            find.setString(1, project);
            handling.setString(1, project);
            for (String id : callIds) {
                find.setString(2, id);
                Long wrapUp;
                try (ResultSet rs = find.executeQuery()) {
                    if (!rs.next()) {
                        continue;
                    }
                    Long stored = nullableLong(rs, 1);
                    wrapUp = sums.containsKey(id) ? sums.get(id) : nullableLong(rs, 2);
                    if (Objects.equals(wrapUp, stored)) {
                        continue;
                    }
                }
                // the queue and agent whose handle time counts the call's wrap-up: its last answered task's
                handling.setString(2, id);
                try (ResultSet rs = handling.executeQuery()) {
                    while (rs.next()) {
                        touched.task(rs.getString(1), rs.getString(2), rs.getLong(3));
                    }
                }
                if (wrapUp == null) {
                    update.setNull(1, Types.BIGINT);
                } else {
                    update.setLong(1, wrapUp);
                }
                update.setString(2, project);
                update.setString(3, id);
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
