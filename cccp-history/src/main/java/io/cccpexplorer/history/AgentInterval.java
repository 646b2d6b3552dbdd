package io.cccpexplorer.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time one agent session spent in one status ({@code available}, {@code ringing}, {@code talking},
 * {@code on_hold}, {@code wrap_up}, {@code pause}, {@code supervising}...), with the pause reason where there is
 * one. Identified by project, agent session and start: writing it again (closed, or closed again) replaces it.
 *
 * @param end {@code null} while the interval is still open (it then counts in no report)
 */
public record AgentInterval(String project, String sessionId, String agent, String status, String reason,
                            Instant start, Instant end) {

    public AgentInterval {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("interval of " + agent + " ends before it starts: " + start + " > " + end);
        }
    }

    public Duration length() {
        return end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
