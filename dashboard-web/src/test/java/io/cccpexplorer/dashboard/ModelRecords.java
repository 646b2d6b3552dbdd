package io.cccpexplorer.dashboard;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.client.model.CurrentCall;
import io.cccpexplorer.client.model.QueueFigures;
import io.cccpexplorer.client.model.QueueStats;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The one place where tests build cccp-client's model records: a new field of {@code Agent}, {@code Call} or
 * {@code QueueStats} changes this file only, whatever the number of tests using them. Values not set are neutral
 * (empty text, no dates); statuses default to available agents and ringing calls.
 */
public final class ModelRecords {

    private ModelRecords() {
    }

    public static AgentBuilder agent(int objectId, String login) {
        return new AgentBuilder(objectId, login);
    }

    public static CallBuilder call(int objectId, String sessionId) {
        return new CallBuilder(objectId, sessionId);
    }

    public static QueueBuilder queue(int objectId, String name) {
        return new QueueBuilder(objectId, name);
    }

    /** Day figures of a queue, team or project, as the model would compute them (all zero until set). */
    public static FiguresBuilder figures(String name) {
        return new FiguresBuilder(name);
    }

    /** {@link QueueFigures} with the fields tests care about; the others zero, rates derived by the record. */
    public static final class FiguresBuilder {
        private final String name;
        private int agentsLogged, agentsAvailable, agentsTalking, waiting, callsInProgress, offered, answered,
                abandoned, inTarget;
        private long longestWait, totalAnswerWait;
        private long target = 20;

        FiguresBuilder(String name) {
            this.name = name;
        }

        public FiguresBuilder agents(int logged, int available, int talking) {
            agentsLogged = logged;
            agentsAvailable = available;
            agentsTalking = talking;
            return this;
        }

        /** Live: calls waiting, the longest current wait, calls waiting/ringing/talking. */
        public FiguresBuilder live(int waitingNow, long longestWaitSeconds, int inProgress) {
            waiting = waitingNow;
            longestWait = longestWaitSeconds;
            callsInProgress = inProgress;
            return this;
        }

        /** Since the day start: offered, answered (of which within target, with their total wait), abandoned. */
        public FiguresBuilder day(int offeredCalls, int answeredCalls, int answeredInTarget, long answerWaitSeconds,
                                  int abandonedCalls) {
            offered = offeredCalls;
            answered = answeredCalls;
            inTarget = answeredInTarget;
            totalAnswerWait = answerWaitSeconds;
            abandoned = abandonedCalls;
            return this;
        }

        public FiguresBuilder target(long seconds) {
            target = seconds;
            return this;
        }

        public QueueFigures build() {
            return new QueueFigures(name, agentsLogged, agentsAvailable, 0, agentsTalking, 0, 0, waiting,
                    Duration.ofSeconds(longestWait), callsInProgress, offered, answered, abandoned, 0, 0, inTarget,
                    Duration.ofSeconds(target), Duration.ZERO, Duration.ofSeconds(totalAnswerWait), 0,
                    Duration.ZERO);
        }
    }

    /** An agent; {@link #from(Agent)} starts from an existing one. */
    public static final class AgentBuilder {
        private int objectId;
        private String sessionId;
        private String login;
        private String name = "";
        private String project = "";
        private String profile = "Agent_default";
        private String mode = "agent";
        private String state = "Disponible";
        private OffsetDateTime stateSince;
        private String phone = "";
        private List<String> queues = List.of();
        private AgentStatus status = AgentStatus.AVAILABLE;
        private String pauseReason;
        private CurrentCall currentCall;
        private OffsetDateTime loggedInSince;

        private AgentBuilder(int objectId, String login) {
            this.objectId = objectId;
            this.login = login;
            this.sessionId = "user_" + objectId + "@1.1.Ccxml.ps-test";
            this.name = "Name " + login;
        }

        public static AgentBuilder from(Agent a) {
            AgentBuilder b = new AgentBuilder(a.objectId(), a.login());
            b.sessionId = a.sessionId();
            b.name = a.name();
            b.project = a.project();
            b.profile = a.profile();
            b.mode = a.mode();
            b.state = a.stateName();
            b.stateSince = a.stateSince();
            b.status = a.status();
            b.pauseReason = a.pauseReason();
            b.phone = a.phone();
            b.queues = a.queues();
            b.currentCall = a.currentCall();
            b.loggedInSince = a.loggedInSince();
            return b;
        }

