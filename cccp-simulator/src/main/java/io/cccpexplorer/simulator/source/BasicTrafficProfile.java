package io.cccpexplorer.simulator.source;

import java.util.Objects;

/**
 * The shape of {@link BasicTraffic}: how many agents and queues, how many calls per hour, and mean durations.
 *
 * @param project         project name (queue names are {@code PROJECT__Qn})
 * @param agents          agents logged in during the first minute
 * @param queues          queues calls are spread over
 * @param callsPerHour    Poisson arrival rate
 * @param meanTalkSeconds mean handling time (exponential)
 * @param meanPatienceSeconds mean time a caller waits before hanging up (exponential)
 * @param host            host name in session ids and log paths
 */
public record BasicTrafficProfile(String project, int agents, int queues, double callsPerHour, double meanTalkSeconds,
                                  double meanPatienceSeconds, String host) {

    /** A few dozen agents: the demo dashboard. */
    public static final BasicTrafficProfile DEMO = new BasicTrafficProfile("DEMO", 40, 6, 600, 180, 120, "sim-host");
    /** A mid-size site. */
    public static final BasicTrafficProfile SMALL = new BasicTrafficProfile("SMALL", 300, 20, 4_000, 200, 150, "sim-host");
    /** 5,000 agents, 200 queues, about 2,000 calls at once. */
    public static final BasicTrafficProfile LARGE = new BasicTrafficProfile("LARGE", 5_000, 200, 36_000, 180, 300, "sim-host");

    public BasicTrafficProfile {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(host, "host");
        if (agents < 0 || queues < 1 || callsPerHour < 0 || meanTalkSeconds <= 0 || meanPatienceSeconds <= 0) {
            throw new IllegalArgumentException("traffic profile: agents >= 0, queues >= 1, callsPerHour >= 0 and "
                    + "positive durations expected, got " + this);
        }
    }

    public BasicTrafficProfile withProject(String name) {
        return new BasicTrafficProfile(name, agents, queues, callsPerHour, meanTalkSeconds, meanPatienceSeconds, host);
    }

    public BasicTrafficProfile withScale(int newAgents, int newQueues, double newCallsPerHour) {
        return new BasicTrafficProfile(project, newAgents, newQueues, newCallsPerHour, meanTalkSeconds,
                meanPatienceSeconds, host);
    }

    /** The factory a {@link io.cccpexplorer.simulator.ProjectConfig} takes. */
    public TrafficFactory factory() {
        return (seed, start, offset) -> new BasicTraffic(this, seed, start, offset);
    }
}
