package io.cccpexplorer.client.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The one rule that turns a call session and its queue tasks into a {@link CallStatus} and, once ended, a
 * {@link CallDisposition}. Pure: the live model, log replay and the durable history all call it.
 *
 * <p>Status of an open call, from its latest queue task: waiting → {@code WAITING} (since queued), offered →
 * {@code RINGING}, contact or post-contact → {@code TALKING} (since answered); the latest task ended after a
 * transfer → {@code TRANSFERRING}; ended unanswered, or no task at all → {@code IVR} for an incoming call (the
 * voice menu, or not yet answered by the platform). An outgoing call without task is {@code RINGING} until
 * connected, then {@code TALKING}.
 *
 * <p>Disposition of an ended call ({@code terminate_date}, else the caller leg's disconnection): no task →
 * {@code ABANDONED_IVR}; latest task answered → {@code TRANSFERRED} if it ended as a transfer, else
 * {@code ANSWERED}; latest task unanswered → {@code OVERFLOWED} if it ended by overflow, else
 * {@code ABANDONED_QUEUE} — unless an earlier task was answered, then {@code ANSWERED} (the caller hung up while
 * being transferred after talking to an agent). An outgoing call without task that connected is {@code ANSWERED}.
 */
public final class CallStatusRule {

    private CallStatusRule() {
    }

    /**
     * What the server says about one call. Absent values are {@code null}.
     *
     * @param direction the caller leg's direction
     * @param start     {@code create_date}
     * @param connected the caller leg's {@code connected_date}
     * @param ended     {@code terminate_date}, else the caller leg's {@code disconnected_date}
     * @param tasks     the call's queue tasks, oldest first
     */
    public record Facts(CallDirection direction, OffsetDateTime start, OffsetDateTime connected,
                        OffsetDateTime ended, List<QueueTask> tasks) {
        /**
         * Copies the tasks.
         *
         * @param direction the caller leg's direction
         * @param start     {@code create_date}
         * @param connected the caller leg's {@code connected_date}
         * @param ended     {@code terminate_date}, else the caller leg's {@code disconnected_date}
         * @param tasks     the call's queue tasks, oldest first
         */
        public Facts {
            tasks = List.copyOf(tasks);
        }
    }

    /**
     * The rule's answer.
     *
     * @param status      the status
     * @param disposition how it ended, {@code null} while open
     * @param since       when the status began, {@code null} when the data does not date it (an offer)
     */
    public record Result(CallStatus status, CallDisposition disposition, OffsetDateTime since) {
    }

    /**
     * The status the facts give.
     *
     * @param f what the server says about the call
     * @return its status, disposition and since when
     */
    public static Result of(Facts f) {
        List<QueueTask> tasks = f.tasks();
        QueueTask last = tasks.isEmpty() ? null : tasks.get(tasks.size() - 1);
        if (f.ended() != null) {
            return new Result(CallStatus.ENDED, disposition(f, last), f.ended());
        }
        if (last == null) {
            if (f.direction() == CallDirection.OUTGOING) {
                return f.connected() != null ? new Result(CallStatus.TALKING, null, f.connected())
                        : new Result(CallStatus.RINGING, null, f.start());
            }
            return new Result(CallStatus.IVR, null, f.start());
        }
        return switch (last.state()) {
            case WAITING -> new Result(CallStatus.WAITING, null, last.queuedSince());
            case OFFERED -> new Result(CallStatus.RINGING, null, null);
            case TALKING, WRAP_UP -> new Result(CallStatus.TALKING, null, last.answered());
            case ENDED -> last.transferredOut() ? new Result(CallStatus.TRANSFERRING, null, last.ended())
                    : new Result(CallStatus.IVR, null, last.ended());
        };
    }

    private static CallDisposition disposition(Facts f, QueueTask last) {
        if (last == null) {
            return f.direction() == CallDirection.OUTGOING && f.connected() != null
                    ? CallDisposition.ANSWERED : CallDisposition.ABANDONED_IVR;
        }
        if (last.isAnswered()) {
            return last.transferredOut() ? CallDisposition.TRANSFERRED : CallDisposition.ANSWERED;
        }
        if (last.overflowed()) {
            return CallDisposition.OVERFLOWED;
        }
        for (QueueTask t : f.tasks()) {
            if (t.isAnswered()) {
                return CallDisposition.ANSWERED;
            }
        }
        return CallDisposition.ABANDONED_QUEUE;
    }
}
