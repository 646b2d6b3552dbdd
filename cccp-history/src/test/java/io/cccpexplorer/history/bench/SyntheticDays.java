package io.cccpexplorer.history.bench;

import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.history.AgentInterval;
import io.cccpexplorer.history.AgentSession;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.StoredCall;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic days for the store benchmark: each agent works 08:00-18:00 taking calls one after the
 * other (available, ringing, talking, wrap-up, now and then a pause with a reason), and callers who give up in the
 * queue make up the rest of the day's calls. The store's figures are what is measured here, not the traffic's
 * realism: the log-import benchmark uses the simulator's traffic.
 */
public final class SyntheticDays {

    private static final String[] PAUSES = {"lunch", "training", "break"};

    private final String project;
    private final ZoneId zone;
    private final int agents;
    private final int queues;
    private final int callsPerDay;

    public SyntheticDays(String project, ZoneId zone, int agents, int queues, int callsPerDay) {
        this.project = project;
        this.zone = zone;
        this.agents = agents;
        this.queues = queues;
        this.callsPerDay = callsPerDay;
    }

    /** One day in time order, as batches of {@code windowMinutes} of activity each (the way both writers send it). */
    public List<HistoryBatch> day(LocalDate day, int windowMinutes) {
        SplittableRandom random = new SplittableRandom(day.toEpochDay());
        Instant open = day.atTime(8, 0).atZone(zone).toInstant();
        Instant close = day.atTime(18, 0).atZone(zone).toInstant();
        // answered calls per agent so that answered + abandoned = callsPerDay (about 85 % answered)
        int answeredPerAgent = Math.max(1, callsPerDay * 85 / 100 / agents);
        long workSeconds = Duration.between(open, close).toSeconds();
        long cycle = workSeconds / answeredPerAgent;
        List<StoredCall> calls = new ArrayList<>();
        List<AgentInterval> intervals = new ArrayList<>();
        List<AgentSession> sessions = new ArrayList<>();
        int n = 0;
        for (int a = 0; a < agents; a++) {
            String agent = "agent" + a;
            String session = "user_" + day + "_" + a + "@bench";
            sessions.add(new AgentSession(project, session, agent, "Agent " + a, open, close));
            Instant t = open;
            for (int k = 0; k < answeredPerAgent && t.isBefore(close); k++) {
                long talk = 60 + random.nextLong(Math.max(61, cycle - 120));
                long ring = 3 + random.nextLong(8);
                long wrap = 5 + random.nextLong(20);
                long idle = Math.max(1, cycle - talk - ring - wrap);
                long wait = random.nextLong(60);
                Instant ringAt = t.plusSeconds(idle);
                Instant answer = ringAt.plusSeconds(ring);
                Instant end = answer.plusSeconds(talk);
                Instant free = end.plusSeconds(wrap);
                intervals.add(new AgentInterval(project, session, agent, "available", "", t, ringAt));
                intervals.add(new AgentInterval(project, session, agent, "ringing", "", ringAt, answer));
                intervals.add(new AgentInterval(project, session, agent, "talking", "", answer, end));
                intervals.add(new AgentInterval(project, session, agent, "wrap_up", "", end, free));
                String queue = "Q" + (n % queues);
                Instant queued = answer.minusSeconds(wait);
                calls.add(new StoredCall(project, "call_" + day + "_" + n++ + "@bench", CallDirection.INCOMING,
                        "06" + (10_000_000 + random.nextInt(89_999_999)), "0800", "menu", queue, List.of(queue),
                        agent, List.of(agent), queued.minusSeconds(15), queued, answer, end, CallDisposition.ANSWERED,
                        Duration.ofSeconds(wait), Duration.ofSeconds(talk), null, Duration.ofSeconds(wrap)));
                t = free;
                if (k % 20 == 19) {
                    Instant back = t.plusSeconds(300 + random.nextLong(600));
                    intervals.add(new AgentInterval(project, session, agent, "pause", PAUSES[k / 20 % PAUSES.length],
                            t, back));
                    t = back;
                }
            }
        }
        int abandoned = Math.max(0, callsPerDay - n);
        for (int i = 0; i < abandoned; i++) {
            Instant queued = open.plusSeconds(random.nextLong(Duration.between(open, close).toSeconds()));
            long wait = 1 + random.nextLong(180);
            String queue = "Q" + (i % queues);
            calls.add(new StoredCall(project, "call_" + day + "_" + n++ + "@bench", CallDirection.INCOMING,
                    "06" + (10_000_000 + random.nextInt(89_999_999)), "0800", "menu", queue, List.of(queue), "",
                    List.of(), queued.minusSeconds(15), queued, null, queued.plusSeconds(wait),
                    CallDisposition.ABANDONED_QUEUE,
                    Duration.ofSeconds(wait), Duration.ZERO, null, null));
        }
        long window = windowMinutes * 60L;
        Map<Long, List<StoredCall>> callsByWindow = new java.util.TreeMap<>();
        Map<Long, List<AgentInterval>> intervalsByWindow = new java.util.TreeMap<>();
        for (StoredCall c : calls) {
            callsByWindow.computeIfAbsent(c.start().getEpochSecond() / window, k -> new ArrayList<>()).add(c);
        }
        for (AgentInterval i : intervals) {
            intervalsByWindow.computeIfAbsent(i.start().getEpochSecond() / window, k -> new ArrayList<>()).add(i);
        }
        java.util.SortedSet<Long> windows = new java.util.TreeSet<>(callsByWindow.keySet());
        windows.addAll(intervalsByWindow.keySet());
        List<HistoryBatch> batches = new ArrayList<>();
        batches.add(new HistoryBatch(project, List.of(), Map.of(), List.of(), sessions));
        for (long w : windows) {
            batches.add(new HistoryBatch(project, callsByWindow.getOrDefault(w, List.of()), Map.of(),
                    intervalsByWindow.getOrDefault(w, List.of()), List.of()));
        }
        return batches;
    }
}
