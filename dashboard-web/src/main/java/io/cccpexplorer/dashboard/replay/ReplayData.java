package io.cccpexplorer.dashboard.replay;

import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.simulator.RunningSimulator;
import java.util.Map;
import java.util.Optional;

/**
 * What a ready snapshot holds: the in-process replay server, the client connection reading it, the calls index and
 * the exact session id → object id map the console looks sessions up in. Closing it frees all of it; the log files
 * are never touched.
 */
final class ReplayData implements AutoCloseable {

    private final RunningSimulator server;
    private final CccpConnection connection;
    private final ReplayCalls calls;
    private final Map<String, Integer> sessions;

    ReplayData(RunningSimulator server, CccpConnection connection, ReplayCalls calls, Map<String, Integer> sessions) {
        this.server = server;
        this.connection = connection;
        this.calls = calls;
        this.sessions = Map.copyOf(sessions);
    }

    CccpConnection connection() {
        return connection;
    }

    ReplayCalls calls() {
        return calls;
    }

    int port() {
        return server.projects().iterator().next().port();
    }

    /** The object id of exactly this session id (no substring match). */
    Optional<Integer> objectId(String sessionId) {
        return Optional.ofNullable(sessions.get(sessionId));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            server.close();
        }
    }
}
