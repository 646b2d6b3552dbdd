package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.ccxml.ConnectionConnected;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionDisconnected;
import io.cccpexplorer.protocol.rlog.ccxml.DialogCreate;
import io.cccpexplorer.protocol.rlog.ccxml.DialogEnterItem;
import io.cccpexplorer.protocol.rlog.ccxml.DialogTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.Logout;
import io.cccpexplorer.protocol.rlog.ccxml.SessionAddStatistic;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionEvent;
import io.cccpexplorer.protocol.rlog.ccxml.SessionLog;
import io.cccpexplorer.protocol.rlog.ccxml.SessionSetEntryPoint;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.SetUserMode;
import io.cccpexplorer.protocol.rlog.ccxml.TaskAlerting;
import io.cccpexplorer.protocol.rlog.ccxml.TaskEstimatedWaitingTime;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.TaskManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserPhoneNumber;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLock;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManage;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManagementEffective;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskPostManaging;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTemporizationEnded;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskTransferred;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The simulated contact center: queues, agents, routing, and the record sequences a {@code ccenter_ccxml} logs for
 * each step of a call's and an agent's life (shapes learned from real ccxml log files; all values invented).
 *
 * <p>Call: {@code session_create}(type 1), entry point, incoming {@code connection_create}, alerting/accept events,
 * {@code connection_connected}, a voice-menu dialog, then either the caller leaves in the menu, or a
 * {@code task_start} on the queue with waiting music, followed by abandon ({@code task_failed}) or alerting an
 * agent, managing, the agent leg's {@code connection_create}, {@code task_management_effective}, talk, and
 * {@code task_post_managing}/{@code task_result} (or a transfer to another queue), disconnections,
 * {@code session_terminate}, {@code session_delete}. Agent: {@code session_create}(type 3), {@code login_ok}, mode,
 * {@code user_state} changes, the {@code user_task_*} mirror of each task (locked at the offer, naming the call and
 * its queue; managed at the hang-up or the transfer,
 * ended by {@code user_task_temporization_ended} when the wrap-up time is over, as a real ccxml logs them), pauses,
 * {@code logout}.
 */
final class ContactCenter {

    private static final String SEND_TO = "SEND_TO";
    private static final double QUEUE_SKEW = 0.7;
    private static final double SECOND_QUEUE_SHARE = 0.4;
    private static final long SECOND = 1_000_000L;
    /** How long a call waits in a queue before it overflows to the next one. */
    private static final long OVERFLOW_AFTER = 120 * SECOND;

    private final TrafficProfile profile;
    private final Simulation sim;
    private final Identifiers ids;
    private final RandomGenerator random;
    private final List<CallQueue> queues = new ArrayList<>();
    private final double[] cumulativeWeights;
    private final List<Agent> agents = new ArrayList<>();

    private int loggedIn;
    private int activeCalls;
    private int waitingCalls;
    private long callsCreated;
    private long callsTerminated;
    private long answered;
    private long abandoned;
    private long transferred;
    private long ivrOnly;
    private long overflowed;
    private int taskNumbers;

    ContactCenter(TrafficProfile profile, Simulation sim, Identifiers ids) {
        this.profile = profile;
        this.sim = sim;
        this.ids = ids;
        this.random = sim.random();
        double[] weights = new double[profile.queues()];
        for (int i = 0; i < weights.length; i++) {
            queues.add(new CallQueue(i, profile.project()));
            weights[i] = 1.0 / Math.pow(i + 1, QUEUE_SKEW);
        }
        this.cumulativeWeights = cumulative(weights);
        int[] staffing = staffing(weights, profile.agents());
        int index = 0;
        for (int q = 0; q < staffing.length; q++) {
            for (int k = 0; k < staffing[q]; k++) {
                List<CallQueue> served = new ArrayList<>(List.of(queues.get(q)));
                if (queues.size() > 1 && random.nextDouble() < SECOND_QUEUE_SHARE) {
                    CallQueue second = pickQueue();
                    if (second != served.get(0)) {
                        served.add(second);
                    }
                }
                agents.add(new Agent(index++, profile.project(), served));
            }
        }
    }

