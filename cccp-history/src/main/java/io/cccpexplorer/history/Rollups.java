package io.cccpexplorer.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Recomputes the roll-up rows a write touched from the rows below them (slot rows from calls and slices, day rows
 * from slot rows): deleting and re-adding is what makes every write idempotent, where adding deltas would count a
 * call written twice twice. Set-based: one delete and one insert-select per table for each run of neighbouring
 * slots a batch touched (batches are in time order, so that is usually one run), restricted to the queues or agents
 * of the batch; the months of the days recomputed follow ({@link MonthRollups}). The reports read only these rows:
 * a whole month of one project is agents x statuses rows, whatever the number of calls.
 */
final class Rollups {

    /** Slots further apart than this are recomputed as separate runs, not as one range. */
    private static final long MAX_GAP = 4 * Slots.SLOT_SECONDS;
    /** Names per IN list. */
    private static final int CHUNK = 500;

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
        for (Run run : runs(touched.queueSlots)) {
            for (List<String> queues : chunks(run.names)) {
                queueSlots(run, queues);
            }
        }
        for (Run run : runs(touched.agentCallSlots)) {
            for (List<String> agents : chunks(run.names)) {
                String in = in("agent", agents.size());
                // each answered passage counts for the agent who answered it, as the live AgentDayFigures do
                slotPair(run, agents,
                        "DELETE FROM agent_call_slots WHERE project = ? AND slot >= ? AND slot <= ? AND " + in,
                        "INSERT INTO agent_call_slots (project, slot, agent, local_day, handled, talk_sum_ms, "
                                + "handle_sum_ms) SELECT t.project, t.slot, t.agent, MIN(t.local_day), COUNT(*), "
                                + "SUM(t.talk_ms), SUM(t.talk_ms + CASE WHEN t.handles_call = 1 "
                                + "THEN COALESCE(c.hold_ms, 0) + COALESCE(c.wrap_up_ms, 0) ELSE 0 END) "
                                + "FROM call_tasks t JOIN calls c ON c.project = t.project AND c.session_id = "
                                + "t.session_id WHERE t.project = ? AND t.slot >= ? AND t.slot <= ? AND "
                                + in("t.agent", agents.size()) + " AND t.outcome = 'answered' "
                                + "AND c.disposition <> 'open' GROUP BY t.project, t.slot, t.agent");
                dayPair(run, agents, MonthRollups.Table.AGENT_CALL,
                        "DELETE FROM agent_call_days WHERE project = ? AND local_day = ? AND " + in,
                        "INSERT INTO agent_call_days (project, local_day, agent, handled, talk_sum_ms, handle_sum_ms) "
                                + "SELECT project, local_day, agent, SUM(handled), SUM(talk_sum_ms), "
                                + "SUM(handle_sum_ms) FROM agent_call_slots "
                                + "WHERE project = ? AND local_day = ? AND " + in
                                + " GROUP BY project, local_day, agent");
            }
        }
        for (Run run : runs(touched.agentSlots)) {
            for (List<String> agents : chunks(run.names)) {
                String in = in("agent", agents.size());
                slotPair(run, agents, "DELETE FROM agent_slots WHERE project = ? AND slot >= ? AND slot <= ? AND " + in,
                        "INSERT INTO agent_slots (project, slot, agent, status, reason, local_day, ms) SELECT project, "
                                + "slot, agent, status, reason, MIN(local_day), SUM(ms) FROM agent_slices "
                                + "WHERE project = ? AND slot >= ? AND slot <= ? AND " + in
                                + " GROUP BY project, slot, agent, status, reason");
                dayPair(run, agents, MonthRollups.Table.AGENT,
                        "DELETE FROM agent_days WHERE project = ? AND local_day = ? AND " + in,
                        "INSERT INTO agent_days (project, local_day, agent, status, reason, ms) SELECT project, "
                                + "local_day, agent, status, reason, SUM(ms) FROM agent_slots "
                                + "WHERE project = ? AND local_day = ? AND " + in
                                + " GROUP BY project, local_day, agent, status, reason");
            }
        }
    }

    /**
     * A queue's slots from the tasks that entered it there (a call overflowed from one queue to another counts in
     * both, as the live figures do), of calls that ended; the call's hold and wrap-up count with its handling task.
     */
    private void queueSlots(Run run, List<String> queues) throws SQLException {
        String in = in("queue", queues.size());
        String taskIn = in("t.queue", queues.size());
        // the service-level target of each queue, as a CASE over the queues that have their own
        List<String> own = queues.stream().filter(q -> targets.perQueue().containsKey(q)).toList();
        String target = own.isEmpty() ? "CAST(? AS DECIMAL(18,0))"
                : "CASE t.queue " + "WHEN ? THEN CAST(? AS DECIMAL(18,0)) ".repeat(own.size())
                + "ELSE CAST(? AS DECIMAL(18,0)) END";
        String delete = "DELETE FROM queue_slots WHERE project = ? AND slot >= ? AND slot <= ? AND " + in;
        String insert = "INSERT INTO queue_slots (project, slot, queue, local_day, " + QUEUE_FIGURES + ") "
                + "SELECT t.project, t.slot, t.queue, MIN(t.local_day), COUNT(*), "
                + "SUM(CASE WHEN t.outcome = 'answered' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.outcome = 'abandoned' AND t.wait_ms > ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.outcome = 'abandoned' AND t.wait_ms <= ? THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN t.outcome = 'answered' AND t.wait_ms <= " + target + " THEN 1 ELSE 0 END), "
                + "MAX(" + target + ") / 1000, "
                + "SUM(t.wait_ms), MAX(t.wait_ms), SUM(CASE WHEN t.outcome = 'answered' THEN t.wait_ms ELSE 0 END), "
                + "SUM(t.talk_ms), SUM(t.talk_ms + CASE WHEN t.handles_call = 1 "
                + "THEN COALESCE(c.hold_ms, 0) + COALESCE(c.wrap_up_ms, 0) ELSE 0 END), "
                + "SUM(t.transferred), "
                + "SUM(CASE WHEN t.outcome = 'overflowed' THEN 1 ELSE 0 END) "
                + "FROM call_tasks t JOIN calls c ON c.project = t.project AND c.session_id = t.session_id "
                + "WHERE t.project = ? AND t.slot >= ? AND t.slot <= ? AND " + taskIn + " AND c.disposition <> 'open' "
                + "GROUP BY t.project, t.slot, t.queue";
        try (PreparedStatement d = c.prepareStatement(delete); PreparedStatement i = c.prepareStatement(insert)) {
            bindRange(d, 1, run, queues);
            int k = 1;
            // the live model's rule (cccp-client's DayFigures): a caller who hung up within the threshold, that
            // very millisecond included, is a short abandon; a zero threshold makes every abandon count
            long shortMs = targets.shortAbandon().isZero() ? -1 : targets.shortAbandon().toMillis();
            i.setLong(k++, shortMs);
            i.setLong(k++, shortMs);
            for (int twice = 0; twice < 2; twice++) {
                for (String q : own) {
                    i.setString(k++, q);
                    i.setLong(k++, targets.perQueue().get(q).toMillis());
                }
                i.setLong(k++, targets.defaultTarget().toMillis());
            }
            bindRange(i, k, run, queues);
            d.executeUpdate();
            i.executeUpdate();
        }
        dayPair(run, queues, MonthRollups.Table.QUEUE,
                "DELETE FROM queue_days WHERE project = ? AND local_day = ? AND " + in,
                "INSERT INTO queue_days (project, local_day, queue, " + QUEUE_FIGURES + ") SELECT project, local_day, "
                        + "queue, SUM(offered), SUM(answered), SUM(abandoned), SUM(short_abandoned), SUM(in_target), "
                        + "MAX(target_s), SUM(wait_sum_ms), MAX(wait_max_ms), SUM(answer_wait_sum_ms), "
                        + "SUM(talk_sum_ms), SUM(handle_sum_ms), SUM(transferred), SUM(overflowed) FROM queue_slots "
                        + "WHERE project = ? AND local_day = ? AND " + in + " GROUP BY project, local_day, queue");
    }

    /** delete and insert-select, both bound to (project, first slot, last slot, names...). */
    private void slotPair(Run run, List<String> names, String delete, String insert) throws SQLException {
        try (PreparedStatement d = c.prepareStatement(delete); PreparedStatement i = c.prepareStatement(insert)) {
            bindRange(d, 1, run, names);
            bindRange(i, 1, run, names);
            d.executeUpdate();
            i.executeUpdate();
        }
    }

    /**
     * For each local day of the run: delete and insert-select bound to (project, day, names...); then the months
     * of those days from their day rows.
     */
    private void dayPair(Run run, List<String> names, MonthRollups.Table months, String delete, String insert)
            throws SQLException {
        Set<Integer> days = new TreeSet<>();
        days.add(slots.dayOf(Instant.ofEpochSecond(run.first)));
        days.add(slots.dayOf(Instant.ofEpochSecond(run.last)));
        for (long s = run.first; s <= run.last; s += 86_400 / 2) {
            days.add(slots.dayOf(Instant.ofEpochSecond(s)));
        }
        try (PreparedStatement d = c.prepareStatement(delete); PreparedStatement i = c.prepareStatement(insert)) {
            for (int day : days) {
                for (PreparedStatement ps : new PreparedStatement[] {d, i}) {
                    ps.setString(1, project);
                    ps.setInt(2, day);
                    int k = 3;
                    for (String n : names) {
                        ps.setString(k++, n);
                    }
                    ps.addBatch();
                }
            }
            d.executeBatch();
            i.executeBatch();
        }
        MonthRollups.recompute(c, project, months, days, names);
    }

    private void bindRange(PreparedStatement ps, int from, Run run, List<String> names) throws SQLException {
        int k = from;
        ps.setString(k++, project);
        ps.setLong(k++, run.first);
        ps.setLong(k++, run.last);
        for (String n : names) {
            ps.setString(k++, n);
        }
    }

    private static String in(String column, int n) {
        return column + " IN (" + String.join(", ", Collections.nCopies(n, "?")) + ")";
    }

    private static List<List<String>> chunks(Set<String> names) {
        List<String> all = new ArrayList<>(names);
        List<List<String>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            out.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return out;
    }

    /** Neighbouring touched slots, and the names touched in them. */
    private record Run(long first, long last, Set<String> names) {
    }

    private static List<Run> runs(Set<HistoryWriter.Key> keys) {
        TreeMap<Long, Set<String>> bySlot = new TreeMap<>();
        for (HistoryWriter.Key k : keys) {
            bySlot.computeIfAbsent(k.at(), s -> new TreeSet<>()).add(k.name());
        }
        List<Run> runs = new ArrayList<>();
        Run current = null;
        for (var e : bySlot.entrySet()) {
            if (current != null && e.getKey() - current.last <= MAX_GAP) {
                current.names.addAll(e.getValue());
                current = new Run(current.first, e.getKey(), current.names);
                runs.set(runs.size() - 1, current);
            } else {
                current = new Run(e.getKey(), e.getKey(), new TreeSet<>(e.getValue()));
                runs.add(current);
            }
        }
        return runs;
    }
}