        public AgentBuilder sessionId(String v) {
            sessionId = v;
            return this;
        }

        public AgentBuilder login(String v) {
            login = v;
            return this;
        }

        public AgentBuilder name(String v) {
            name = v;
            return this;
        }

        public AgentBuilder project(String v) {
            project = v;
            return this;
        }

        public AgentBuilder mode(String v) {
            mode = v;
            return this;
        }

        public AgentBuilder state(String v, OffsetDateTime since) {
            state = v;
            stateSince = since;
            return this;
        }

        public AgentBuilder phone(String v) {
            phone = v;
            return this;
        }

        public AgentBuilder queues(String... v) {
            queues = List.of(v);
            return this;
        }

        /** The status; PAUSE takes the state name as its reason. */
        public AgentBuilder status(AgentStatus v) {
            status = v;
            pauseReason = v == AgentStatus.PAUSE ? state : null;
            return this;
        }

        public AgentBuilder currentCall(String sessionId) {
            currentCall = new CurrentCall(sessionId, null, queues.isEmpty() ? null : queues.get(0),
                    CallDirection.INCOMING);
            return this;
        }

        public AgentBuilder loggedInSince(OffsetDateTime v) {
            loggedInSince = v;
            return this;
        }

        public Agent build() {
            return new Agent(objectId, sessionId, login, name, project, profile, mode, status, stateSince,
                    pauseReason, state, stateSince, phone, queues, currentCall, loggedInSince);
        }
    }

    /** A call; by default incoming and ringing. */
    public static final class CallBuilder {
        private final int objectId;
        private final String sessionId;
        private CallDirection direction = CallDirection.INCOMING;
        private String caller = "";
        private String called = "";
        private String queue = "";
        private String agent = "";
        private CallStatus state = CallStatus.RINGING;
        private OffsetDateTime start;
        private OffsetDateTime answered;
        private OffsetDateTime end;

        private CallBuilder(int objectId, String sessionId) {
            this.objectId = objectId;
            this.sessionId = sessionId;
        }

        public CallBuilder direction(CallDirection v) {
            direction = v;
            return this;
        }

        public CallBuilder numbers(String callerNumber, String calledNumber) {
            caller = callerNumber;
            called = calledNumber;
            return this;
        }

        public CallBuilder queue(String v) {
            queue = v;
            return this;
        }

        public CallBuilder agent(String login) {
            agent = login;
            return this;
        }

        public CallBuilder state(CallStatus v) {
            state = v;
            return this;
        }

        /** Start, answer and end dates ({@code null} for none). */
        public CallBuilder times(OffsetDateTime started, OffsetDateTime answeredAt, OffsetDateTime ended) {
            start = started;
            answered = answeredAt;
            end = ended;
            return this;
        }

        public Call build() {
            CallDisposition disposition = state != CallStatus.ENDED ? null
                    : answered != null ? CallDisposition.ANSWERED
                    : queue == null || queue.isEmpty() ? CallDisposition.ABANDONED_IVR
                    : CallDisposition.ABANDONED_QUEUE;
            return new Call(objectId, sessionId, direction, caller, called, queue, agent, state, disposition, null,
                    start, queue == null || queue.isEmpty() ? null : start, answered, end, List.of());
        }
    }

    /** A queue with the server's counters. */
    public static final class QueueBuilder {
        private final int objectId;
        private final String name;
        private String displayName = "";
        private boolean virtualQueue;
        private int logged;
        private int working;
        private int waiting;
        private int inProgress;
        private OffsetDateTime oldestWaiting;

        private QueueBuilder(int objectId, String name) {
            this.objectId = objectId;
            this.name = name;
        }

        public QueueBuilder displayName(String v) {
            displayName = v;
            return this;
        }

        public QueueBuilder virtual() {
            virtualQueue = true;
            return this;
        }

        /** The server's counters: agents logged and working, calls waiting and in progress. */
        public QueueBuilder counters(int agentsLogged, int agentsWorking, int callsWaiting, int callsInProgress) {
            logged = agentsLogged;
            working = agentsWorking;
            waiting = callsWaiting;
            inProgress = callsInProgress;
            return this;
        }

        public QueueBuilder oldestWaiting(OffsetDateTime v) {
            oldestWaiting = v;
            return this;
        }

        public QueueStats build() {
            return new QueueStats(objectId, name, displayName, "queue", virtualQueue, logged, working, waiting,
                    inProgress, oldestWaiting);
        }
    }
}