    // ---------------------------------------------------------------- agents

    /** Logs every agent in over the first {@code spreadMicros}; first shifts are staggered so logouts spread too. */
    void staffAll(long spreadMicros) {
        for (Agent agent : agents) {
            sim.after((long) (random.nextDouble() * spreadMicros), () -> login(agent, true));
        }
    }

    private void login(Agent agent, boolean firstShift) {
        String sid = ids.next("user");
        agent.sessionId = sid;
        agent.loginSerial++;
        agent.activity = Agent.Activity.IDLE;
        agent.pauseDue = false;
        agent.logoutDue = false;
        loggedIn++;
        sim.emit(new SessionCreate(sid, 3, false, "", ""));
        sim.emit(new LoginOk(sid, agent.login, agent.name, agent.objectId, "agent", 1, "Agent_default", 700,
                agent.group, "", "/" + agent.group, agent.userId, 0));
        sim.emit(event(sid, sid, sid, "", "ccxml.loaded", agent.login));
        sim.emit(event(sid, "scheduling", sid, "", "com.consistent.ccenter.user.login", agent.login));
        sim.emit(log(sid, sid, "log", "Login of " + agent.login));
        sim.emit(new SetUserMode(sid, "agent interface"));
        showAvailable(agent);
        sim.emit(new UserPhoneNumber(sid, agent.phoneUri, agent.phoneUri));
        int serial = agent.loginSerial;
        long shift = profile.shift().sampleMicros(random);
        sim.after(firstShift ? (long) (shift * (0.25 + 0.75 * random.nextDouble())) : shift,
                () -> shiftEnds(agent, serial));
        sim.after(profile.pauseEvery().sampleMicros(random), () -> pauseDue(agent, serial));
        agentFree(agent);
    }

    private void shiftEnds(Agent agent, int serial) {
        if (agent.loginSerial != serial || !agent.loggedIn()) {
            return;
        }
        if (agent.activity == Agent.Activity.IDLE || agent.activity == Agent.Activity.PAUSED) {
            logout(agent);
        } else {
            agent.logoutDue = true;
        }
    }

    private void logout(Agent agent) {
        String sid = agent.sessionId;
        leaveIdleSets(agent);
        agent.activity = Agent.Activity.OFFLINE;
        loggedIn--;
        sim.emit(new Logout(sid, agent.objectId));
        sim.emit(event(sid, "scheduling", sid, "", "com.consistent.ccenter.user.logout", agent.login));
        sim.emit(log(sid, sid, "log", "Logout of " + agent.login));
        sim.emit(log(sid, sid, "log", "exit"));
        sim.emit(new SessionTerminate(sid));
        sim.emit(new SessionDelete(sid));
        sim.after(60 * SECOND + (long) (random.nextDouble() * 240 * SECOND), () -> login(agent, false));
    }

    private void pauseDue(Agent agent, int serial) {
        if (agent.loginSerial != serial || !agent.loggedIn() || agent.activity == Agent.Activity.PAUSED) {
            return;
        }
        if (agent.activity == Agent.Activity.IDLE) {
            pause(agent);
        } else {
            agent.pauseDue = true;
        }
    }

    private void pause(Agent agent) {
        agent.pauseDue = false;
        leaveIdleSets(agent);
        agent.activity = Agent.Activity.PAUSED;
        agent.pauseState = AgentState.PAUSES.get((agent.index + agent.pauses++) % AgentState.PAUSES.size());
        sim.emit(agent.pauseState.entered(agent.sessionId));
        sim.emit(log(agent.sessionId, agent.sessionId, "set_state", agent.pauseState.stateName()));
        int serial = agent.loginSerial;
        sim.after(profile.pauseTime().sampleMicros(random), () -> {
            if (agent.loginSerial == serial && agent.activity == Agent.Activity.PAUSED) {
                agent.activity = Agent.Activity.IDLE;
                showAvailable(agent);
                sim.after(profile.pauseEvery().sampleMicros(random), () -> pauseDue(agent, serial));
                agentFree(agent);
            }
        });
    }

