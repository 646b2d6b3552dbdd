package io.cccpexplorer.simulator.source;

import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.CcxmlRecord;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.rlog.ccxml.SessionSetEntryPoint;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManagementEffective;
import io.cccpexplorer.protocol.wire.CccpDate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A small, deterministic traffic generator (the simulator's own; the rlog helper's richer {@code SyntheticTraffic}
 * plugs in through {@link TrafficFactory} the same way): agents log in during the first minute, calls arrive as a
 * Poisson process, wait in a queue for a free agent or hang up, talk, and end; agents go busy and back to
 * available. Invented names and fictional numbers only. Same seed and profile, same records.
 */
public final class BasicTraffic implements TrafficGenerator {

    private static final String[] FIRST = {"Alex", "Camille", "Dominique", "Sacha", "Claude", "Morgan", "Charlie", "Noa"};
    private static final String[] LAST = {"Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent"};

    private final BasicTrafficProfile profile;
    private final Random random;
    private final ZoneOffset offset;
    private final String instance;
    private final PriorityQueue<Step> steps = new PriorityQueue<>();
    private final Deque<String> freeAgents = new ArrayDeque<>();
    private final Map<String, Integer> agentIds = new HashMap<>();
    private final Map<String, Call> waiting = new LinkedHashMap<>();
    private List<RlogEntry> out = new ArrayList<>();
    private long sequence;
    private int recordNumber;
    private int calls;
    private int userTasks;

    public BasicTraffic(BasicTrafficProfile profile, long seed, Instant start, ZoneOffset offset) {
        this.profile = profile;
        this.random = new Random(seed);
        this.offset = offset;
        this.instance = "4242." + start.getEpochSecond() + ".Ccxml." + profile.host();
        for (int i = 0; i < profile.agents(); i++) {
            int n = i;
            at(start.plusMillis((long) (random.nextDouble() * 60_000)), t -> agentLogsIn(n, t));
        }
        if (profile.callsPerHour() > 0) {
            at(start.plusMillis(nextArrivalMillis()), this::callArrives);
        }
    }

    @Override
    public List<RlogEntry> advanceTo(Instant now) {
        while (!steps.isEmpty() && !steps.peek().time.isAfter(now)) {
            Step s = steps.poll();
            s.action.run(s.time);
        }
        List<RlogEntry> due = out;
        out = new ArrayList<>();
        return due;
    }

    private record Call(String sessionId, String taskId, String queue) {
    }

    @FunctionalInterface
    private interface Action {
        void run(Instant time);
    }

    private final class Step implements Comparable<Step> {
        final Instant time;
        final long seq = sequence++;
        final Action action;

        Step(Instant time, Action action) {
            this.time = time;
            this.action = action;
        }

        @Override
        public int compareTo(Step o) {
            int c = time.compareTo(o.time);
            return c != 0 ? c : Long.compare(seq, o.seq);
        }
    }

    private void at(Instant time, Action action) {
        steps.add(new Step(time, action));
    }

    private void emit(Instant time, CcxmlRecord record) {
        out.add(new RlogEntry(CccpDate.of(time, offset), ++recordNumber, record));
    }

    private long nextArrivalMillis() {
        double perMilli = profile.callsPerHour() / 3_600_000.0;
        return Math.max(1, (long) (-Math.log(1 - random.nextDouble()) / perMilli));
    }

    private long exponentialMillis(double meanSeconds) {
        return Math.max(1000, (long) (-Math.log(1 - random.nextDouble()) * meanSeconds * 1000));
    }

    private void agentLogsIn(int n, Instant t) {
        String session = "user_" + (n + 1) + "@" + instance;
        String login = "agent" + (n + 1);
        String name = FIRST[n % FIRST.length] + " " + LAST[(n / FIRST.length) % LAST.length];
        int userObjectId = 1000 + n;
        agentIds.put(session, userObjectId);
        emit(t, new SessionCreate(session, 3, false, profile.project(), "/" + profile.project()));
        emit(t, new LoginOk(session, login, name, userObjectId, "agent interface", 1, "Agent", 2, "default", "Default",
                "/default", "user_" + userObjectId, 0x020A008C));
        available(session, t);
    }

