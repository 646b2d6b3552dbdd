package io.cccpexplorer.history;

import io.cccpexplorer.client.model.SessionEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes batches: every row by its key (so a batch written twice leaves the store as it was after the first),
 * then recomputes the roll-ups the batch touched (before and after: a call rewritten into another queue or slot
 * leaves neither count wrong). One transaction per batch. Not thread-safe per project: one writer per project
 * (see {@link WriterLease} when several nodes share a store).
 */
public final class HistoryWriter {

    private static final List<String> CALL_KEY = List.of("project", "session_id");
    private static final List<String> CALL_VALUES = List.of("direction", "caller", "called", "ivr_entry", "queue",
            "queues", "agent", "agents", "start_ms", "queued_ms", "answered_ms", "end_ms", "disposition", "wait_ms",
            "talk_ms", "hold_ms", "wrap_up_ms", "task_wrap_up_ms", "slot", "local_day");
    private static final List<String> INTERVAL_KEY = List.of("project", "session_id", "start_ms");
    private static final List<String> INTERVAL_VALUES = List.of("agent", "status", "reason", "end_ms",
            "call_session_id");

    private final HistoryDatabase db;
    private final ProjectSlots slots;
    private final ServiceTargets targets;
    private final String upsertCall;
    private final String insertEvent;
    private final String upsertSession;
    private final String upsertInterval;
    private final String insertInterval;

    public HistoryWriter(HistoryDatabase db, Slots slots, ServiceTargets targets) {
        this(db, ProjectSlots.all(slots), targets);
    }

