package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Recomputes the roll-up rows a write touched from the rows below them (slot rows from calls and slices, day rows
 * from slot rows): deleting and re-adding is what makes every write idempotent, where adding deltas would count a
 * call written twice twice. The reports read only these rows: a month of one project is at most
 * 31 days x agents x statuses rows, whatever the number of calls.
 */
final class Rollups {

    private static final String QUEUE_FIGURES = "offered, answered, abandoned, short_abandoned, in_target, target_s, "
            + "wait_sum_ms, wait_max_ms, answer_wait_sum_ms, talk_sum_ms, handle_sum_ms, transferred, overflowed";

    private final Connection c;
    private final String project;
    private final Slots slots;
    private final ServiceTargets targets;

    Rollups(Connection c, String project, Slots slots, ServiceTargets targets) {
        this.c = c;
        this.project = project;
        this.slots = slots;
        this.targets = targets;
    }

    void recompute(HistoryWriter.Touched touched) throws SQLException {
        queueSlots(touched.queueSlots);
        agentCallSlots(touched.agentCallSlots);
        agentSlots(touched.agentSlots);
    }

    private int day(long slot) {
        return slots.dayOf(Instant.ofEpochSecond(slot));
    }

    private void queueSlots(Set<HistoryWriter.Key> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Set<HistoryWriter.Key> days = new LinkedHashSet<>();
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM queue_slots WHERE project = ? AND slot = ? AND queue = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO queue_slots (project, slot, queue, local_day, "
                     + QUEUE_FIGURES + ") SELECT project, slot, queue, MIN(local_day), COUNT(*), "
                     + "SUM(CASE WHEN answered_ms IS NOT NULL THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN disposition = 'abandoned' AND wait_ms >= ? THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN disposition = 'abandoned' AND wait_ms < ? THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN answered_ms IS NOT NULL AND wait_ms <= ? THEN 1 ELSE 0 END), ?, "
                     + "SUM(wait_ms), MAX(wait_ms), SUM(CASE WHEN answered_ms IS NOT NULL THEN wait_ms ELSE 0 END), "
                     + "SUM(talk_ms), SUM(talk_ms + COALESCE(hold_ms, 0) + COALESCE(wrap_up_ms, 0)), "
                     + "SUM(CASE WHEN disposition = 'transferred' THEN 1 ELSE 0 END), "
                     + "SUM(CASE WHEN disposition = 'overflowed' THEN 1 ELSE 0 END) "
                     + "FROM calls WHERE project = ? AND queue = ? AND slot = ? AND disposition <> 'open' "
                     + "GROUP BY project, slot, queue")) {
            long shortMs = targets.shortAbandon().toMillis();
            for (HistoryWriter.Key k : keys) {
                delete.setString(1, project);
                delete.setLong(2, k.at());
                delete.setString(3, k.name());
                delete.addBatch();
                long target = targets.targetOf(k.name()).toMillis();
                insert.setLong(1, shortMs);
                insert.setLong(2, shortMs);
                insert.setLong(3, target);
                insert.setInt(4, (int) (target / 1000));
                insert.setString(5, project);
                insert.setString(6, k.name());
                insert.setLong(7, k.at());
                insert.addBatch();
                days.add(new HistoryWriter.Key(k.name(), day(k.at())));
            }
            delete.executeBatch();
            insert.executeBatch();
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM queue_days WHERE project = ? AND local_day = ? AND queue = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO queue_days (project, local_day, queue, "
                     + QUEUE_FIGURES + ") SELECT project, local_day, queue, SUM(offered), SUM(answered), "
                     + "SUM(abandoned), SUM(short_abandoned), SUM(in_target), MAX(target_s), SUM(wait_sum_ms), "
                     + "MAX(wait_max_ms), SUM(answer_wait_sum_ms), SUM(talk_sum_ms), SUM(handle_sum_ms), "
                     + "SUM(transferred), SUM(overflowed) FROM queue_slots "
                     + "WHERE project = ? AND local_day = ? AND queue = ? GROUP BY project, local_day, queue")) {
            dayBatch(days, delete, insert);
        }
    }

    private void agentCallSlots(Set<HistoryWriter.Key> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Set<HistoryWriter.Key> days = new LinkedHashSet<>();
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM agent_call_slots WHERE project = ? AND slot = ? AND agent = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO agent_call_slots (project, slot, agent, "
                     + "local_day, handled, talk_sum_ms, handle_sum_ms) SELECT project, slot, agent, MIN(local_day), "
                     + "COUNT(*), SUM(talk_ms), SUM(talk_ms + COALESCE(hold_ms, 0) + COALESCE(wrap_up_ms, 0)) "
                     + "FROM calls WHERE project = ? AND agent = ? AND slot = ? AND answered_ms IS NOT NULL "
                     + "AND disposition <> 'open' GROUP BY project, slot, agent")) {
            slotBatch(keys, days, delete, insert);
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM agent_call_days WHERE project = ? AND local_day = ? AND agent = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO agent_call_days (project, local_day, agent, "
                     + "handled, talk_sum_ms, handle_sum_ms) SELECT project, local_day, agent, SUM(handled), "
                     + "SUM(talk_sum_ms), SUM(handle_sum_ms) FROM agent_call_slots "
                     + "WHERE project = ? AND local_day = ? AND agent = ? GROUP BY project, local_day, agent")) {
            dayBatch(days, delete, insert);
        }
    }

    private void agentSlots(Set<HistoryWriter.Key> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        Set<HistoryWriter.Key> days = new LinkedHashSet<>();
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM agent_slots WHERE project = ? AND slot = ? AND agent = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO agent_slots (project, slot, agent, status, "
                     + "reason, local_day, ms) SELECT project, slot, agent, status, reason, MIN(local_day), SUM(ms) "
                     + "FROM agent_slices WHERE project = ? AND agent = ? AND slot = ? "
                     + "GROUP BY project, slot, agent, status, reason")) {
            slotBatch(keys, days, delete, insert);
        }
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM agent_days WHERE project = ? AND local_day = ? AND agent = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO agent_days (project, local_day, agent, status, "
                     + "reason, ms) SELECT project, local_day, agent, status, reason, SUM(ms) FROM agent_slots "
                     + "WHERE project = ? AND local_day = ? AND agent = ? GROUP BY project, local_day, agent, status, reason")) {
            dayBatch(days, delete, insert);
        }
    }

    /** delete(project, slot, name) and insert(project, name, slot) for each key; collects the days touched. */
    private void slotBatch(Set<HistoryWriter.Key> keys, Set<HistoryWriter.Key> days, PreparedStatement delete,
                           PreparedStatement insert) throws SQLException {
        for (HistoryWriter.Key k : keys) {
            delete.setString(1, project);
            delete.setLong(2, k.at());
            delete.setString(3, k.name());
            delete.addBatch();
            insert.setString(1, project);
            insert.setString(2, k.name());
            insert.setLong(3, k.at());
            insert.addBatch();
            days.add(new HistoryWriter.Key(k.name(), day(k.at())));
        }
        delete.executeBatch();
        insert.executeBatch();
    }

    /** delete(project, day, name) and insert(project, day, name) for each (name, day) key. */
    private void dayBatch(Set<HistoryWriter.Key> days, PreparedStatement delete, PreparedStatement insert)
            throws SQLException {
        for (HistoryWriter.Key k : days) {
            for (PreparedStatement ps : new PreparedStatement[] {delete, insert}) {
                ps.setString(1, project);
                ps.setInt(2, (int) k.at());
                ps.setString(3, k.name());
                ps.addBatch();
            }
        }
        delete.executeBatch();
        insert.executeBatch();
    }
}
