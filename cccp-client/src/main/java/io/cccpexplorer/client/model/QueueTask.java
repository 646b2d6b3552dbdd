package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * One passage of a call through a queue (a {@code file_tasks} entry): a call transferred or overflowed to another
 * queue has several. Immutable; absent values are {@code null}.
 *
 * @param callSessionId  the call's session id
 * @param taskId         {@code task_id}
 * @param queue          the queue's full name ({@code PROJECT__QUEUE}, as {@link QueueStats#name()})
 * @param state          the task's phase
 * @param queuedSince    {@code waiting_date}: when the call entered the queue
 * @param answered       {@code manage_date}: when an agent took the call, {@code null} if none did
 * @param wrapUpSince    {@code post_manage_date}: when the conversation ended and after-call work began
 * @param ended          {@code terminate_date}
 * @param agentSessionId {@code manager_session_id}: the agent offered or handling it (set when the offer starts)
 * @param agentLogin     that agent's login, {@code null} when the model never saw the agent's session
 * @param endReason      {@code reason}: the server's word for how the task ended ("managed", "transferred", …)
 */
public record QueueTask(String callSessionId, String taskId, String queue, QueueTaskState state,
                        OffsetDateTime queuedSince, OffsetDateTime answered, OffsetDateTime wrapUpSince,
                        OffsetDateTime ended, String agentSessionId, String agentLogin, String endReason) {

    /**
     * {@return true when the task names its queue and when the call entered it: what a queue's figures need to count
     * it (the live figures and the stored reports alike)}
     */
    public boolean isQueued() {
        return queue != null && queuedSince != null;
    }

    /** {@return true once an agent answered} */
    public boolean isAnswered() {
        return answered != null;
    }

    /** {@return true once the task ended} */
    public boolean isEnded() {
        return state == QueueTaskState.ENDED;
    }

    /** {@return true when the queue sent the call elsewhere unanswered: the server's reason says "overflow"} */
    public boolean overflowed() {
        return !isAnswered() && endReason != null && endReason.toLowerCase(Locale.ROOT).contains("overflow");
    }

    /** {@return true when an agent answered and then transferred the call (the server's reason says "transfer")} */
    public boolean transferredOut() {
        return isAnswered() && endReason != null && endReason.toLowerCase(Locale.ROOT).contains("transfer");
    }

    /**
     * How the task counts in its queue's figures, for the live figures and the stored reports alike: answered once
     * an agent took the call; ended unanswered, an overflow when the server says so or when the call went on to a
     * later task, else an abandon; open while neither.
     *
     * @param followed whether the call has a later task than this one
     * @return the task's outcome
     */
    public QueueTaskOutcome outcome(boolean followed) {
        if (isAnswered()) {
            return QueueTaskOutcome.ANSWERED;
        }
        if (!isEnded()) {
            return QueueTaskOutcome.OPEN;
        }
        return overflowed() || followed ? QueueTaskOutcome.OVERFLOWED : QueueTaskOutcome.ABANDONED;
    }

    /**
     * @param now the current instant
     * @return time in queue: until answered, until the task ended unanswered, or until {@code now} while waiting
     */
    public Duration waitTime(Instant now) {
        OffsetDateTime until = answered != null ? answered : ended;
        return Durations.between(queuedSince, until, now);
    }

    /**
     * @param now the current instant
     * @return conversation time: from the answer until after-call work began (or the task ended, or {@code now})
     */
    public Duration talkTime(Instant now) {
        if (answered == null) {
            return Duration.ZERO;
        }
        return Durations.between(answered, wrapUpSince != null ? wrapUpSince : ended, now);
    }
}
