package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The zero-configuration project: a cccp-simulator project on a loopback ephemeral port with live synthetic traffic,
 * which the dashboard reaches through cccp-client like any server. Its credentials are generated per start, never
 * written anywhere. The traffic runs at its peak rate all day ({@link DayCurve#FLAT}) and starts
 * {@link #WARM_UP} in the past, so agents, calls and queue counters are there from the first second at any hour.
 */
public final class EmbeddedSimulator implements AutoCloseable {

    /** How much simulated past is applied at start for the default size (a few seconds at most). */
    public static final Duration WARM_UP = Duration.ofMinutes(45);
    /** Above {@link #LARGE_AGENTS} agents, a shorter past keeps the start short (load tests: 5000 agents). */
    public static final Duration LARGE_WARM_UP = Duration.ofMinutes(10);
    private static final int LARGE_AGENTS = 200;

    private final RunningSimulator simulator;
    private final String project;
    private final String login;
    private final String password;

    private EmbeddedSimulator(RunningSimulator simulator, String project, String login, String password) {
        this.simulator = simulator;
        this.project = project;
        this.login = login;
        this.password = password;
    }

    /**
     * @param agents agents of the traffic profile ({@link TrafficProfile#DEMO} otherwise)
     * @throws IllegalStateException when the simulator cannot start
     */
    public static EmbeddedSimulator start(String project, int agents, long seed, Clock clock) {
        byte[] secret = new byte[18];
        new SecureRandom().nextBytes(secret);
        String login = "dashboard";
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        TrafficProfile profile = TrafficProfile.DEMO.withAgents(agents)
                .withQueues(Math.max(2, Math.min(200, agents / 7)))
                .withCallsPerHour(Math.max(60, agents * 10.5))
                .withCurve(DayCurve.FLAT);
        SimulatorConfig config = SimulatorConfig.builder()
                .bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic(project, 0, profile, seed)
                        .withWarmUp(agents > LARGE_AGENTS ? LARGE_WARM_UP : WARM_UP))
                .credentials(Credentials.of(login, password))
                .clock(clock)
                .build();
        try {
            return new EmbeddedSimulator(Simulator.start(config), project, login, password);
        } catch (Exception e) {
            throw new IllegalStateException("embedded simulator failed to start: " + e.getMessage(), e);
        }
    }

    public String project() {
        return project;
    }

    public int port() {
        return simulator.project(project).port();
    }

    public String login() {
        return login;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        simulator.close();
    }
}
