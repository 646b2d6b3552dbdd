package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The day's totals, kept incrementally: each queue task contributes to its queue's counters (a changed task
 * replaces its contribution, so every change costs O(1)); each closed agent interval adds to its agent's times.
 * Live counts (agents per status, waiting calls) are computed when a snapshot is built. Not thread-safe: owned by
 * {@link ContactCenterState}.
 */
final class DayFigures {

    private final FigureSettings settings;
    private Instant dayStart;
    private Instant nextDayStart;
    private final Map<String, Totals> queues = new HashMap<>();
    private final Map<String, Contribution> byTask = new HashMap<>();
    private final Map<String, AgentTotals> agents = new HashMap<>();

    DayFigures(FigureSettings settings, Instant now) {
        this.settings = settings;
        startDayOf(now);
    }

    FigureSettings settings() {
        return settings;
    }

    Instant dayStart() {
        return dayStart;
    }

    /** Starts a new day once {@code now} passed the next day start; true when it did (totals are then zero). */
    boolean roll(Instant now) {
        if (now.isBefore(nextDayStart)) {
            return false;
        }
        startDayOf(now);
        queues.clear();
        byTask.clear();
        agents.clear();
        return true;
    }

    private void startDayOf(Instant now) {
        ZonedDateTime local = now.atZone(settings.zone());
        LocalDate day = local.toLocalTime().isBefore(settings.dayStart()) ? local.toLocalDate().minusDays(1)
                : local.toLocalDate();
        dayStart = day.atTime(settings.dayStart()).atZone(settings.zone()).toInstant();
        nextDayStart = day.plusDays(1).atTime(settings.dayStart()).atZone(settings.zone()).toInstant();
    }

    // ---- queue tasks ----

    /**
     * Recomputes the contributions of one call's tasks (oldest first): a task ended unanswered is an overflow when
     * the server says so or when the call went on to a later task, else an abandon.
     */
    void callTasks(List<QueueTask> tasks) {
        for (int i = 0; i < tasks.size(); i++) {
            QueueTask t = tasks.get(i);
            boolean followed = i < tasks.size() - 1;
            Contribution next = contribution(t, followed);
            String key = t.callSessionId() + "\u0000" + t.taskId();
            Contribution previous = next == null ? byTask.remove(key) : byTask.put(key, next);
            if (previous != null) {
                queues.get(previous.queue).add(previous, -1);
                agentOf(previous.agentLogin).callsHandled -= previous.answered;
            }
            if (next != null) {
                queues.computeIfAbsent(next.queue, k -> new Totals()).add(next, +1);
                agentOf(next.agentLogin).callsHandled += next.answered;
            }
        }
    }

    private Contribution contribution(QueueTask t, boolean followed) {
        if (!t.isQueued() || t.queuedSince().toInstant().isBefore(dayStart)) {
            return null;
        }
        Contribution c = new Contribution(t.queue(), t.agentLogin());
        c.offered = 1;
        QueueTaskOutcome outcome = t.outcome(followed);
        if (outcome == QueueTaskOutcome.ANSWERED) {
            Duration wait = t.waitTime(t.answered().toInstant());
            c.answered = 1;
            c.answerWait = wait;
            c.maxWait = wait;
            c.inTarget = wait.compareTo(settings.targetOf(t.queue())) <= 0 ? 1 : 0;
            if (t.wrapUpSince() != null || t.ended() != null) {
                c.handled = 1;
                c.handleTime = t.talkTime(null);
            }
        } else if (outcome != QueueTaskOutcome.OPEN) {
            Duration wait = t.waitTime(t.ended().toInstant());
            c.maxWait = wait;
            if (outcome == QueueTaskOutcome.OVERFLOWED) {
                c.overflowed = 1;
            } else if (wait.compareTo(settings.shortAbandon()) <= 0 && !settings.shortAbandon().isZero()) {
                c.shortAbandoned = 1;
            } else {
                c.abandoned = 1;
            }
        }
        return c;
    }

    // ---- agents ----

    /** Adds a closed interval (the part of it since the day start) to its agent, and after-call work to its queue. */
    void interval(AgentInterval interval) {
        Duration d = clipped(interval.start(), interval.end() == null ? null : interval.end().toInstant());
        AgentTotals a = agentOf(interval.login());
        a.add(interval.status(), d);
        if (interval.status() == AgentStatus.WRAP_UP && interval.queue() != null && !d.isZero()) {
            Totals t = queues.computeIfAbsent(interval.queue(), k -> new Totals());
            t.wrapUp = t.wrapUp.plus(d);
        }
    }

