package io.cccpexplorer.simulator.traffic;

import java.time.Duration;
import java.util.Objects;

/**
 * What a synthetic contact center looks like: its size, how many calls arrive, how callers and agents behave.
 * {@link #DEMO}, {@link #SMALL} and {@link #LARGE} are ready-made; {@code with...} methods derive custom ones.
 *
 * <p>Concurrent calls follow Little's law: about {@code callsPerHour / 3600 × (ivr + wait + handle)} at the curve's
 * peak, so {@link #LARGE} (25 600 calls/hour, ~280 s per call on average) holds about 2000 calls at once.
 *
 * @param project        the CCenter project name: folder name, and prefix of queue names ({@code PROJECT__QUEUE})
 * @param host           the host the simulated {@code ccenter_ccxml} runs on (ids end with it)
 * @param agents         agents staffed; all log in at the start, and each shift hands over to a new login
 * @param queues         number of queues; arrivals and agents are spread over them with the same skewed weights
 * @param callsPerHour   arrival rate at the curve's peak (factor 1), all queues together
 * @param curve          the rate factor per local hour
 * @param ivrOnlyRatio   share of calls that end in the voice menu and never reach a queue
 * @param abandonRatio   share of queued calls whose caller hangs up before an agent answers
 * @param transferRatio  share of answered calls an agent transfers to another queue
 * @param ivrTime        time in the voice menu
 * @param ringTime       time an agent's phone rings before they answer
 * @param handleTime     conversation time
 * @param wrapUpTime     after-call work
 * @param patience       how long an abandoning caller waits before hanging up
 * @param shift          how long an agent login lasts before logging out (the next login follows a short break)
 * @param pauseEvery     time between an agent's pauses
 * @param pauseTime      length of a pause
 */
public record TrafficProfile(String project, String host, int agents, int queues, double callsPerHour, DayCurve curve,
                             double ivrOnlyRatio, double abandonRatio, double transferRatio,
                             TimeDistribution ivrTime, TimeDistribution ringTime, TimeDistribution handleTime,
                             TimeDistribution wrapUpTime, TimeDistribution patience, TimeDistribution shift,
                             TimeDistribution pauseEvery, TimeDistribution pauseTime) {

    /** A lively demo: 40 agents, 6 queues, visible waiting at the office peaks. */
    public static final TrafficProfile DEMO = new TrafficProfile("DEMO", "sim-ccxml-1", 40, 6, 420, DayCurve.OFFICE,
            0.10, 0.08, 0.05,
            TimeDistribution.uniform(Duration.ofSeconds(20), Duration.ofSeconds(8)),
            TimeDistribution.uniform(Duration.ofSeconds(5), Duration.ofSeconds(2)),
            TimeDistribution.logNormal(Duration.ofSeconds(240), Duration.ofSeconds(20)),
            TimeDistribution.uniform(Duration.ofSeconds(30), Duration.ofSeconds(5)),
            TimeDistribution.exponential(Duration.ofSeconds(60), Duration.ofSeconds(5)),
            TimeDistribution.uniform(Duration.ofHours(4), Duration.ofHours(3)),
            TimeDistribution.exponential(Duration.ofMinutes(50), Duration.ofMinutes(10)),
            TimeDistribution.uniform(Duration.ofMinutes(8), Duration.ofMinutes(3)));

    /** A handful of agents and calls: readable in a test or a terminal. */
    public static final TrafficProfile SMALL = DEMO.withProject("SMALL").withAgents(8).withQueues(3)
            .withCallsPerHour(60);

    /** Load test: 5000 agents, 200 queues, ~2000 calls at once at the peak. */
    public static final TrafficProfile LARGE = DEMO.withProject("LARGE").withAgents(5000).withQueues(200)
            .withCallsPerHour(25_600)
            .withHandleTime(TimeDistribution.logNormal(Duration.ofSeconds(300), Duration.ofSeconds(20)));

    public TrafficProfile {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(ivrTime, "ivrTime");
        Objects.requireNonNull(ringTime, "ringTime");
        Objects.requireNonNull(handleTime, "handleTime");
        Objects.requireNonNull(wrapUpTime, "wrapUpTime");
        Objects.requireNonNull(patience, "patience");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(pauseEvery, "pauseEvery");
        Objects.requireNonNull(pauseTime, "pauseTime");
        if (!project.matches("[A-Za-z0-9_-]+") || !host.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("project '" + project + "', host '" + host
                    + "' (expected: letters, digits, '_', '-' and for the host '.')");
        }
        if (agents < 1 || queues < 1 || queues > agents) {
            throw new IllegalArgumentException("agents " + agents + ", queues " + queues
                    + " (expected: 1 <= queues <= agents)");
        }
        if (!(callsPerHour >= 0 && callsPerHour <= 1_000_000)) {
            throw new IllegalArgumentException("callsPerHour: " + callsPerHour + " (expected: 0..1000000)");
        }
        requireRatio(ivrOnlyRatio, "ivrOnlyRatio");
        requireRatio(abandonRatio, "abandonRatio");
        requireRatio(transferRatio, "transferRatio");
        if (shift.min().isZero() || pauseEvery.min().isZero()) {
            throw new IllegalArgumentException("shift and pauseEvery need a minimum above zero");
        }
    }

    public TrafficProfile withProject(String value) {
        return new TrafficProfile(value, host, agents, queues, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withHost(String value) {
        return new TrafficProfile(project, value, agents, queues, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withAgents(int value) {
        return new TrafficProfile(project, host, value, queues, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withQueues(int value) {
        return new TrafficProfile(project, host, agents, value, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withCallsPerHour(double value) {
        return new TrafficProfile(project, host, agents, queues, value, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withCurve(DayCurve value) {
        return new TrafficProfile(project, host, agents, queues, callsPerHour, value, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    /** The three outcome ratios: calls ending in the menu, queued calls abandoned, answered calls transferred. */
    public TrafficProfile withRatios(double ivrOnly, double abandon, double transfer) {
        return new TrafficProfile(project, host, agents, queues, callsPerHour, curve, ivrOnly, abandon, transfer,
                ivrTime, ringTime, handleTime, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withHandleTime(TimeDistribution value) {
        return new TrafficProfile(project, host, agents, queues, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, value, wrapUpTime, patience, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withPatience(TimeDistribution value) {
        return new TrafficProfile(project, host, agents, queues, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, value, shift, pauseEvery, pauseTime);
    }

    public TrafficProfile withShift(TimeDistribution value) {
        return new TrafficProfile(project, host, agents, queues, callsPerHour, curve, ivrOnlyRatio, abandonRatio,
                transferRatio, ivrTime, ringTime, handleTime, wrapUpTime, patience, value, pauseEvery, pauseTime);
    }

    private static void requireRatio(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + ": " + value + " (expected: 0..1)");
        }
    }
}