    private void showAvailable(Agent agent) {
        sim.emit(AgentState.AVAILABLE.entered(agent.sessionId));
        sim.emit(log(agent.sessionId, agent.sessionId, "set_state", AgentState.AVAILABLE.stateName()));
    }

    /** An idle agent takes the longest-waiting call of their queues, or waits in their queues' idle sets. */
    private void agentFree(Agent agent) {
        CallQueue best = null;
        for (CallQueue q : agent.queues) {
            Call head = q.waiting.peek();
            if (head != null && (best == null || head.queuedAt < best.waiting.peek().queuedAt)) {
                best = q;
            }
        }
        if (best != null) {
            assign(best.waiting.poll(), agent);
        } else {
            for (CallQueue q : agent.queues) {
                q.idle.add(agent);
            }
        }
    }

    private void leaveIdleSets(Agent agent) {
        for (CallQueue q : agent.queues) {
            q.idle.remove(agent);
        }
    }

    /** The hourly snapshot a ccxml process logs at the top of each log file, one pair per logged-in agent. */
    void stillLogged() {
        for (Agent agent : agents) {
            if (agent.loggedIn()) {
                sim.emit(new UserStillLogged(agent.sessionId, agent.login, agent.name, agent.objectId, "agent", 1,
                        "Agent_default", 700, agent.group, "", "/" + agent.group, agent.userId, 0));
                sim.emit(agent.shownState().still(agent.sessionId));
            }
        }
    }

    // ---------------------------------------------------------------- calls

    /** A new inbound call on a queue chosen by the queues' weights. */
    void arrival() {
        CallQueue entry = pickQueue();
        boolean menuOnly = random.nextDouble() < profile.ivrOnlyRatio();
        boolean abandons = !menuOnly && random.nextDouble() < profile.abandonRatio();
        Call call = new Call(ids.next("session"), ids.nextVoipCall(), FictionalDirectory.callerNumber(random), entry,
                menuOnly, abandons);
        String sid = call.sessionId;
        activeCalls++;
        callsCreated++;
        sim.emit(new SessionCreate(sid, 1, false, "", ""));
        sim.emit(new SessionSetEntryPoint(sid, entry.entryPoint, ""));
        sim.emit(new ConnectionCreate(sid, 1, call.callId, call.caller, call.callerAddress,
                "sip:gw@" + FictionalDirectory.CALLER_GATEWAY + ":5060;transport=udp", "", call.localAddress, "", 0,
                false, true, entry.entryPoint));
        sim.emit(event(sid, sid, sid, "init", "ccxml.loaded", call.callerAddress));
        sim.emit(event(sid, call.callId, sid, "init", "connection.alerting", call.localAddress));
        sim.emit(log(sid, sid, "log", "The number called is " + call.localAddress));
        sim.emit(event(sid, sid, call.callId, "", "accept", ""));
        sim.after(15_000 + random.nextInt(30_000), () -> callConnected(call));
    }

    private void callConnected(Call call) {
        String sid = call.sessionId;
        sim.emit(new ConnectionConnected(sid, 1));
        sim.emit(event(sid, call.callId, sid, "init", "connection.connected", ""));
        sim.emit(new SessionAddStatistic(sid, "svi", "1"));
        String menu = ids.next("dialog");
        sim.emit(new DialogCreate(sid, menu, "vxml", "cdep://head/db/projects/" + profile.project() + "/"
                + call.entryQueue.entryPoint + ".xml"));
        sim.emit(new DialogEnterItem(sid, menu, "form_welcome", "item_1", 0, 0, false));
        sim.emit(new DialogEnterItem(sid, menu, "form_menu", "item_2", 1, 0, false));
        sim.after(profile.ivrTime().sampleMicros(random), () -> menuDone(call, menu));
    }