    /** The part of [start, end] after the day start. */
    Duration clipped(OffsetDateTime start, Instant end) {
        if (start == null || end == null) {
            return Duration.ZERO;
        }
        Instant from = start.toInstant().isBefore(dayStart) ? dayStart : start.toInstant();
        return end.isAfter(from) ? Duration.between(from, end) : Duration.ZERO;
    }

    private AgentTotals agentOf(String login) {
        return agents.computeIfAbsent(login == null ? "" : login, k -> new AgentTotals());
    }

    // ---- building the figures of a snapshot ----

    /** The day figures of every agent login, with each logged-in agent's current status counted up to {@code asOf}. */
    Map<String, AgentDayFigures> agentFigures(Collection<Agent> loggedIn, Instant asOf) {
        Map<String, AgentTotals> open = new HashMap<>();
        for (Agent a : loggedIn) {
            // an agent row whose login has not arrived yet is counted under "" (as agentOf does), never a null key
            AgentTotals t = open.computeIfAbsent(a.login() == null ? "" : a.login(), k -> new AgentTotals());
            t.add(a.status(), clipped(a.statusSince(), asOf));
        }
        Map<String, AgentDayFigures> out = new HashMap<>();
        Set<String> logins = new HashSet<>(agents.keySet());
        logins.addAll(open.keySet());
        logins.remove("");
        for (String login : logins) {
            AgentTotals closed = agents.getOrDefault(login, AgentTotals.NONE);
            AgentTotals now = open.getOrDefault(login, AgentTotals.NONE);
            out.put(login, new AgentDayFigures(login, closed.callsHandled,
                    closed.talk.plus(now.talk), closed.wrapUp.plus(now.wrapUp), closed.pause.plus(now.pause),
                    closed.ringing.plus(now.ringing), closed.available.plus(now.available),
                    closed.logged.plus(now.logged)));
        }
        return out;
    }

    /**
     * Queue, team and project figures.
     *
     * @param queueNames every queue the server lists
     * @param agents     logged-in agents
     * @param calls      the calls, for the live counts
     */
    Built figures(Collection<String> queueNames, Collection<Agent> agents, Collection<Call> calls, Instant asOf,
                  String projectName) {
        Map<String, Live> live = new HashMap<>();
        for (Agent a : agents) {
            for (String q : a.queues()) {
                live.computeIfAbsent(q, k -> new Live()).agents.add(a);
            }
        }
        for (Call c : calls) {
            if (c.queue() != null && c.active() && c.status() != CallStatus.IVR
                    && c.status() != CallStatus.TRANSFERRING) {
                live.computeIfAbsent(c.queue(), k -> new Live()).calls.add(c);
            }
        }
        Map<String, QueueFigures> byQueue = new LinkedHashMap<>();
        Set<String> names = new HashSet<>(queueNames);
        names.addAll(queues.keySet());
        for (String q : names) {
            byQueue.put(q, build(q, List.of(q), live, asOf, settings.targetOf(q)));
        }
        Map<String, QueueFigures> byTeam = new LinkedHashMap<>();
        settings.teams().forEach((team, members) ->
                byTeam.put(team, build(team, members, live, asOf, settings.serviceLevelTarget())));
        QueueFigures project = build(projectName, new ArrayList<>(names), live, asOf, settings.serviceLevelTarget());
        return new Built(byQueue, byTeam, project);
    }

    record Built(Map<String, QueueFigures> queues, Map<String, QueueFigures> teams, QueueFigures project) {
    }

