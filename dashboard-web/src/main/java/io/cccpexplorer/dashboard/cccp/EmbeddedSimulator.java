package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

/**
 * The zero-configuration project: a cccp-simulator project on a loopback ephemeral port with live synthetic traffic,
 * which the dashboard reaches through cccp-client like any server. Its credentials are generated per start, never
 * written anywhere.
 */
public final class EmbeddedSimulator implements AutoCloseable {

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
                .withCallsPerHour(Math.max(60, agents * 10.5));
        SimulatorConfig config = SimulatorConfig.builder()
                .bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic(project, 0, profile, seed))
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
