package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A call: one call session (session_type 1). Immutable.
 *
 * <p>Derivation: direction from {@code connections.first.incoming}; caller/called from the first connection's
 * remote/local address (the first connection is the caller's leg; once an agent answers, the session's last
 * connection is the agent's leg, which would make every answered call look outgoing) without {@code sip:}/{@code tel:} and {@code @host}; queue and agent from the call's
 * queue task (file_tasks; the last one seen is remembered after it ends); state: ENDED once the session is
 * terminated or the caller's connection disconnected, TALKING once the task is managed (or, without task, once
 * connected), WAITING while a task waits, RINGING before that.
 *
 * @param answered for a call that queued, when an agent took it ({@code null} if none did: abandoned or still
 *                 waiting); for a call that never queued, when its connection connected
 * @param end      {@code terminate_date} (else the disconnection date), {@code null} while the call lasts
 */
public record Call(int objectId, String sessionId, CallDirection direction, String caller, String called,
                   String queue, String agentLogin, CallState state, OffsetDateTime start, OffsetDateTime answered,
                   OffsetDateTime end) {

    /** From start to end, or to {@code now} while the call lasts; zero without a start date. */
    public Duration duration(Instant now) {
        if (start == null) {
            return Duration.ZERO;
        }
        Instant until = end != null ? end.toInstant() : now;
        Duration d = Duration.between(start.toInstant(), until);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