    private QueueFigures build(String name, Collection<String> members, Map<String, Live> live, Instant asOf,
                               Duration target) {
        // by identity: each logged-in agent is one instance in this build, and a record's hashCode hashes every
        // field (dates, queue list, current call); the project's figures hashed all 5,000 agents that way at each
        // snapshot, the largest part of building one in a flight recording of the #11 load
        Set<Agent> staff = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Call> calls = new ArrayList<>();
        Totals sum = new Totals();
        for (String q : members) {
            Live l = live.get(q);
            if (l != null) {
                staff.addAll(l.agents);
                calls.addAll(l.calls);
            }
            Totals t = queues.get(q);
            if (t != null) {
                sum.plus(t);
            }
        }
        int available = 0;
        int ringing = 0;
        int talking = 0;
        int wrapUp = 0;
        int pause = 0;
        for (Agent a : staff) {
            switch (a.status()) {
                case AVAILABLE -> available++;
                case RINGING -> ringing++;
                case TALKING -> talking++;
                case WRAP_UP -> wrapUp++;
                case PAUSE -> pause++;
                default -> {
                }
            }
        }
        int waiting = 0;
        Duration longest = Duration.ZERO;
        for (Call c : calls) {
            if (c.status() == CallStatus.WAITING) {
                waiting++;
                Duration w = Durations.between(c.statusSince(), asOf);
                if (w.compareTo(longest) > 0) {
                    longest = w;
                }
            }
        }
        return new QueueFigures(name, staff.size(), available, ringing, talking, wrapUp, pause, waiting, longest,
                calls.size(), sum.offered, sum.answered, sum.abandoned, sum.shortAbandoned, sum.overflowed,
                sum.inTarget, target, sum.maxWait, sum.answerWait, sum.handled, sum.handleTime.plus(sum.wrapUp));
    }

    private static final class Live {
        final List<Agent> agents = new ArrayList<>();
        final List<Call> calls = new ArrayList<>();
    }

    /** What one queue task adds to its queue's day. */
    private static final class Contribution {
        final String queue;
        final String agentLogin;
        int offered;
        int answered;
        int inTarget;
        int abandoned;
        int shortAbandoned;
        int overflowed;
        int handled;
        Duration answerWait = Duration.ZERO;
        Duration maxWait = Duration.ZERO;
        Duration handleTime = Duration.ZERO;

        Contribution(String queue, String agentLogin) {
            this.queue = queue;
            this.agentLogin = agentLogin;
        }
    }

    /**
     * A queue's day. The maximum wait cannot be "un-added" when a task's contribution is replaced: it only grows,
     * which is right because a task's wait only grows too.
     */
    private static final class Totals {
        int offered;
        int answered;
        int inTarget;
        int abandoned;
        int shortAbandoned;
        int overflowed;
        int handled;
        Duration answerWait = Duration.ZERO;
        Duration maxWait = Duration.ZERO;
        Duration handleTime = Duration.ZERO;
        Duration wrapUp = Duration.ZERO;

        void add(Contribution c, int sign) {
            offered += sign * c.offered;
            answered += sign * c.answered;
            inTarget += sign * c.inTarget;
            abandoned += sign * c.abandoned;
            shortAbandoned += sign * c.shortAbandoned;
            overflowed += sign * c.overflowed;
            handled += sign * c.handled;
            answerWait = sign > 0 ? answerWait.plus(c.answerWait) : answerWait.minus(c.answerWait);
            handleTime = sign > 0 ? handleTime.plus(c.handleTime) : handleTime.minus(c.handleTime);
            if (sign > 0 && c.maxWait.compareTo(maxWait) > 0) {
                maxWait = c.maxWait;
            }
        }

        void plus(Totals t) {
            offered += t.offered;
            answered += t.answered;
            inTarget += t.inTarget;
            abandoned += t.abandoned;
            shortAbandoned += t.shortAbandoned;
            overflowed += t.overflowed;
            handled += t.handled;
            answerWait = answerWait.plus(t.answerWait);
            handleTime = handleTime.plus(t.handleTime);
            wrapUp = wrapUp.plus(t.wrapUp);
            if (t.maxWait.compareTo(maxWait) > 0) {
                maxWait = t.maxWait;
            }
        }
    }

    /** One login's closed time per status. */
    private static final class AgentTotals {
        static final AgentTotals NONE = new AgentTotals();
        int callsHandled;
        Duration talk = Duration.ZERO;
        Duration wrapUp = Duration.ZERO;
        Duration pause = Duration.ZERO;
        Duration ringing = Duration.ZERO;
        Duration available = Duration.ZERO;
        Duration logged = Duration.ZERO;

        void add(AgentStatus status, Duration d) {
            switch (status) {
                case TALKING -> talk = talk.plus(d);
                case WRAP_UP -> wrapUp = wrapUp.plus(d);
                case PAUSE -> pause = pause.plus(d);
                case RINGING -> ringing = ringing.plus(d);
                case AVAILABLE -> available = available.plus(d);
                default -> {
                }
            }
            if (status != AgentStatus.LOGGED_OUT) {
                logged = logged.plus(d);
            }
        }
    }
}