    private void available(String agent, Instant t) {
        emit(t, new UserState(agent, 1, "available", "Disponible", "", "", 0, "ready", "#2ecc71", 0));
        Call next = waiting.isEmpty() ? null : waiting.remove(waiting.keySet().iterator().next());
        if (next != null) {
            answer(next, agent, t);
        } else {
            freeAgents.addLast(agent);
        }
    }

    private void callArrives(Instant t) {
        at(t.plusMillis(nextArrivalMillis()), this::callArrives);
        int n = ++calls;
        String session = "session_" + n + "@" + instance;
        String queue = profile.project() + "__Q" + (1 + random.nextInt(profile.queues()));
        String caller = String.format("+3319%07d", random.nextInt(10_000_000));
        emit(t, new SessionCreate(session, 1, false, profile.project(), "/" + profile.project()));
        emit(t, new SessionSetEntryPoint(session, "inbound", "Inbound"));
        emit(t, new ConnectionCreate(session, 1, "call_" + n + "@" + profile.host(), "", "tel:" + caller, "tel:" + caller,
                "", "tel:+33199000000", "", 1, false, true, "GATE"));
        emit(t, new SessionEvent(session, "ccxml", session, "ALERTING", "connection.alerting", "", null));
        emit(t, new ConnectionConnected(session, 1));
        Call call = new Call(session, "task_" + n, queue);
        emit(t, new TaskStart(session, call.taskId(), "1", "queue", queue, "inbound", CccpDate.of(t, offset), 1.0, 0,
                null, ""));
        String agent = freeAgents.pollFirst();
        if (agent != null) {
            at(t.plusMillis(1000 + random.nextInt(4000)), time -> answer(call, agent, time));
        } else {
            waiting.put(session, call);
            at(t.plusMillis(exponentialMillis(profile.meanPatienceSeconds())), time -> abandon(call, time));
        }
    }

    private void abandon(Call call, Instant t) {
        if (waiting.remove(call.sessionId()) == null) {
            return;   // answered meanwhile
        }
        emit(t, new TaskFailed(call.sessionId(), call.taskId(), "abandoned"));
        hangUp(call, t);
    }

    private void answer(Call call, String agent, Instant t) {
        int task = ++userTasks;
        emit(t, new TaskManaging(call.sessionId(), call.taskId(), agent, "user_" + agentIds.get(agent)));
        emit(t, new UserTaskCreate(agent, task, task, "inbound", "Appel entrant", "#3498db", 1, 1));
        emit(t, new UserState(agent, 3, "busy", "En communication", "", "", 0, "busy", "#e74c3c", 0));
        emit(t, new TaskManagementEffective(call.sessionId(), call.taskId(), agent, "user_" + agentIds.get(agent)));
        emit(t, new UserTaskManagementEffective(agent, task));
        emit(t, new SessionEvent(call.sessionId(), "queues", agent, "CONNECTED", "com.consistent.ccenter.task.managing", "", null));
        Instant end = t.plusMillis(exponentialMillis(profile.meanTalkSeconds()));
        at(end, time -> {
            emit(time, new TaskPostManaging(call.sessionId(), call.taskId(), agent, "user_" + agentIds.get(agent)));
            emit(time, new UserTaskManaged(agent, task, "ok", null));
            emit(time, new TaskResult(call.sessionId(), call.taskId(), "ok", null));
            hangUp(call, time);
            emit(time, new UserState(agent, 4, "wrapup", "Post-appel", "", "", 0, "busy", "#f1c40f", 0));
            at(time.plusSeconds(5), wrapped -> available(agent, wrapped));
        });
    }

    private void hangUp(Call call, Instant t) {
        emit(t, new ConnectionDisconnected(call.sessionId(), 1, "normal"));
        emit(t, new SessionTerminate(call.sessionId()));
        at(t.plusSeconds(30), time -> emit(time, new SessionDelete(call.sessionId())));
    }
}