    private void menuDone(Call call, String menu) {
        String sid = call.sessionId;
        String reason = "form is full and no transition specified";
        sim.emit(new DialogTerminate(sid, menu, reason));
        sim.emit(event(sid, menu, sid, "menu", "dialog.exit", reason));
        sim.emit(new SessionAddStatistic(sid, "svi", "0"));
        if (call.ivrOnly) {
            ivrOnly++;
            sim.emit(new ConnectionDisconnected(sid, 1, "Bye received"));
            sim.emit(event(sid, call.callId, sid, "menu", "connection.disconnected", "Bye received"));
            endSession(call);
        } else {
            enqueue(call, call.entryQueue, ids.next("task"));
        }
    }

    private void enqueue(Call call, CallQueue queue, String taskId) {
        String sid = call.sessionId;
        call.queue = queue;
        call.taskId = taskId;
        call.taskNumber = ++taskNumbers;
        call.queuedAt = sim.now();
        waitingCalls++;
        sim.emit(new TaskStart(sid, taskId, call.callId, "queue", queue.fullName, queue.shortName,
                sim.date(sim.now()), 1.0, 0, null, ""));
        sim.emit(new TaskEstimatedWaitingTime(sid, taskId, 15 * (queue.waiting.size() + 1)));
        call.waitDialog = ids.next("dialog");
        sim.emit(new DialogCreate(sid, call.waitDialog, "wav-circ", "cdep://head/db/sounds/countries/fr/waiting.wav"));
        sim.emit(event(sid, SEND_TO, sid, "queue", "com.consistent.ccenter.task.start_wait_dialog", ""));
        if (queues.size() > 1 && !call.overflowed) {
            int task = call.taskNumber;
            sim.after(OVERFLOW_AFTER, () -> overflowIfWaiting(call, task));
        }
        if (call.abandons && !call.transferred) {
            if (!call.overflowed) {
                // an abandoning caller hangs up before any agent is offered the call
                sim.after(profile.patience().sampleMicros(random), () -> abandon(call));
            }
            return;
        }
        Agent agent = queue.idle.isEmpty() ? null : queue.idle.iterator().next();
        if (agent != null) {
            assign(call, agent);
        } else {
            queue.waiting.add(call);
        }
    }

    /**
     * A call still waiting in its queue after {@link #OVERFLOW_AFTER} leaves it for the next queue (once per call):
     * the queue task fails with reason "overflow" and a new task starts there.
     */
    private void overflowIfWaiting(Call call, int taskNumber) {
        if (call.taskNumber != taskNumber || call.agent != null || call.ended) {
            return;
        }
        String sid = call.sessionId;
        call.queue.waiting.remove(call);
        waitingCalls--;
        overflowed++;
        call.overflowed = true;
        CallQueue target = queues.get((call.queue.index + 1) % queues.size());
        sim.emit(log(sid, sid, "log", "overflow to " + target.fullName));
        sim.emit(new TaskFailed(sid, call.taskId, "overflow"));
        sim.emit(new DialogTerminate(sid, call.waitDialog, "dialogterminate instruction"));
        enqueue(call, target, ids.next("task"));
    }

    private void abandon(Call call) {
        String sid = call.sessionId;
        waitingCalls--;
        abandoned++;
        sim.emit(new ConnectionDisconnected(sid, 1, "Bye received"));
        sim.emit(event(sid, call.callId, sid, "queue", "connection.disconnected", "Bye received"));
        sim.emit(new TaskFailed(sid, call.taskId, "caller hung up"));
        sim.emit(new DialogTerminate(sid, call.waitDialog, "dialogterminate instruction"));
        endSession(call);
    }

