package io.cccpexplorer.client.model;

import io.cccpexplorer.client.Row;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The rows of the four live lists, the records derived from them, and the day's figures.
 *
 * <p>Cost: each row change recomputes only the records it can affect, through indexes (a session row its agent or
 * call; a task row its call, the agents offered or handling it and its queue's day totals), so applying a row
 * costs time proportional to the change, not to the size of the site. Nothing is sorted. The
 * {@link ContactCenterSnapshot} is built on demand, at most once per change, by whoever asks for it.
 *
 * <p>Threads: rows arrive on the connection's event executor, one at a time; {@link #snapshot()} is called from
 * any thread. Both hold this object's monitor, briefly for a row, one pass over the maps for a snapshot. Changes
 * are handed to {@code emit} after the monitor is released, in order, so a listener reading the snapshot sees at
 * least the change it was given.
 */
final class ContactCenterState {

    private static final Comparator<QueueTask> OLDEST_FIRST = Comparator
            .comparing(QueueTask::queuedSince, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(QueueTask::taskId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final Consumer<Consumer<ContactCenterListener>> emit;
    private final Clock clock;
    private final DayFigures day;

    private final Map<Integer, Row> agentRows = new HashMap<>();
    private final Map<String, Integer> agentBySession = new HashMap<>();
    /** The login of every agent session seen, kept after logout so the calls they handled keep their agent. */
    private final Map<String, String> loginBySession = new HashMap<>();
    /** Per agent session, the latest queue task offered to it (key of {@link #tasksByCall}'s inner map). */
    private final Map<String, TaskKey> lastTaskOfAgent = new HashMap<>();

    private final Map<Integer, Row> callRows = new HashMap<>();
    private final Map<String, Integer> callBySession = new HashMap<>();
    private final Map<Integer, TaskKey> taskKeys = new HashMap<>();
    /** Per call session id, its tasks by task object id: kept while the task rows exist, even after the call left. */
    private final Map<String, Map<Integer, QueueTask>> tasksByCall = new HashMap<>();

    private final Map<Integer, Agent> agents = new HashMap<>();
    /** What an agent's row is derived with besides itself: this state's queue tasks and calls. */
    private final ContactCenterViews.AgentLinks links = new ContactCenterViews.AgentLinks() {
        @Override
        public QueueTask lastTask(String agentSession) {
            return lastTaskOf(agentSession);
        }

        @Override
        public QueueTask taskOf(String callSession, String agentSession) {
            return ContactCenterState.this.taskOf(callSession, agentSession);
        }

        @Override
        public Call call(String callSession) {
            return callOf(callSession);
        }
    };
    /**
     * Per call session, the agents whose current call it is: an agent's own task can name its call before the queue
     * task's row arrives, and the call's row then gives the agent its caller.
     */
    private final Map<String, Set<Integer>> agentsOnCall = new HashMap<>();
    /**
     * Per agent whose current status is not an interval of its own, the status before it, still open:
     * <ul>
     * <li>a status with no date yet (its phone rings per the queue task before its own task dates the ringing): the
     * change is dated when the new status gets its date, so a model that saw the undated step and one that did not
     * (the server sent both changes at once) close the same interval at the same time;</li>
     * <li>a status dated before the open one's start that is not the interval closed last (see {@link #reopened}
     * for one that is): a later-arriving, earlier-dated fact never closes the open interval. Closing it there
     * ended the open interval where the other lists happened to have reached the model, which differs between a
     * live server and a fast replay of its logs; the open status goes on until a status dated after its start.</li>
     * <li>a wrap-up of the same call dated a moment later (see {@link #sameWrapUp}): the agent's wrap-up state
     * taking over from its task's post-contact phase; the wrap-up goes on from its first start.</li>
     * </ul>
     */
    private final Map<Integer, Agent> heldOpen = new HashMap<>();
    /** Per agent, the last interval closed: a status dated before the open one that is this interval re-opens it. */
    private final Map<Integer, AgentInterval> lastClosed = new HashMap<>();
    /**
     * Per agent whose open status is a closed interval re-opened (the queue task, another list, still in
     * post-contact after the agent's own row showed available): the interval as first closed. Closed again, it is
     * reported again with the same start and its later end (a store keeps the last), and the day figures count
     * only the part after its first end.
     */
    private final Map<Integer, AgentInterval> reopened = new HashMap<>();
    private final Map<Integer, Call> calls = new HashMap<>();
    /**
     * Per call (object id, as {@link #calls}), the call as {@code onCallEnded} reported it last, while the call is in
     * the model: a change after its end (a task row that arrived late) is reported as a correction of it, and only
     * if it differs.
     */
    private final Map<Integer, Call> reported = new HashMap<>();
    private final Map<Integer, QueueStats> queues = new HashMap<>();

    private long sequence;
    private Instant lastChange;
    /**
     * The latest server date seen in any row: how far the data has gone. An interval whose end the data does not
     * date closes here, not at the clock's time, so a day imported from logs (read hours or months later) and the
     * same day watched live close it alike.
     */
    private OffsetDateTime dataTime;
    private ContactCenterSnapshot snapshot = ContactCenterSnapshot.EMPTY;
    private final List<Consumer<ContactCenterListener>> unpublished = new ArrayList<>();

    ContactCenterState(Consumer<Consumer<ContactCenterListener>> emit, FigureSettings settings, Clock clock) {
        this.emit = emit;
        this.clock = clock;
        this.day = new DayFigures(settings, clock.instant());
    }

    private record TaskKey(String callSessionId, int objectId) {
    }

    /**
     * The current snapshot: the cached one while nothing changed and the clock is within a second of its
     * {@code asOf} (live durations are counted up to it), else a fresh one.
     */
    synchronized ContactCenterSnapshot snapshot() {
        Instant now = clock.instant();
        boolean newDay = day.roll(now);
        ContactCenterSnapshot s = snapshot;
        if (!newDay && s.sequence() == sequence && s.asOf() != null && !now.isAfter(s.asOf().plusSeconds(1))) {
            return s;
        }
        List<Agent> people = new ArrayList<>(agents.size());
        List<Agent> technical = new ArrayList<>();
        for (Agent a : agents.values()) {
            (a.technical() ? technical : people).add(a);
        }
        List<String> queueNames = new ArrayList<>(queues.size());
        String project = null;
        for (QueueStats q : queues.values()) {
            queueNames.add(q.name());
        }
        for (Agent a : people) {
            if (a.project() != null) {
                project = a.project();
                break;
            }
        }
        DayFigures.Built figures = day.figures(queueNames, people, calls.values(), now,
                project != null ? project : "project");
        snapshot = new ContactCenterSnapshot(people, technical, new ArrayList<>(calls.values()),
                new ArrayList<>(queues.values()), sequence, lastChange, now, figures.queues(), figures.teams(),
                figures.project(), day.agentFigures(people, now));
        return snapshot;
    }

    /**
     * The call of a session as the model has it now, {@code null} if it has none. Safe from any thread, and O(1):
     * a writer looking up each call it stores must not build a whole {@link #snapshot()} per call (at 5,000 agents
     * that made the live recorder fall behind, the snapshot growing with the day).
     */
    synchronized Call callOfSession(String sessionId) {
        return callOf(sessionId);
    }

    private Call callOf(String sessionId) {
        Integer id = callBySession.get(sessionId);
        return id == null ? null : calls.get(id);
    }

    /** The agent of a session as the model has it now, {@code null} if it has none. Safe from any thread, O(1). */
    synchronized Agent agentOfSession(String sessionId) {
        Integer id = agentBySession.get(sessionId);
        return id == null ? null : agents.get(id);
    }

    /** The object id of a session the model knows, {@code null} otherwise. Safe from any thread. */
    synchronized Integer objectIdOfSession(String sessionId) {
        Integer id = agentBySession.get(sessionId);
        return id != null ? id : callBySession.get(sessionId);
    }

    // ---- agents ----

    void agentRow(Row row) {
        synchronized (this) {
            String session = row.text("session_id");
            seen(row, AGENT_DATES);
            Row old = agentRows.put(row.objectId(), row);
            if (old != null && !old.text("session_id").equals(session)) {
                agentBySession.remove(old.text("session_id"));
            }
            agentBySession.put(session, row.objectId());
            String login = row.text("user.login");
            if (!login.isEmpty() && loginBySession.put(session, login) == null) {
                relabelCallsOf(session);
            }
            updateAgent(row.objectId());
        }
        publish();
    }

    void agentRemoved(Row row) {
        synchronized (this) {
            agentRows.remove(row.objectId());
            agentBySession.remove(row.text("session_id"));
            updateAgent(row.objectId());
        }
        publish();
    }

    /** An agent session whose login we just learned: the calls it was offered can now name it. */
    private void relabelCallsOf(String agentSession) {
        TaskKey key = lastTaskOfAgent.get(agentSession);
        if (key != null) {
            Map<Integer, QueueTask> tasks = tasksByCall.get(key.callSessionId());
            if (tasks != null) {
                tasks.replaceAll((id, t) -> agentSession.equals(t.agentSessionId()) && t.agentLogin() == null
                        ? withLogin(t, loginBySession.get(agentSession)) : t);
                callTasksChanged(key.callSessionId());
            }
        }
    }

    // ---- calls ----

    void callRow(Row row) {
        synchronized (this) {
            seen(row, CALL_DATES);
            callRows.put(row.objectId(), row);
            callBySession.put(row.text("session_id"), row.objectId());
            updateCall(row.objectId());
            updateAgentsOfCall(row.text("session_id"));
        }
        publish();
    }

    void callRemoved(Row row) {
        synchronized (this) {
            callRows.remove(row.objectId());
            callBySession.remove(row.text("session_id"));
            updateCall(row.objectId());
        }
        publish();
    }

    // ---- queue tasks ----

    void taskRow(Row row) {
        synchronized (this) {
            seen(row, TASK_DATES);
            String callSession = row.text("session_id");
            String manager = row.text("manager_session_id");
            String login = manager.isEmpty() ? null : loginBySession.get(manager);
            if (login == null) {
                login = ContactCenterViews.loginOfUserId(ContactCenterViews.text(row, "manager_user_id"));
            }
            QueueTask next = ContactCenterViews.task(row, login);
            TaskKey key = new TaskKey(callSession, row.objectId());
            TaskKey oldKey = taskKeys.put(row.objectId(), key);
            QueueTask previous = null;
            if (oldKey != null && !oldKey.equals(key)) {
                Map<Integer, QueueTask> old = tasksByCall.get(oldKey.callSessionId());
                previous = old == null ? null : old.remove(row.objectId());
                callTasksChanged(oldKey.callSessionId());
            }
            Map<Integer, QueueTask> tasks = tasksByCall.computeIfAbsent(callSession, k -> new LinkedHashMap<>());
            QueueTask before = tasks.put(row.objectId(), next);
            if (before != null) {
                previous = before;
            }
            if (!manager.isEmpty()) {
                lastTaskOfAgent.put(manager, key);
            }
            callTasksChanged(callSession);
            Set<String> managers = new HashSet<>();
            managers.add(manager);
            if (previous != null && previous.agentSessionId() != null) {
                managers.add(previous.agentSessionId());
            }
            for (String m : managers) {
                Integer agentId = agentBySession.get(m);
                if (agentId != null) {
                    updateAgent(agentId);
                }
            }
        }
        publish();
    }

    /**
     * A task row left the list (the server purged an old call): the call loses it, but the day's figures keep
     * what it counted.
     */
    void taskRemoved(Row row) {
        synchronized (this) {
            TaskKey key = taskKeys.remove(row.objectId());
            if (key != null) {
                Map<Integer, QueueTask> tasks = tasksByCall.get(key.callSessionId());
                if (tasks != null) {
                    tasks.remove(row.objectId());
                    if (tasks.isEmpty()) {
                        tasksByCall.remove(key.callSessionId());
                    }
                }
                Integer callId = callBySession.get(key.callSessionId());
                if (callId != null) {
                    updateCall(callId, false);
                }
            }
        }
        publish();
    }

    private void callTasksChanged(String callSession) {
        day.roll(clock.instant());
        day.callTasks(tasksOf(callSession));
        Integer callId = callBySession.get(callSession);
        if (callId != null) {
            updateCall(callId);
        }
    }

    private List<QueueTask> tasksOf(String callSession) {
        Map<Integer, QueueTask> tasks = tasksByCall.get(callSession);
        if (tasks == null) {
            return List.of();
        }
        List<QueueTask> ordered = new ArrayList<>(tasks.values());
        ordered.sort(OLDEST_FIRST);
        return ordered;
    }

    private static QueueTask withLogin(QueueTask t, String login) {
        return new QueueTask(t.callSessionId(), t.taskId(), t.queue(), t.state(), t.queuedSince(), t.answered(),
                t.wrapUpSince(), t.ended(), t.agentSessionId(), login, t.endReason());
    }

    // ---- queues ----

    void queueRow(Row row) {
        synchronized (this) {
            QueueStats next = ContactCenterViews.queue(row);
            QueueStats previous = queues.put(row.objectId(), next);
            change(previous, next, ContactCenterListener::onQueue);
        }
        publish();
    }

    void queueRemoved(Row row) {
        synchronized (this) {
            QueueStats previous = queues.remove(row.objectId());
            change(previous, null, ContactCenterListener::onQueue);
        }
        publish();
    }

    // ---- derivation ----

    private void updateAgent(int objectId) {
        Row row = agentRows.get(objectId);
        Agent next = null;
        if (row != null) {
            next = ContactCenterViews.agent(row, links);
        }
        Agent previous = next == null ? agents.remove(objectId) : agents.put(objectId, next);
        if (Objects.equals(previous, next)) {
            return;
        }
        String callBefore = callSessionOf(previous);
        String callAfter = callSessionOf(next);
        if (!Objects.equals(callBefore, callAfter)) {
            if (callBefore != null) {
                agentsOnCall.computeIfPresent(callBefore,
                        (k, ids) -> ids.remove(objectId) && ids.isEmpty() ? null : ids);
            }
            if (callAfter != null) {
                agentsOnCall.computeIfAbsent(callAfter, k -> new HashSet<>()).add(objectId);
            }
        }
        if (previous != null && (next == null || statusChanged(previous, next)) && !previous.technical()) {
            Agent open = heldOpen.remove(objectId);
            if (open == null) {
                open = previous;   // else previous, undated or dated before, is a step that is not an interval
            }
            boolean earlier = next != null && open.statusSince() != null && next.statusSince() != null
                    && next.statusSince().isBefore(open.statusSince());
            AgentInterval closed = lastClosed.get(objectId);
            if (earlier && closed != null && closed.status() == next.status() && closed.start() != null
                    && closed.start().isEqual(next.statusSince())
                    && Objects.equals(closed.reason(), next.pauseReason())) {
                // the interval closed last goes on after all (the other list had not reached the model when the
                // agent's own row moved on): the open status was a step that the data takes back, not an interval;
                // the order the lists arrive in no longer changes where the interval ends
                reopened.put(objectId, closed);
            } else if (next != null && (open.statusSince() != null && (next.statusSince() == null || earlier)
                    || sameWrapUp(open, next))) {
                heldOpen.put(objectId, open);   // one of the steps heldOpen lists: the open status goes on
            } else if (next == null || statusChanged(open, next)) {
                closeInterval(objectId, open, next);
            }   // else the held status is back as it was: it goes on
            if (next == null) {
                lastClosed.remove(objectId);
                reopened.remove(objectId);
            }
        }
        Agent any = next != null ? next : previous;
        if (any != null && !any.technical()) {
            change(previous, next, ContactCenterListener::onAgent);
        }
    }

    /** The agent's latest task, if it still names this agent (another agent may have taken it since). */
    private QueueTask lastTaskOf(String agentSession) {
        TaskKey key = lastTaskOfAgent.get(agentSession);
        if (key == null) {
            return null;
        }
        Map<Integer, QueueTask> tasks = tasksByCall.get(key.callSessionId());
        QueueTask t = tasks == null ? null : tasks.get(key.objectId());
        return t != null && agentSession.equals(t.agentSessionId()) ? t : null;
    }

    /**
     * The latest queue task of {@code callSession} that names this agent, {@code null} when its row has not arrived
     * (the agent's own row named the call first).
     */
    private QueueTask taskOf(String callSession, String agentSession) {
        Map<Integer, QueueTask> tasks = tasksByCall.get(callSession);
        if (tasks == null) {
            return null;
        }
        QueueTask latest = null;
        for (QueueTask t : tasks.values()) {
            if (agentSession.equals(t.agentSessionId()) && (latest == null || OLDEST_FIRST.compare(t, latest) > 0)) {
                latest = t;
            }
        }
        return latest;
    }

    /**
     * {@code next} goes on with {@code open}'s wrap-up, dated later: the ccxml logs the task's post-contact phase
     * and the agent's wrap-up state a fraction of a millisecond apart, and when the task ends first (the wrap-up
     * time is over) the state alone dates the wrap-up from its own, later start. The same call's after-call work is
     * one interval, not a sliver and the rest; a wrap-up of another call is a new one.
     */
    private static boolean sameWrapUp(Agent open, Agent next) {
        String call = callSessionOf(open);
        return open.status() == AgentStatus.WRAP_UP && next.status() == AgentStatus.WRAP_UP && call != null
                && call.equals(callSessionOf(next)) && open.statusSince() != null && next.statusSince() != null
                && next.statusSince().isAfter(open.statusSince());
    }

    private static boolean statusChanged(Agent previous, Agent next) {
        return previous.status() != next.status() || !Objects.equals(previous.statusSince(), next.statusSince())
                || !Objects.equals(previous.pauseReason(), next.pauseReason());
    }

    private void closeInterval(int objectId, Agent previous, Agent next) {
        OffsetDateTime end = next != null ? next.statusSince() : null;
        if (end == null || (previous.statusSince() != null && end.isBefore(previous.statusSince()))) {
            // the data does not date this change (a session that left the list, a status without a date): it
            // happened after everything seen so far, so it ends where the data is; the clock is the last resort
            // (nothing dated seen yet)
            end = dataTime != null ? dataTime : OffsetDateTime.ofInstant(clock.instant(), previous.statusSince() != null
                    ? previous.statusSince().getOffset() : ZoneOffset.UTC);
            if (previous.statusSince() != null && end.isBefore(previous.statusSince())) {
                end = previous.statusSince();
            }
        }
        CurrentCall call = previous.currentCall();
        AgentInterval interval = new AgentInterval(previous.login(), previous.sessionId(), previous.status(),
                previous.pauseReason(), call == null ? null : call.sessionId(), call == null ? null : call.queue(),
                previous.statusSince(), end);
        day.roll(clock.instant());
        AgentInterval first = reopened.remove(objectId);
        if (first != null && first.start() != null && interval.start() != null
                && first.start().isEqual(interval.start()) && first.status() == interval.status()) {
            // counted up to its first end already
            day.interval(new AgentInterval(interval.login(), interval.sessionId(), interval.status(),
                    interval.reason(), interval.callSessionId(), interval.queue(), first.end(), interval.end()));
        } else {
            day.interval(interval);
        }
        lastClosed.put(objectId, interval);
        unpublished.add(l -> l.onAgentInterval(interval));
    }

    private static final String[] AGENT_DATES = {"states.last.start_date", "user_tasks.last.states.last.start_date",
            "user_tasks.last.end_date", "login_date", "create_date"};
    private static final String[] CALL_DATES = {"create_date", "terminate_date", "connections.first.connected_date",
            "connections.first.disconnected_date"};
    private static final String[] TASK_DATES = {"waiting_date", "manage_date", "post_manage_date", "terminate_date"};

    private void seen(Row row, String[] paths) {
        for (String path : paths) {
            OffsetDateTime d = row.date(path);
            if (d != null && (dataTime == null || d.isAfter(dataTime))) {
                dataTime = d;
            }
        }
    }

    private static String callSessionOf(Agent agent) {
        return agent == null || agent.currentCall() == null ? null : agent.currentCall().sessionId();
    }

    private void updateAgentsOfCall(String callSession) {
        Set<Integer> agentIds = new HashSet<>(agentsOnCall.getOrDefault(callSession, Set.of()));
        Map<Integer, QueueTask> tasks = tasksByCall.get(callSession);
        if (tasks != null) {
            for (QueueTask t : tasks.values()) {
                Integer agentId = t.agentSessionId() == null ? null : agentBySession.get(t.agentSessionId());
                if (agentId != null) {
                    agentIds.add(agentId);
                }
            }
        }
        agentIds.forEach(this::updateAgent);
    }

    private void updateCall(int objectId) {
        updateCall(objectId, true);
    }

    /**
     * @param learned false when the change only forgets (a task row the server purged): the call as reported
     *                stands, it is not corrected into one without that task
     */
    private void updateCall(int objectId, boolean learned) {
        Row row = callRows.get(objectId);
        Call next = row == null ? null : ContactCenterViews.call(row, tasksOf(row.text("session_id")));
        Call previous = next == null ? calls.remove(objectId) : calls.put(objectId, next);
        if (Objects.equals(previous, next)) {
            return;
        }
        change(previous, next, ContactCenterListener::onCall);
        if (next == null) {
            reported.remove(objectId);
        } else if (complete(next) && sessionEnded(row) && (learned || !reported.containsKey(objectId))) {
            report(objectId, next);
        }
    }

    /**
     * The call's session has ended: its terminate date is there. A call is reported from then on, not from the
     * caller's hang-up: its end is dated by the hang-up until the terminate date comes (a fraction of a millisecond
     * later on the simulator's traffic, in a later row for 16 of 17 calls), and reporting at the hang-up corrected
     * nearly every call once, for that date alone.
     */
    private static boolean sessionEnded(Row row) {
        return row.date("terminate_date") != null;
    }

    /**
     * Reports a complete call, right after the {@code onCall} change that made it so: the first time it is
     * complete, and again whenever it differs from its last report (a task row that arrived after the call's end
     * gives it a queue and agents), as a correction of that report.
     */
    private void report(int objectId, Call call) {
        Call before = reported.put(objectId, call);
        if (call.equals(before)) {
            return;   // complete again as reported: nothing new to tell
        }
        Change<Call> report = new Change<>(before == null ? ChangeKind.ADDED : ChangeKind.UPDATED, before, call,
                sequence);
        unpublished.add(l -> l.onCallEnded(report));
    }

    /**
     * Ended, with every queue task ended too: the call session and its tasks come through different lists, so a
     * call's end can arrive before its last task's; the ended call is reported once it is whole.
     */
    private static boolean complete(Call call) {
        if (call == null || call.active()) {
            return false;
        }
        for (QueueTask t : call.tasks()) {
            if (!t.isEnded()) {
                return false;
            }
        }
        return true;
    }

    private <T> void change(T previous, T next, ChangeCallback<T> callback) {
        if (Objects.equals(previous, next)) {
            return;
        }
        ChangeKind kind = previous == null ? ChangeKind.ADDED : next == null ? ChangeKind.REMOVED : ChangeKind.UPDATED;
        Change<T> change = new Change<>(kind, previous, next, ++sequence);
        lastChange = clock.instant();
        unpublished.add(l -> callback.call(l, change));
    }

    /** Hands this row's changes to the listeners, outside the monitor, in order. */
    private void publish() {
        List<Consumer<ContactCenterListener>> out;
        synchronized (this) {
            if (unpublished.isEmpty()) {
                return;
            }
            out = new ArrayList<>(unpublished);
            unpublished.clear();
        }
        out.forEach(emit);
    }

    @FunctionalInterface
    private interface ChangeCallback<T> {
        void call(ContactCenterListener listener, Change<T> change);
    }
}
