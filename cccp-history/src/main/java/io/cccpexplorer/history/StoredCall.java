package io.cccpexplorer.history;

import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.CallDisposition;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call as the history keeps it: written when it ends (or, at the end of the data, open: no end, no
 * disposition). Identified by project and session id, so writing it again replaces it with itself.
 *
 * @param queue    the queue whose figures count the call (the last it waited in), "" if it never queued
 * @param queues   every queue it waited in, in order (more than one: it overflowed or was transferred)
 * @param agent    the agent who handled it last, "" if none
 * @param agents   every agent who handled it, in order
 * @param queued   when it entered its first queue, {@code null} if it never queued
 * @param answered when an agent (or the called party) answered, {@code null} if nobody did
 * @param end      when it ended, {@code null} while open
 * @param disposition how it ended (the model's), {@code null} while open; stored as {@link DispositionText}
 * @param waited   time queued until answered or abandoned
 * @param talk     time answered until end (zero if never answered)
 * @param hold     time on hold where the data shows it, else {@code null}
 * @param wrapUp   the agent's wrap-up after the call where the data shows it, else {@code null}
 */
public record StoredCall(String project, String sessionId, CallDirection direction, String caller, String called,
                         String ivrEntry, String queue, List<String> queues, String agent, List<String> agents,
                         Instant start, Instant queued, Instant answered, Instant end, CallDisposition disposition,
                         Duration waited, Duration talk, Duration hold, Duration wrapUp) {

    public StoredCall {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(start, "start");
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        if ((disposition == null) != (end == null)) {
            throw new IllegalArgumentException("call " + sessionId + ": an open call has no end and no disposition, "
                    + "an ended call has both");
        }
    }

    /** Still going at the end of the data: no end time, no disposition, counted in no figure. */
    public boolean open() {
        return end == null;
    }

    /** Talk, hold and wrap-up: the agent's time on this call. */
    public Duration handle() {
        Duration d = talk;
        if (hold != null) {
            d = d.plus(hold);
        }
        if (wrapUp != null) {
            d = d.plus(wrapUp);
        }
        return d;
    }

    /** The instant the call's figures are counted at: when it queued, else when it started. */
    public Instant countedAt() {
        return queued != null ? queued : start;
    }
}
