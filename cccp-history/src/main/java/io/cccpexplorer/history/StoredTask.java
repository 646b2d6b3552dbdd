package io.cccpexplorer.history;

import io.cccpexplorer.client.model.QueueTaskOutcome;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One passage of a stored call through a queue, as that queue's figures count it: the live model's queue task
 * ({@code call_tasks}, V7). A call that overflowed from one queue to another counts in both, as live.
 *
 * @param queue       the queue's full name
 * @param queued      when the call entered the queue
 * @param answered    when an agent took the call, {@code null} if none did
 * @param ended       when the task ended, {@code null} while open
 * @param outcome     how it counts (the model's {@code QueueTask.outcome}); stored in lower case
 * @param waited      time in the queue until answered or ended
 * @param talk        time talking with the agent (zero if unanswered)
 * @param agent       the agent who answered, "" if none
 * @param transferred whether the agent who answered transferred the call ({@code QueueTask.transferredOut})
 * @param handlesCall whether the call's hold and wrap-up count with this task: its last answered one
 */
public record StoredTask(String queue, Instant queued, Instant answered, Instant ended, QueueTaskOutcome outcome,
                         Duration waited, Duration talk, String agent, boolean transferred, boolean handlesCall) {

    public StoredTask {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(queued, "queued");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(waited, "waited");
        Objects.requireNonNull(talk, "talk");
        Objects.requireNonNull(agent, "agent");
    }
}