    /** Each project's rows filed by its own business days ({@code slots}). */
    public HistoryWriter(HistoryDatabase db, ProjectSlots slots, ServiceTargets targets) {
        this.db = db;
        this.slots = slots;
        this.targets = targets;
        HistoryEngine e = db.engine();
        upsertCall = e.upsert("calls", CALL_KEY, CALL_VALUES);
        insertEvent = "INSERT INTO call_events (project, session_id, seq, at_us, ev_source, ev_target, ev_state, "
                + "ev_name, ev_data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        upsertSession = e.upsert("agent_sessions", List.of("project", "session_id"),
                List.of("agent", "agent_name", "login_ms", "logout_ms"));
        upsertInterval = e.upsert("agent_intervals", INTERVAL_KEY, INTERVAL_VALUES);
        insertInterval = HistoryEngine.insert("agent_intervals", INTERVAL_KEY, INTERVAL_VALUES);
    }

    /** Stores the batch; on failure nothing of it is stored and the exception says why (the caller retries). */
    public void write(HistoryBatch batch) {
        write(batch, null);
    }

    /**
     * Stores the batch's rows (one transaction) but leaves the roll-ups they touch to {@link #rollUp}: for a long
     * run of batches (a log import's day) whose roll-ups would otherwise be recomputed at every batch — each
     * recompute reads and rewrites the whole day's slot and day rows of every agent the batch touched, so a day
     * written in many batches cost O(batches x day) (most of the import's time in a flight recording). Until
     * {@code rollUp} the reports do not see these rows; {@code pending} remembers what to recompute, including
     * what the rewritten rows counted in before. On failure nothing of the batch is stored and {@code pending} is
     * unchanged.
     */
    public void write(HistoryBatch batch, PendingRollups pending) {
        if (batch.isEmpty()) {
            return;
        }
        if (pending != null && !pending.project().equals(batch.project())) {
            throw new IllegalArgumentException("roll-ups pending for " + pending.project() + ", batch of "
                    + batch.project());
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                Touched touched = new Touched();
                // intervals first: a call's wrap-up is its agents' wrap-up intervals about it, this batch's included
                Set<String> wrapUpCalls = writeIntervals(c, batch, touched);
                writeCalls(c, batch, touched);
                writeEvents(c, batch);
                writeSessions(c, batch);
                writeWrapUpsOfStoredCalls(c, batch, wrapUpCalls, touched);
                if (pending == null) {
                    new Rollups(c, batch.project(), slots.of(batch.project()), targets).recompute(touched);
                }
                c.commit();
                if (pending != null) {
                    pending.add(touched);
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException("history write of " + batch.size() + " rows failed: " + e.getMessage(), e);
        }
    }

    /**
     * Recomputes, in one transaction, every roll-up the batches written with {@code pending} touched, then
     * forgets them. Idempotent (the roll-ups are recomputed from the rows below them); on failure {@code pending}
     * is kept and the call can be repeated.
     */
    public void rollUp(PendingRollups pending) {
        if (pending.isEmpty()) {
            return;
        }
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            try {
                new Rollups(c, pending.project(), slots.of(pending.project()), targets).recompute(pending.touched());
                c.commit();
                pending.clear();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new HistoryException("history roll-up of " + pending.project() + " failed: " + e.getMessage(), e);
        }
    }

    // ---- calls ----

    private void writeCalls(Connection c, HistoryBatch batch, Touched touched) throws SQLException {
        if (batch.calls().isEmpty()) {
            return;
        }
        // what the rewritten calls counted in before, found by their key: a call written again may have another
        // start (a late row corrected it), so its stored cells can be in another slot, day or month than its new
        // ones. One seek per call, as CallWrapUps.agentSums (an IN list on the key's second column made H2 walk
        // the project's part of the index)
        Set<String> ids = new LinkedHashSet<>();
        for (StoredCall call : batch.calls()) {
            ids.add(call.sessionId());
        }
        try (PreparedStatement tasks = c.prepareStatement(
                "SELECT queue, agent, slot FROM call_tasks WHERE project = ? AND session_id = ?")) {
            tasks.setString(1, batch.project());
            for (String id : ids) {
                tasks.setString(2, id);
                try (ResultSet rs = tasks.executeQuery()) {
                    while (rs.next()) {
                        touched.task(rs.getString(1), rs.getString(2), rs.getLong(3));
                    }
                }
            }
        }
        Map<String, Long> agentWrapUps = CallWrapUps.agentSums(c, batch.project(), ids);
        try (PreparedStatement ps = c.prepareStatement(upsertCall)) {
            for (StoredCall call : batch.calls()) {
                Instant counted = call.countedAt();
                long slot = Slots.slotOf(counted);
                int i = 1;
                ps.setString(i++, call.project());
                ps.setString(i++, call.sessionId());
                ps.setString(i++, call.direction().name().toLowerCase(java.util.Locale.ROOT));
                ps.setString(i++, call.caller());
                ps.setString(i++, call.called());
                ps.setString(i++, call.ivrEntry());
                ps.setString(i++, call.queue());
                ps.setString(i++, String.join(",", call.queues()));
                ps.setString(i++, call.agent());
                ps.setString(i++, String.join(",", call.agents()));
                ps.setLong(i++, call.start().toEpochMilli());
                setMillis(ps, i++, call.queued());
                setMillis(ps, i++, call.answered());
                setMillis(ps, i++, call.end());
                ps.setString(i++, DispositionText.of(call.disposition()));
                ps.setLong(i++, call.waited().toMillis());
                ps.setLong(i++, call.talk().toMillis());
                setMillis(ps, i++, call.hold());
                Long wrapUp = agentWrapUps.get(call.sessionId());
                if (wrapUp != null) {
                    ps.setLong(i++, wrapUp);
                } else {
                    setMillis(ps, i++, call.wrapUp());
                }
                // the tasks' own time, kept for when no interval names the call any more (CallWrapUps)
                setMillis(ps, i++, call.wrapUp());
                ps.setLong(i++, slot);
                ps.setInt(i, slots.of(call.project()).dayOf(counted));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        writeTasks(c, batch, ids, touched);
    }

    /** A call's tasks are written whole, replacing the stored ones (a corrected call may have more, or fewer). */
    private void writeTasks(Connection c, HistoryBatch batch, Set<String> ids, Touched touched) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM call_tasks WHERE project = ? AND session_id = ?")) {
            ps.setString(1, batch.project());
            for (String id : ids) {
                ps.setString(2, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Slots project = slots.of(batch.project());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO call_tasks (project, session_id, seq, queue, slot, "
                + "local_day, queued_ms, answered_ms, ended_ms, outcome, wait_ms, talk_ms, agent, transferred, "
                + "handles_call) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Map<String, StoredCall> last = new java.util.LinkedHashMap<>();
            for (StoredCall call : batch.calls()) {
                last.put(call.sessionId(), call);   // a call twice in a batch: the last one counts, as its row
            }
            for (StoredCall call : last.values()) {
                int seq = 0;
                for (StoredTask t : call.tasks()) {
                    long slot = Slots.slotOf(t.queued());
                    int i = 1;
                    ps.setString(i++, call.project());
                    ps.setString(i++, call.sessionId());
                    ps.setInt(i++, seq++);
                    ps.setString(i++, t.queue());
                    ps.setLong(i++, slot);
                    ps.setInt(i++, project.dayOf(t.queued()));
                    ps.setLong(i++, t.queued().toEpochMilli());
                    setMillis(ps, i++, t.answered());
                    setMillis(ps, i++, t.ended());
                    ps.setString(i++, t.outcome().name().toLowerCase(java.util.Locale.ROOT));
                    ps.setLong(i++, millisUp(t.waited()));
                    ps.setLong(i++, t.talk().toMillis());
                    ps.setString(i++, t.agent());
                    ps.setInt(i++, t.transferred() ? 1 : 0);
                    ps.setInt(i, t.handlesCall() ? 1 : 0);
                    ps.addBatch();
                    touched.task(t.queue(), t.agent(), slot);
                }
            }
            ps.executeBatch();
        }
    }

    // ---- console rows ----

    private void writeEvents(Connection c, HistoryBatch batch) throws SQLException {
        if (batch.events().isEmpty()) {
            return;
        }
        // a session's list is written whole, so it replaces the stored one: delete, then plain inserts (cheaper
        // than an upsert per row, and a shorter list than last time leaves no stale rows)
        try (PreparedStatement ps = c.prepareStatement(
                "DELETE FROM call_events WHERE project = ? AND session_id = ?")) {
            for (String sessionId : batch.events().keySet()) {
                ps.setString(1, batch.project());
                ps.setString(2, sessionId);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(insertEvent)) {
            for (Map.Entry<String, List<SessionEvent>> session : batch.events().entrySet()) {
                int seq = 0;
                for (SessionEvent e : session.getValue()) {
                    ps.setString(1, batch.project());
                    ps.setString(2, session.getKey());
                    ps.setInt(3, seq++);
                    ps.setLong(4, micros(e.date()));
                    ps.setString(5, e.source());
                    ps.setString(6, e.target());
                    ps.setString(7, e.state());
                    ps.setString(8, e.name());
                    ps.setString(9, e.data());
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    static long micros(OffsetDateTime date) {
        if (date == null) {
            return 0;
        }
        Instant t = date.toInstant();
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    // ---- agents ----

    private void writeSessions(Connection c, HistoryBatch batch) throws SQLException {
        if (batch.sessions().isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertSession)) {
            for (AgentSession s : batch.sessions()) {
                ps.setString(1, s.project());
                ps.setString(2, s.sessionId());
                ps.setString(3, s.agent());
                ps.setString(4, s.name());
                ps.setLong(5, s.login().toEpochMilli());
                setMillis(ps, 6, s.logout());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * Writes the batch's intervals and their slices; answers the calls whose wrap-up they may change: the calls its
     * wrap-up intervals name, and those the stored intervals it rewrites named before (an interval re-attributed
     * to another call, or rewritten as another status, leaves the call it named).
     */
    private Set<String> writeIntervals(Connection c, HistoryBatch batch, Touched touched) throws SQLException {
        Set<String> wrapUpCalls = new LinkedHashSet<>();
        if (batch.intervals().isEmpty()) {
            return wrapUpCalls;
        }
        // the same interval twice in a batch (reported again, e.g. closed at another time): the last one counts
        Map<String, AgentInterval> byKey = new java.util.LinkedHashMap<>();
        Set<String> existing = new java.util.HashSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (AgentInterval iv : batch.intervals()) {
            String key = iv.sessionId() + '\n' + iv.start().toEpochMilli();
            byKey.remove(key);
            byKey.put(key, iv);
            min = Math.min(min, iv.start().toEpochMilli());
            max = Math.max(max, iv.start().toEpochMilli());
        }
        // the slots an interval covered before this write (it may have been open, or closed at another time), and
        // the call it was the wrap-up of
        try (PreparedStatement ps = c.prepareStatement("SELECT session_id, start_ms, agent, end_ms, status, "
                + "call_session_id FROM agent_intervals WHERE project = ? AND start_ms BETWEEN ? AND ?")) {
            ps.setString(1, batch.project());
            ps.setLong(2, min);
            ps.setLong(3, max);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (byKey.containsKey(rs.getString(1) + '\n' + rs.getLong(2))) {
                        existing.add(rs.getString(1) + '\n' + rs.getLong(2));
                        long end = rs.getLong(4);
                        if (!rs.wasNull()) {
                            for (long s = Slots.slotOf(Instant.ofEpochMilli(rs.getLong(2))); s * 1000 < end;
                                 s += Slots.SLOT_SECONDS) {
                                touched.agentSlot(rs.getString(3), s);
                            }
                        }
                        String call = rs.getString(6);
                        if (AgentInterval.WRAP_UP.equals(rs.getString(5)) && call != null) {
                            wrapUpCalls.add(call);
                        }
                    }
                }
            }
        }
        // an interval's key holds its start, so the window above found every stored one: the others (nearly all)
        // are plain inserts. An upsert looks each key up first, and H2's MERGE ... KEY does it with an UPDATE whose
        // plan took the (project, start_ms) index, not the key: a third of the writer's CPU in a flight recording
        // of StoreBench writing one-day batches
        try (PreparedStatement insert = c.prepareStatement(insertInterval);
             PreparedStatement upsert = c.prepareStatement(upsertInterval);
             PreparedStatement clear = c.prepareStatement(
                     "DELETE FROM agent_slices WHERE project = ? AND session_id = ? AND start_ms = ?");
             PreparedStatement slice = c.prepareStatement("INSERT INTO agent_slices (project, session_id, start_ms, "
                     + "slot, agent, status, reason, local_day, ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (AgentInterval iv : byKey.values()) {
                if (AgentInterval.WRAP_UP.equals(iv.status()) && iv.callSessionId() != null) {
                    wrapUpCalls.add(iv.callSessionId());
                }
                long start = iv.start().toEpochMilli();
                boolean stored = existing.contains(iv.sessionId() + '\n' + start);
                PreparedStatement row = stored ? upsert : insert;
                row.setString(1, iv.project());
                row.setString(2, iv.sessionId());
                row.setLong(3, start);
                row.setString(4, iv.agent());
                row.setString(5, iv.status());
                row.setString(6, iv.reason());
                setMillis(row, 7, iv.end());
                row.setString(8, iv.callSessionId());
                row.addBatch();
                if (stored) {
                    clear.setString(1, iv.project());
                    clear.setString(2, iv.sessionId());
                    clear.setLong(3, start);
                    clear.addBatch();
                }
                if (iv.end() == null) {
                    continue;
                }
                long end = iv.end().toEpochMilli();
                for (long s = Slots.slotOf(iv.start()); s * 1000 < end; s += Slots.SLOT_SECONDS) {
                    long from = Math.max(start, s * 1000);
                    long to = Math.min(end, (s + Slots.SLOT_SECONDS) * 1000);
                    slice.setString(1, iv.project());
                    slice.setString(2, iv.sessionId());
                    slice.setLong(3, start);
                    slice.setLong(4, s);
                    slice.setString(5, iv.agent());
                    slice.setString(6, iv.status());
                    slice.setString(7, iv.reason());
                    slice.setInt(8, slots.of(iv.project()).dayOf(Instant.ofEpochSecond(s)));
                    slice.setLong(9, to - from);
                    slice.addBatch();
                    touched.agentSlot(iv.agent(), s);
                }
            }
            insert.executeBatch();
            upsert.executeBatch();
            clear.executeBatch();
            slice.executeBatch();
        }
        return wrapUpCalls;
    }

    /**
     * The stored calls whose wrap-up this batch's intervals may have changed, {@code wrapUpCalls} (a call ends at
     * the hang-up, its agent's wrap-up later; an interval rewritten with another call leaves the first): their
     * wrap-up again, and their roll-ups. The batch's own calls were written with it.
     */
    private static void writeWrapUpsOfStoredCalls(Connection c, HistoryBatch batch, Set<String> wrapUpCalls,
                                                  Touched touched) throws SQLException {
        for (StoredCall call : batch.calls()) {
            wrapUpCalls.remove(call.sessionId());
        }
        CallWrapUps.recomputeStored(c, batch.project(), wrapUpCalls, touched);
    }

    /**
     * A wait rounded up to the millisecond: compared with a target or short-abandon threshold of whole milliseconds,
     * it then falls on the side the live figures put the exact wait (a caller gone after 5.0003 s is no short
     * abandon at 5 s, live or stored; rounded down it was, and the simulator's patience often ends just there).
     */
    static long millisUp(java.time.Duration d) {
        long ms = d.toMillis();
        return d.minusMillis(ms).isZero() ? ms : ms + 1;
    }

    private static void setMillis(PreparedStatement ps, int index, Instant t) throws SQLException {
        if (t == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, t.toEpochMilli());
        }
    }

    private static void setMillis(PreparedStatement ps, int index, java.time.Duration d) throws SQLException {
        if (d == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, d.toMillis());
        }
    }

    /** The roll-up rows a batch changes: (queue, slot) and (agent, slot) of tasks, (agent, slot) of intervals. */
    static final class Touched {
        final Set<Key> queueSlots = new LinkedHashSet<>();
        final Set<Key> agentCallSlots = new LinkedHashSet<>();
        final Set<Key> agentSlots = new LinkedHashSet<>();

        /** A call's passage through {@code queue}, answered by {@code agent} ("" if none), entered in {@code slot}. */
        void task(String queue, String agent, long slot) {
            queueSlots.add(new Key(queue, slot));
            if (!agent.isEmpty()) {
                agentCallSlots.add(new Key(agent, slot));
            }
        }

        void agentSlot(String agent, long slot) {
            agentSlots.add(new Key(agent, slot));
        }

        void addAll(Touched other) {
            queueSlots.addAll(other.queueSlots);
            agentCallSlots.addAll(other.agentCallSlots);
            agentSlots.addAll(other.agentSlots);
        }

        boolean isEmpty() {
            return queueSlots.isEmpty() && agentCallSlots.isEmpty() && agentSlots.isEmpty();
        }
    }

    record Key(String name, long at) {
    }
}
