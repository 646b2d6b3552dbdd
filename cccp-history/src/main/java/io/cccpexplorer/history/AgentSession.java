package io.cccpexplorer.history;

import java.time.Instant;
import java.util.Objects;

/** One login of an agent: from login to logout ({@code null} while logged in). Identified by its session id. */
public record AgentSession(String project, String sessionId, String agent, String name, Instant login,
                           Instant logout) {

    public AgentSession {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(agent, "agent");
        name = name == null ? "" : name;
        Objects.requireNonNull(login, "login");
    }
}
