package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A call: one call session (session_type 1) with its queue tasks. Immutable; absent values are {@code null}.
 *
 * <p>Direction from {@code connections.first.incoming}; caller/called from the first connection's remote/local
 * address (the caller's leg: once an agent answers, the last connection is the agent's leg, which would make every
 * answered call look outgoing) without {@code sip:}/{@code tel:} and {@code @host}. Status and disposition:
 * {@link CallStatusRule}. A call still open when the data ends stays open: no end time is invented.
 *
 * @param queue       the queue of the call's latest task (full name, as {@link QueueStats#name()}), {@code null}
 *                    before it reaches a queue
 * @param agentLogin  the agent of the latest task that was offered or answered, {@code null} when none
 * @param status      where the call is now
 * @param disposition how it ended, {@code null} while open
 * @param statusSince when it entered {@code status}, {@code null} when the data does not date it (an offer)
 * @param start       {@code create_date}
 * @param queuedSince when it first entered a queue, {@code null} if it never did
 * @param answered    for a call that queued, when an agent first took it; for a call that never queued, when its
 *                    connection connected; {@code null} otherwise
 * @param end         {@code terminate_date} (else the caller leg's disconnection), {@code null} while the call lasts
 * @param tasks       its queue tasks, oldest first
 */
public record Call(int objectId, String sessionId, CallDirection direction, String caller, String called,
                   String queue, String agentLogin, CallStatus status, CallDisposition disposition,
                   OffsetDateTime statusSince, OffsetDateTime start, OffsetDateTime queuedSince,
                   OffsetDateTime answered, OffsetDateTime end, List<QueueTask> tasks) {

    /**
     * Copies the tasks.
     *
     * @param objectId    the session's object id
     * @param sessionId   the session id
     * @param direction   incoming, outgoing or unknown
     * @param caller      the calling number
     * @param called      the called number
     * @param queue       the queue of the call's latest task (full name, as {@link QueueStats#name()}), {@code null}
     *                    before it reaches a queue
     * @param agentLogin  the agent of the latest task that was offered or answered, {@code null} when none
     * @param status      where the call is now
     * @param disposition how it ended, {@code null} while open
     * @param statusSince when it entered {@code status}, {@code null} when the data does not date it (an offer)
     * @param start       {@code create_date}
     * @param queuedSince when it first entered a queue, {@code null} if it never did
     * @param answered    for a call that queued, when an agent first took it; for a call that never queued, when its
     *                    connection connected; {@code null} otherwise
     * @param end         {@code terminate_date} (else the caller leg's disconnection), {@code null} while the call
     *                    lasts
     * @param tasks       its queue tasks, oldest first
     */
    public Call {
        tasks = List.copyOf(tasks);
    }

    /**
     * A call from what the server says about it, with {@link CallStatusRule} deciding status and disposition: the
     * one way to build a call, for the live model, log replay and the durable history alike.
     *
     * @param objectId  the session's object id
     * @param sessionId the session id
     * @param direction incoming, outgoing or unknown
     * @param caller    the calling number
     * @param called    the called number
     * @param start     the session's {@code create_date}
     * @param connected the caller leg's {@code connected_date}
     * @param ended     {@code terminate_date}, else the caller leg's {@code disconnected_date}; {@code null} while open
     * @param tasks     its queue tasks, oldest first
     * @return the call
     */
    public static Call of(int objectId, String sessionId, CallDirection direction, String caller, String called,
                          OffsetDateTime start, OffsetDateTime connected, OffsetDateTime ended,
                          List<QueueTask> tasks) {
        CallStatusRule.Result status = CallStatusRule.of(new CallStatusRule.Facts(direction, start, connected, ended,
                tasks));
        QueueTask last = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
        OffsetDateTime answered = tasks.isEmpty() ? connected : null;
        String agent = null;
        for (QueueTask t : tasks) {
            if (answered == null && t.answered() != null) {
                answered = t.answered();
            }
            if (t.agentLogin() != null) {
                agent = t.agentLogin();
            }
        }
        return new Call(objectId, sessionId, direction, caller, called, last == null ? null : last.queue(), agent,
                status.status(), status.disposition(), status.since(), start,
                tasks.isEmpty() ? null : tasks.get(0).queuedSince(), answered, ended, tasks);
    }

    /** {@return true until the call ended} */
    public boolean active() {
        return status != CallStatus.ENDED;
    }

    /**
     * @param now the current instant
     * @return from start to end, or to {@code now} while the call lasts; zero without a start date
     */
    public Duration duration(Instant now) {
        return Durations.between(start, end, now);
    }

    /**
     * @param now the current instant
     * @return time in queues before the first answer (or the end, or {@code now}); zero if the call never queued
     */
    public Duration waitTime(Instant now) {
        if (queuedSince == null) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        for (QueueTask t : tasks) {
            total = total.plus(t.waitTime(now));
            if (t.isAnswered()) {
                break;
            }
        }
        return total;
    }

    /**
     * @param now the current instant
     * @return conversation time with agents, all answered tasks together (until {@code now} for the current one)
     */
    public Duration talkTime(Instant now) {
        Duration total = Duration.ZERO;
        for (QueueTask t : tasks) {
            total = total.plus(t.talkTime(end != null && t.ended() == null ? end.toInstant() : now));
        }
        return total;
    }

    /**
     * @param now the current instant
     * @return time in the current status at {@code now}; zero when its start is unknown
     */
    public Duration timeInStatus(Instant now) {
        return Durations.between(statusSince, end, now);
    }
}