    private void assign(Call call, Agent agent) {
        leaveIdleSets(agent);
        waitingCalls--;
        agent.activity = Agent.Activity.RINGING;
        agent.call = call;
        call.agent = agent;
        call.taskLoggerId = ++agent.taskLoggerCounter;
        String sid = call.sessionId;
        sim.emit(new TaskAlerting(sid, call.taskId, agent.sessionId, agent.userId));
        sim.emit(new UserTaskCreate(agent.sessionId, call.taskLoggerId, call.taskNumber, call.queue.fullName,
                call.queue.shortName, call.queue.color, call.queue.index, 0));
        // the lock names the call and the queue on the agent's side, so a client reading the agent's own task
        // knows which call it is about without waiting for the queue task's row
        sim.emit(new UserTaskLock(agent.sessionId, call.taskLoggerId));
        sim.emit(new UserTaskLocked(agent.sessionId, call.taskLoggerId, sid, call.callId, call.taskId,
                call.queue.fullName, sim.date(call.queuedAt), 1.0, 0, null));
        sim.emit(new UserTaskState(agent.sessionId, call.taskLoggerId, 1, "alerting", "Sonnerie", "#FFAB00", 1, 0));
        sim.after(profile.ringTime().sampleMicros(random), () -> answer(call, agent));
    }

    private void answer(Call call, Agent agent) {
        String sid = call.sessionId;
        call.agentLeg = ids.next("call");
        sim.emit(new TaskManaging(sid, call.taskId, agent.sessionId, agent.userId));
        sim.emit(new UserTaskManage(agent.sessionId, call.taskLoggerId));
        sim.emit(event(sid, sid, call.agentLeg, "queue", "create call", agent.phoneUri));
        sim.emit(new ConnectionCreate(sid, 2, call.agentLeg, "", agent.phoneUri, agent.phoneUri, call.caller,
                call.callerAddress, "", 0, false, false, ""));
        sim.after(800_000 + random.nextInt(1_200_000), () -> talking(call, agent));
    }

    private void talking(Call call, Agent agent) {
        String sid = call.sessionId;
        agent.activity = Agent.Activity.TALKING;
        if (!call.transferred) {
            answered++;
        }
        sim.emit(new ConnectionConnected(sid, 2));
        sim.emit(event(sid, call.agentLeg, sid, "talk", "connection.connected", ""));
        sim.emit(new DialogTerminate(sid, call.waitDialog, "dialogterminate instruction"));
        sim.emit(new TaskManagementEffective(sid, call.taskId, agent.sessionId, agent.userId));
        sim.emit(new UserTaskManagementEffective(agent.sessionId, call.taskLoggerId));
        sim.emit(new UserTaskState(agent.sessionId, call.taskLoggerId, 2, "managing", "En communication", "#FF5630",
                2, 0));
        boolean transfer = !call.transferred && queues.size() > 1 && random.nextDouble() < profile.transferRatio();
        long talk = profile.handleTime().sampleMicros(random);
        sim.after(transfer ? talk / 2 : talk, () -> {
            if (transfer) {
                transfer(call, agent);
            } else {
                hangUp(call, agent);
            }
        });
    }

    private void hangUp(Call call, Agent agent) {
        String sid = call.sessionId;
        sim.emit(new ConnectionDisconnected(sid, 1, "Bye received"));
        sim.emit(event(sid, call.callId, sid, "talk", "connection.disconnected", "Bye received"));
        sim.emit(new TaskPostManaging(sid, call.taskId, agent.sessionId, agent.userId));
        sim.emit(new UserTaskPostManaging(agent.sessionId, call.taskLoggerId));
        sim.emit(new UserTaskState(agent.sessionId, call.taskLoggerId, 3, "post_managing", "Post-appel", "#4C9AFF",
                3, 0));
        sim.emit(new TaskResult(sid, call.taskId, "managed", null));
        // managed at the hang-up, still running through the wrap-up, whose end (temporization) ends it
        sim.emit(new UserTaskManaged(agent.sessionId, call.taskLoggerId, "managed", null));
        sim.emit(new ConnectionDisconnected(sid, 2, "Bye accepted"));
        endSession(call);
        wrapUp(agent, call.taskLoggerId);
    }

