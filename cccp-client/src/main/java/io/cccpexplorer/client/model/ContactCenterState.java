package io.cccpexplorer.client.model;

import io.cccpexplorer.client.Row;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows of the four live lists and the records derived from them. Confined to the connection's event
 * executor (the live lists' listeners run there one at a time); only {@link #snapshot()} is read from other
 * threads, through a volatile reference to an immutable snapshot.
 *
 * <p>Each row change recomputes just the records it can affect: a session row its agent or call; a task row
 * its call and the agents that manage it (before and after).
 */
final class ContactCenterState {

    private final Consumer<Consumer<ContactCenterListener>> emit;

    private final Map<Integer, Row> agentRows = new HashMap<>();
    private final Map<Integer, Row> callRows = new HashMap<>();
    private final Map<Integer, Row> activeTasks = new HashMap<>();
    /** The last task seen per call session id, kept after it ends so ended calls keep their queue. */
    private final Map<String, Row> lastTaskByCall = new HashMap<>();
    /**
     * The login of every agent session seen, kept after the agent logs out, so a call handled by an agent who has
     * gone keeps its agent. Bounded by the agent sessions of the server's day.
     */
    private final Map<String, String> loginByAgentSession = new HashMap<>();
    private final Map<String, Integer> agentBySession = new HashMap<>();
    private final Map<String, Integer> callBySession = new HashMap<>();

    private final Map<Integer, Agent> agents = new HashMap<>();
    private final Map<Integer, Call> calls = new HashMap<>();
    private final Map<Integer, QueueStats> queues = new HashMap<>();
    private long sequence;
    // changes wait here until their snapshot is published: a listener reading snapshot() sees at least them
    private final List<Consumer<ContactCenterListener>> unpublished = new ArrayList<>();
    private volatile ContactCenterSnapshot snapshot = ContactCenterSnapshot.EMPTY;

    ContactCenterState(Consumer<Consumer<ContactCenterListener>> emit) {
        this.emit = emit;
    }

    ContactCenterSnapshot snapshot() {
        return snapshot;
    }

    /** The object id of a session the model knows, {@code null} otherwise. Safe from any thread. */
    Integer objectIdOfSession(String sessionId) {
        ContactCenterSnapshot s = snapshot;
        for (Agent a : s.agents()) {
            if (a.sessionId().equals(sessionId)) {
                return a.objectId();
            }
        }
        for (Agent a : s.technicalAgents()) {
            if (a.sessionId().equals(sessionId)) {
                return a.objectId();
            }
        }
        for (Call c : s.calls()) {
            if (c.sessionId().equals(sessionId)) {
                return c.objectId();
            }
        }
        return null;
    }

    // ---- agents ----

    void agentRow(Row row) {
        Row old = agentRows.put(row.objectId(), row);
        if (old != null) {
            agentBySession.remove(old.text("session_id"));
        }
        agentBySession.put(row.text("session_id"), row.objectId());
        String login = row.text("user.login");
        if (!login.isEmpty()) {
            loginByAgentSession.put(row.text("session_id"), login);
        }
        updateAgent(row.objectId());
        publish();
    }

    void agentRemoved(Row row) {
        agentRows.remove(row.objectId());
        agentBySession.remove(row.text("session_id"));
        updateAgent(row.objectId());
        publish();
    }

    // ---- calls ----

    void callRow(Row row) {
        callRows.put(row.objectId(), row);
        callBySession.put(row.text("session_id"), row.objectId());
        updateCall(row.objectId());
        publish();
    }

    void callRemoved(Row row) {
        callRows.remove(row.objectId());
        String sessionId = row.text("session_id");
        callBySession.remove(sessionId);
        lastTaskByCall.remove(sessionId);
        updateCall(row.objectId());
        publish();
    }

    // ---- queue tasks ----

    /** A task of the call list: all tasks of the day, so calls that ended before we connected keep queue and agent. */
    void taskRow(Row row) {
        Row old = row.date("terminate_date") == null
                ? activeTasks.put(row.objectId(), row) : activeTasks.remove(row.objectId());
        lastTaskByCall.put(row.text("session_id"), row);
        taskChanged(old, row);
        publish();
    }

    void taskRemoved(Row row) {
        activeTasks.remove(row.objectId());
        taskChanged(row, row);
        publish();
    }

    private void taskChanged(Row before, Row after) {
        Set<String> managers = new HashSet<>();
        Set<String> callSessions = new HashSet<>();
        for (Row r : new Row[] {before, after}) {
            if (r != null) {
                managers.add(r.text("manager_session_id"));
                callSessions.add(r.text("session_id"));
            }
        }
        for (String s : callSessions) {
            Integer callId = callBySession.get(s);
            if (callId != null) {
                updateCall(callId);
            }
        }
        for (String m : managers) {
            Integer agentId = agentBySession.get(m);
            if (agentId != null) {
                updateAgent(agentId);
            }
        }
    }

    // ---- queues ----

    void queueRow(Row row) {
        QueueStats next = ContactCenterViews.queue(row);
        QueueStats previous = queues.put(row.objectId(), next);
        change(previous, next, ContactCenterListener::onQueue);
        publish();
    }

    void queueRemoved(Row row) {
        QueueStats previous = queues.remove(row.objectId());
        change(previous, null, ContactCenterListener::onQueue);
        publish();
    }

    // ---- derivation ----

    private void updateAgent(int objectId) {
        Row row = agentRows.get(objectId);
        Agent next = row == null ? null : ContactCenterViews.agent(row, currentCallOf(row.text("session_id")));
        Agent previous = next == null ? agents.remove(objectId) : agents.put(objectId, next);
        boolean technical = ContactCenterViews.TECHNICAL_LOGIN.equals((next != null ? next : previous) == null
                ? "" : (next != null ? next : previous).login());
        if (!technical) {
            change(previous, next, ContactCenterListener::onAgent);
        }
    }

    private String currentCallOf(String agentSessionId) {
        if (agentSessionId.isEmpty()) {
            return "";
        }
        for (Row task : activeTasks.values()) {
            if (agentSessionId.equals(task.text("manager_session_id")) && task.date("manage_date") != null) {
                return task.text("session_id");
            }
        }
        return "";
    }

    private void updateCall(int objectId) {
        Row row = callRows.get(objectId);
        Call next = null;
        if (row != null) {
            Row task = lastTaskByCall.get(row.text("session_id"));
            boolean active = task != null && activeTasks.containsKey(task.objectId());
            String manager = task == null ? "" : task.text("manager_session_id");
            next = ContactCenterViews.call(row, task, active, loginByAgentSession.getOrDefault(manager, ""));
        }
        Call previous = next == null ? calls.remove(objectId) : calls.put(objectId, next);
        change(previous, next, ContactCenterListener::onCall);
    }

    private <T> void change(T previous, T next, ChangeCallback<T> callback) {
        if (Objects.equals(previous, next)) {
            return;
        }
        ChangeKind kind = previous == null ? ChangeKind.ADDED : next == null ? ChangeKind.REMOVED : ChangeKind.UPDATED;
        Change<T> change = new Change<>(kind, previous, next, ++sequence);
        unpublished.add(l -> callback.call(l, change));
    }

    private void publish() {
        List<Agent> people = new ArrayList<>();
        List<Agent> technical = new ArrayList<>();
        for (Agent a : agents.values()) {
            (ContactCenterViews.TECHNICAL_LOGIN.equals(a.login()) ? technical : people).add(a);
        }
        people.sort(Comparator.comparing(Agent::login).thenComparingInt(Agent::objectId));
        List<Call> callList = new ArrayList<>(calls.values());
        callList.sort(Comparator.comparing((Call c) -> c.start() == null ? Instant.EPOCH : c.start().toInstant())
                .thenComparingInt(Call::objectId));
        List<QueueStats> queueList = new ArrayList<>(queues.values());
        queueList.sort(Comparator.comparing(QueueStats::name).thenComparingInt(QueueStats::objectId));
        snapshot = new ContactCenterSnapshot(people, callList, queueList, sequence, Instant.now(), technical);
        unpublished.forEach(emit);
        unpublished.clear();
    }

    @FunctionalInterface
    private interface ChangeCallback<T> {
        void call(ContactCenterListener listener, Change<T> change);
    }
}
