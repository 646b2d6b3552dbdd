// LEAD NOTE (05:40 UTC, for the web helper): issue #5 requires that the zero-configuration start runs the REAL
// cccp-simulator (io.cccpexplorer.simulator.Simulator.start with a synthetic project) and that the dashboard reads it
// through cccp-client (CccpFeeds / ContactCenter). A second traffic generator in dashboard main code duplicates the
// simulator and would be a stub: remove DemoFeed/DemoTraffic from main code before you report (tests may keep an
// in-test feed), and make FeedSources start the embedded simulator. Delete this note when done.
package io.cccpexplorer.dashboard.feed;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Synthetic contact-center traffic for an {@link InMemoryFeed}: agents log in, calls arrive in queues, wait, are
 * answered or abandoned, and end. Deterministic for a given seed and sequence of {@link #step()} calls; whoever owns
 * it decides how often to step (the dashboard: once a second).
 */
public final class DemoTraffic {

    static final String AVAILABLE = "Disponible";
    static final String ON_CALL = "En appel";
    static final String WRAP_UP = "Post-appel";
    static final String PAUSE = "Pause";
    private static final int ENDED_CALLS_KEPT = 300;
    private static final String[] FIRST = {"Jeanne", "Paul", "Amina", "Luc", "Chloé", "Marc", "Inès", "Hugo", "Léa",
        "Omar", "Sofia", "Yann", "Zoé", "Karim", "Elise", "Noé"};
    private static final String[] LAST = {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
        "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel"};
    private static final String[] QUEUE_NAMES = {"SAV", "VENTES", "FACTURATION", "SUPPORT", "RELANCE", "VIP",
        "TECHNIQUE", "RESILIATION"};

    private final InMemoryFeed feed;
    private final String project;
    private final Clock clock;
    private final Random random;
    private final List<LiveQueue> queues = new ArrayList<>();
    private final List<LiveAgent> agents = new ArrayList<>();
    private final Map<Integer, LiveCall> activeCalls = new HashMap<>();
    private final Deque<Integer> endedCalls = new ArrayDeque<>();
    private final Map<String, Integer> wrapUpSteps = new HashMap<>();
    private final double callsPerStep;
    private int nextObjectId = 1000;
    private int nextSession = 15000;

    /**
     * @param agentCount agents logged in from the start
     * @param queueCount queues (at most 8 distinct names; more get a numeric suffix)
     * @param seed random seed
     */
    public DemoTraffic(InMemoryFeed feed, String project, int agentCount, int queueCount, long seed, Clock clock) {
        this.feed = feed;
        this.project = project;
        this.clock = clock;
        this.random = new Random(seed);
        // about one new call per 25 agents per step keeps a third of the agents busy with ~60 s calls
        this.callsPerStep = Math.max(0.2, agentCount / 25.0);
        OffsetDateTime now = now();
        for (int q = 0; q < queueCount; q++) {
            String base = QUEUE_NAMES[q % QUEUE_NAMES.length] + (q >= QUEUE_NAMES.length ? "_" + q : "");
            queues.add(new LiveQueue(nextObjectId++, project + "__" + base, base.charAt(0) + base.substring(1)
                    .toLowerCase(java.util.Locale.ROOT), "queue", false, 1 + q % 3, 0, 0, 0, 0, null));
        }
        for (int a = 0; a < agentCount; a++) {
            String first = FIRST[random.nextInt(FIRST.length)];
            String last = LAST[random.nextInt(LAST.length)];
            List<String> memberOf = List.of(queues.get(a % queueCount).name(),
                    queues.get((a * 7 + 3) % queueCount).name()).stream().distinct().toList();
            OffsetDateTime login = now.minusSeconds(600 + random.nextInt(6 * 3600));
            LiveAgent agent = new LiveAgent(nextObjectId++, "user_" + (100 + a) + "@30544.1700000000.Ccxml.ps-demo",
                    (first.charAt(0) + last).toLowerCase(java.util.Locale.ROOT).replace('é', 'e').replace('è', 'e')
                            + a, first + " " + last, project, "Agent_default", "agent", AVAILABLE, login,
                    String.format("tel:01%08d", 10_000 + a), memberOf, null, login);
            agents.add(agent);
            feed.putAgent(agent);
        }
        for (int q = 0; q < queues.size(); q++) {
            queues.set(q, counted(queues.get(q)));
            feed.putQueue(queues.get(q));
        }
    }

    /** Advances the traffic by one step (nominally one second). */
    public synchronized void step() {
        OffsetDateTime now = now();
        int arrivals = (int) callsPerStep + (random.nextDouble() < callsPerStep % 1 ? 1 : 0);
        for (int i = 0; i < arrivals; i++) {
            arrive(now);
        }
        for (LiveCall call : List.copyOf(activeCalls.values())) {
            switch (call.state()) {
                case RINGING -> update(call, LiveCall.State.WAITING, call.agentLogin(), null, now);
                case WAITING -> dispatchOrAbandon(call, now);
                case TALKING -> {
                    if (random.nextInt(60) == 0) {
                        hangUp(call, now);
                    }
                }
                case ENDED -> { }
            }
        }
        for (int i = 0; i < agents.size(); i++) {
            LiveAgent a = agents.get(i);
            if (WRAP_UP.equals(a.state()) && wrapUpSteps.merge(a.login(), -1, Integer::sum) <= 0) {
                wrapUpSteps.remove(a.login());
                setAgent(i, AVAILABLE, null, now);
            } else if (AVAILABLE.equals(a.state()) && random.nextInt(400) == 0) {
                setAgent(i, PAUSE, null, now);
            } else if (PAUSE.equals(a.state()) && random.nextInt(120) == 0) {
                setAgent(i, AVAILABLE, null, now);
            }
        }
        for (int q = 0; q < queues.size(); q++) {
            LiveQueue fresh = counted(queues.get(q));
            if (!fresh.equals(queues.get(q))) {
                queues.set(q, fresh);
                feed.putQueue(fresh);
            }
        }
    }

    private void arrive(OffsetDateTime now) {
        LiveQueue queue = queues.get(random.nextInt(queues.size()));
        int n = nextSession++;
        String sessionId = "session_" + n + "@15101.1700000000.Ccxml.ps-demo";
        String caller = String.format("06%08d", random.nextInt(100_000_000));
        String called = "0800" + (100_000 + queues.indexOf(queue));
        LiveCall call = new LiveCall(nextObjectId++, sessionId, LiveCall.Direction.INCOMING, caller, called,
                queue.name(), null, LiveCall.State.RINGING, now, null, null);
        activeCalls.put(call.objectId(), call);
        feed.putCall(call);
        event(call, now, "sip:" + caller + "@192.0.2.1", "init", "connection.alerting",
                "The number called is sip:" + called + "@192.0.2.1|trunk=demo");
    }

    private void dispatchOrAbandon(LiveCall call, OffsetDateTime now) {
        for (int i = 0; i < agents.size(); i++) {
            LiveAgent a = agents.get(i);
            if (AVAILABLE.equals(a.state()) && a.queues().contains(call.queue())) {
                setAgent(i, ON_CALL, call.sessionId(), now);
                update(call, LiveCall.State.TALKING, a.login(), now, now);
                event(call, now, call.sessionId(), "connected", "dialog.transfer.complete",
                        "Agent " + a.login() + " answered after " + Duration.between(call.start(), now).toSeconds()
                                + " s");
                return;
            }
        }
        if (Duration.between(call.start(), now).toSeconds() > 20 && random.nextInt(40) == 0) {
            hangUp(call, now);
        }
    }

    private void hangUp(LiveCall call, OffsetDateTime now) {
        update(call, LiveCall.State.ENDED, call.agentLogin(), call.answered(), now);
        event(call, now, call.sessionId(), "disconnected", "connection.disconnected", "Bye received");
        for (int i = 0; i < agents.size(); i++) {
            if (call.sessionId().equals(agents.get(i).currentCallSessionId())) {
                setAgent(i, WRAP_UP, null, now);
                wrapUpSteps.put(agents.get(i).login(), 5 + random.nextInt(10));
            }
        }
        activeCalls.remove(call.objectId());
        endedCalls.addLast(call.objectId());
        if (endedCalls.size() > ENDED_CALLS_KEPT) {
            feed.removeCall(endedCalls.removeFirst());
        }
    }

    private void update(LiveCall call, LiveCall.State state, String agent, OffsetDateTime answered,
                        OffsetDateTime now) {
        LiveCall next = new LiveCall(call.objectId(), call.sessionId(), call.direction(), call.caller(),
                call.called(), call.queue(), agent, state, call.start(), answered,
                state == LiveCall.State.ENDED ? now : null);
        if (state != LiveCall.State.ENDED) {
            activeCalls.put(next.objectId(), next);
        }
        feed.putCall(next);
    }

    private void setAgent(int index, String state, String callSession, OffsetDateTime now) {
        LiveAgent a = agents.get(index);
        LiveAgent next = new LiveAgent(a.objectId(), a.sessionId(), a.login(), a.name(), a.project(), a.profile(),
                a.mode(), state, now, a.phone(), a.queues(), callSession, a.loggedInSince());
        agents.set(index, next);
        feed.putAgent(next);
    }

    private LiveQueue counted(LiveQueue q) {
        int logged = 0;
        int working = 0;
        for (LiveAgent a : agents) {
            if (a.queues().contains(q.name())) {
                logged++;
                if (ON_CALL.equals(a.state()) || WRAP_UP.equals(a.state())) {
                    working++;
                }
            }
        }
        int waiting = 0;
        int inProgress = 0;
        OffsetDateTime oldest = null;
        for (LiveCall c : activeCalls.values()) {
            if (q.name().equals(c.queue())) {
                inProgress++;
                if (c.state() == LiveCall.State.WAITING || c.state() == LiveCall.State.RINGING) {
                    waiting++;
                    if (oldest == null || c.start().isBefore(oldest)) {
                        oldest = c.start();
                    }
                }
            }
        }
        return new LiveQueue(q.objectId(), q.name(), q.displayName(), q.type(), q.virtualQueue(), q.priority(),
                logged, working, waiting, inProgress, oldest);
    }

    private void event(LiveCall call, OffsetDateTime now, String source, String state, String name, String data) {
        feed.addSessionEvent(call.sessionId(), new ConsoleEvent(call.objectId(), now, source,
                call.queue(), state, name, data));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The project this traffic belongs to. */
    public String project() {
        return project;
    }
}
