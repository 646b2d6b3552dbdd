package io.cccpexplorer.history;

import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.client.model.QueueTaskOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call as the history keeps it: written when it ends (or, at the end of the data, open: no end, no
 * disposition). Identified by project and session id, so writing it again replaces it with itself.
 *
 * @param queue    the queue it waited in last, "" if it never queued (the queue figures count its {@code tasks})
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
 * @param tasks    its passages through queues, each counted in its queue's figures ({@link StoredTask})
 */
public record StoredCall(String project, String sessionId, CallDirection direction, String caller, String called,
                         String ivrEntry, String queue, List<String> queues, String agent, List<String> agents,
                         Instant start, Instant queued, Instant answered, Instant end, CallDisposition disposition,
                         Duration waited, Duration talk, Duration hold, Duration wrapUp, List<StoredTask> tasks) {

    public StoredCall {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(start, "start");
        queues = List.copyOf(queues);
        agents = List.copyOf(agents);
        tasks = List.copyOf(tasks);
        if ((disposition == null) != (end == null)) {
            throw new IllegalArgumentException("call " + sessionId + ": an open call has no end and no disposition, "
                    + "an ended call has both");
        }
    }

    /**
     * A call with one passage through a queue, {@code queue} (none if it is ""): counted there at
     * {@link #countedAt()} with the call's own wait, talk, agent and outcome. What the reports counted for every call
     * before the tasks were stored (migration V7 gives the calls stored before it this one task).
     */
    public StoredCall(String project, String sessionId, CallDirection direction, String caller, String called,
                      String ivrEntry, String queue, List<String> queues, String agent, List<String> agents,
                      Instant start, Instant queued, Instant answered, Instant end, CallDisposition disposition,
                      Duration waited, Duration talk, Duration hold, Duration wrapUp) {
        this(project, sessionId, direction, caller, called, ivrEntry, queue, queues, agent, agents, start, queued,
                answered, end, disposition, waited, talk, hold, wrapUp, queue.isEmpty() ? List.of()
                        : List.of(new StoredTask(queue, queued != null ? queued : start, answered, end,
                        answered != null ? QueueTaskOutcome.ANSWERED : disposition == null ? QueueTaskOutcome.OPEN
                                : disposition == CallDisposition.OVERFLOWED ? QueueTaskOutcome.OVERFLOWED
                                : QueueTaskOutcome.ABANDONED, waited, talk, agent,
                        disposition == CallDisposition.TRANSFERRED, true)));
    }

    /** The same call with {@code tasks} as its passages through queues. */
    public StoredCall withTasks(List<StoredTask> tasks) {
        return new StoredCall(project, sessionId, direction, caller, called, ivrEntry, queue, queues, agent, agents,
                start, queued, answered, end, disposition, waited, talk, hold, wrapUp, tasks);
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
