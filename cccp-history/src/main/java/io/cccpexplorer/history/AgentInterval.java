package io.cccpexplorer.history;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time one agent session spent in one status ({@code available}, {@code ringing}, {@code talking},
 * {@code on_hold}, {@code wrap_up}, {@code pause}, {@code supervising}...), with the pause reason where there is
 * one. Identified by project, agent session and start: writing it again (closed, or closed again) replaces it.
 *
 * @param end           {@code null} while the interval is still open (it then counts in no report)
 * @param callSessionId for {@code ringing}, {@code talking} and {@code wrap_up} the call it is about where the live
 *                      model knows it, else {@code null}: a call's stored wrap-up is the sum of its wrap-up intervals
 */
public record AgentInterval(String project, String sessionId, String agent, String status, String reason,
                            Instant start, Instant end, String callSessionId) {

    /** The status of after-call work, whose intervals about a call make its stored wrap-up. */
    public static final String WRAP_UP = "wrap_up";

    /** An interval about no call. */
    public AgentInterval(String project, String sessionId, String agent, String status, String reason, Instant start,
                         Instant end) {
        this(project, sessionId, agent, status, reason, start, end, null);
    }

    public AgentInterval {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(status, "status");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(start, "start");
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("interval of " + agent + " ends before it starts: "
                    + start + " > " + end);
        }
    }

    public Duration length() {
        return end == null ? Duration.ZERO : Duration.between(start, end);
    }
}