    private void transfer(Call call, Agent agent) {
        String sid = call.sessionId;
        CallQueue target = pickQueue();
        if (target == call.queue) {
            target = queues.get((call.queue.index + 1) % queues.size());
        }
        String newTask = ids.next("task");
        transferred++;
        sim.emit(log(sid, sid, "log", "transfer to " + target.fullName));
        sim.emit(new UserTaskTransferred(agent.sessionId, call.taskLoggerId, newTask, sid, agent.userId));
        sim.emit(new TaskResult(sid, call.taskId, "transferred", null));
        sim.emit(new UserTaskManaged(agent.sessionId, call.taskLoggerId, "transferred", null));
        sim.emit(new ConnectionDisconnected(sid, 2, "Bye received"));
        call.transferred = true;
        call.agent = null;
        wrapUp(agent, call.taskLoggerId);
        enqueue(call, target, newTask);
    }

    private void wrapUp(Agent agent, int taskLoggerId) {
        agent.activity = Agent.Activity.WRAP_UP;
        agent.call = null;
        sim.emit(AgentState.WRAP_UP.entered(agent.sessionId));
        sim.emit(log(agent.sessionId, agent.sessionId, "set_state", AgentState.WRAP_UP.stateName()));
        sim.after(profile.wrapUpTime().sampleMicros(random), () -> {
            sim.emit(new UserTaskTemporizationEnded(agent.sessionId, taskLoggerId));
            agent.activity = Agent.Activity.IDLE;
            if (agent.logoutDue) {
                logout(agent);
            } else if (agent.pauseDue) {
                pause(agent);
            } else {
                showAvailable(agent);
                agentFree(agent);
            }
        });
    }

    private void endSession(Call call) {
        String sid = call.sessionId;
        sim.emit(log(sid, sid, "log", "exit"));
        sim.emit(new SessionTerminate(sid));
        sim.emit(new SessionDelete(sid));
        call.ended = true;
        activeCalls--;
        callsTerminated++;
    }

    // ---------------------------------------------------------------- helpers

    TrafficStats stats() {
        return new TrafficStats(loggedIn, activeCalls, waitingCalls, callsCreated, callsTerminated, answered,
                abandoned, transferred, ivrOnly, overflowed, sim.emitted());
    }

    private CallQueue pickQueue() {
        double x = random.nextDouble() * cumulativeWeights[cumulativeWeights.length - 1];
        int i = Arrays.binarySearch(cumulativeWeights, x);
        return queues.get(Math.min(i >= 0 ? i : -i - 1, queues.size() - 1));
    }

    private static double[] cumulative(double[] weights) {
        double[] out = new double[weights.length];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i];
            out[i] = sum;
        }
        return out;
    }

    /** Agents per queue in proportion to the queue weights (largest remainder), at least one each. */
    private static int[] staffing(double[] weights, int agents) {
        int[] out = new int[weights.length];
        Arrays.fill(out, 1);
        int left = agents - weights.length;
        double total = Arrays.stream(weights).sum();
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double share = left * weights[i] / total;
            out[i] += (int) share;
            given += (int) share;
            remainders[i] = share - (int) share;
        }
        for (int k = 0; k < left - given; k++) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainders[best] = -1;
        }
        return out;
    }

    private static SessionEvent event(String sid, String source, String target, String state, String name,
                                      String data) {
        return new SessionEvent(sid, source, target, state, name, data, null);
    }

    private static SessionLog log(String sid, String source, String type, String data) {
        return new SessionLog(sid, source, type, data, null);
    }
}
