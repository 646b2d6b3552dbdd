package io.cccpexplorer.simulator;

import io.cccpexplorer.simulator.server.ConnectionLimits;
import io.cccpexplorer.simulator.server.ObjectAnswerDelay;
import io.cccpexplorer.simulator.server.Transport;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link Simulator} needs: where to bind, the projects (each on its own port with its own database),
 * the accepted credentials (none = accept any login, like the vendor), the clock and the server's UTC offset, and
 * how many warm-up sessions run before the ports open ({@link Builder#warmSessions}), the socket layer
 * ({@link Builder#transport}); for tests, how late object queries are answered ({@link Builder#objectAnswerDelay}).
 */
public record SimulatorConfig(String bindAddress, List<ProjectConfig> projects, List<Credentials> credentials,
                              Clock clock, ZoneOffset serverOffset, int maxPendingMessages,
                              ConnectionLimits connectionLimits, int warmSessions,
                              ObjectAnswerDelay objectAnswerDelay, Transport transport) {

    /** Default bound on messages waiting for a slow client before it is disconnected. */
    public static final int DEFAULT_MAX_PENDING_MESSAGES = 100_000;

    public SimulatorConfig {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(serverOffset, "serverOffset");
        Objects.requireNonNull(connectionLimits, "connectionLimits");
        Objects.requireNonNull(objectAnswerDelay, "objectAnswerDelay");
        Objects.requireNonNull(transport, "transport").requireAvailable();
        projects = List.copyOf(projects);
        credentials = List.copyOf(credentials);
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("projects: none (expected: at least one)");
        }
        if (projects.stream().map(ProjectConfig::name).distinct().count() != projects.size()) {
            throw new IllegalArgumentException("projects: duplicate names in "
                    + projects.stream().map(ProjectConfig::name).toList());
        }
        if (warmSessions < 0) {
            throw new IllegalArgumentException("warmSessions: " + warmSessions + " (expected: >= 0)");
        }
        if (maxPendingMessages < 1) {
            throw new IllegalArgumentException("maxPendingMessages: " + maxPendingMessages + " (expected: >= 1)");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link SimulatorConfig}; defaults: 127.0.0.1, any login, system clock, the system's offset now. */
    public static final class Builder {
        private String bindAddress = "127.0.0.1";
        private final List<ProjectConfig> projects = new ArrayList<>();
        private final List<Credentials> credentials = new ArrayList<>();
        private Clock clock = Clock.systemUTC();
        private ZoneOffset serverOffset;
        private int maxPendingMessages = DEFAULT_MAX_PENDING_MESSAGES;
        private ConnectionLimits connectionLimits = ConnectionLimits.DEFAULT;
        private int warmSessions;
        private ObjectAnswerDelay objectAnswerDelay = ObjectAnswerDelay.NONE;
        /** Null: {@link Transport#preferred()}, decided when built. */
        private Transport transport;

        private Builder() {
        }

        public Builder bindAddress(String address) {
            this.bindAddress = address;
            return this;
        }

        public Builder project(ProjectConfig project) {
            projects.add(project);
            return this;
        }

        public Builder credentials(Credentials... accepted) {
            credentials.addAll(List.of(accepted));
            return this;
        }

        public Builder credentials(List<Credentials> accepted) {
            credentials.addAll(accepted);
            return this;
        }

        public Builder clock(Clock c) {
            this.clock = c;
            return this;
        }

        /** The UTC offset of dates the server sends and of date literals in filters. */
        public Builder serverOffset(ZoneOffset offset) {
            this.serverOffset = offset;
            return this;
        }

        public Builder maxPendingMessages(int max) {
            this.maxPendingMessages = max;
            return this;
        }

        /** What a connection may hold before and after its login, and how many may be open per project. */
        public Builder connectionLimits(ConnectionLimits limits) {
            this.connectionLimits = limits;
            return this;
        }

        /**
         * Sessions of a script's report client run against a throwaway server before each project's port opens, so
         * that a connection's path is compiled before the first real client (see {@code ConnectionWarmUp}); 0, the
         * default, for none (tests and embedders start many simulators and need no warm-up).
         */
        public Builder warmSessions(int sessions) {
            this.warmSessions = sessions;
            return this;
        }

        /** The socket layer of the projects' event loops; default {@link Transport#preferred()} (epoll on Linux). */
        public Builder transport(Transport transport) {
            this.transport = transport;
            return this;
        }

        /** A test seam: answer some {@code query_object}s late (see {@link ObjectAnswerDelay}); default at once. */
        public Builder objectAnswerDelay(ObjectAnswerDelay delay) {
            this.objectAnswerDelay = delay;
            return this;
        }

        public SimulatorConfig build() {
            ZoneOffset offset = serverOffset != null ? serverOffset
                    : ZoneId.systemDefault().getRules().getOffset(clock.instant());
            return new SimulatorConfig(bindAddress, projects, credentials, clock, offset, maxPendingMessages,
                    connectionLimits, warmSessions, objectAnswerDelay,
                    transport != null ? transport : Transport.preferred());
        }
    }
}
