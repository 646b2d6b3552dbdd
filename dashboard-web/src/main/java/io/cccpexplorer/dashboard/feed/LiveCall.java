package io.cccpexplorer.dashboard.feed;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One call session. Mirrors {@code client.model.Call}.
 *
 * @param answered when an agent took the call, or {@code null}
 * @param end when the call ended, or {@code null} while it is in progress
 */
public record LiveCall(int objectId, String sessionId, Direction direction, String caller, String called, String queue,
                       String agentLogin, State state, OffsetDateTime start, OffsetDateTime answered,
                       OffsetDateTime end) {

    /** Which side placed the call. */
    public enum Direction { INCOMING, OUTGOING, UNKNOWN }

    /** Where the call is in its life. */
    public enum State { RINGING, WAITING, TALKING, ENDED }

    /** Duration up to {@code now}, or up to its end once it ended; zero without a start date. */
    public Duration duration(OffsetDateTime now) {
        if (start == null) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(start, end != null ? end : now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    public boolean active() {
        return state != State.ENDED;
    }
}
