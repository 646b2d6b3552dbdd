package io.cccpexplorer.client.model;

import io.cccpexplorer.client.ConnectionState;

/**
 * Changes of a {@link ContactCenter}, called in order on the model's own serial executor (never the I/O
 * thread). Every method has an empty default.
 *
 * <p>For a durable history: {@link #onCallEnded} gives each call when it ends, with all its dates, queue tasks,
 * agents and disposition, and again if a row that arrives later changes any of them; {@link #onAgentInterval} gives
 * each closed stretch of an agent in one status. Both come in the same order as the {@code onAgent}/{@code onCall}
 * changes that caused them. When the listener was too slow and changes were skipped ({@link #onResync()}), the
 * skipped ones are lost for it: re-read {@link ContactCenter#snapshot()}.
 */
public interface ContactCenterListener {

    /**
     * An agent's session appeared, changed or left.
     *
     * @param change the agent before and after
     */
    default void onAgent(Change<Agent> change) {
    }

    /**
     * A call appeared, changed or left the live model.
     *
     * @param change the call before and after
     */
    default void onCall(Change<Call> change) {
    }

    /**
     * A queue's counters or figures changed, or the queue appeared or left.
     *
     * @param change the queue before and after
     */
    default void onQueue(Change<QueueStats> change) {
    }

    /**
     * A call ended, its session too ({@code terminate_date}: its end no longer moves) and its queue tasks too, with
     * all its dates, tasks, agents and disposition: reported right after the {@link #onCall} change that completed
     * it ({@link ChangeKind#ADDED}: {@code previous} is {@code null}). A call whose session goes on after the
     * caller hung up (the {@code onCall} changes show it ended) is reported when the session ends.
     *
     * <p>A call is reported again ({@link ChangeKind#UPDATED}, {@code previous} the call as reported last) only
     * when a later change alters it while it is complete: the call session and its queue tasks come through
     * different lists, and a task row that arrives after the call's end (a busy server answers it late) gives the
     * call a queue, agents, waits and a disposition that its first report lacked. It is reported right after the
     * {@link #onCall} change that caused it; never with a value equal to the last one reported, never while a task
     * of the call is still open (it is reported when that task ends), never because a task row left the server's
     * list (a purge: the model's call loses the task, the call as reported stands). Calls that had ended before the
     * model connected are reported when they are loaded. So a store that upserts by session id holds each call
     * whole, whichever list came first; a counter counts the {@code ADDED} reports once, and an {@code UPDATED}
     * one moves from {@code previous} (its queue, agent, disposition) to {@code current}.
     *
     * @param report the ended call ({@link Change#current()}) and the one it corrects, if any; its
     *               {@link Change#sequence()} is that of the {@code onCall} change that caused it
     */
    default void onCallEnded(Change<Call> report) {
    }

    /**
     * An agent left a status (changed status or logged out); the interval is closed.
     *
     * @param interval the closed stretch in one status
     */
    default void onAgentInterval(AgentInterval interval) {
    }

    /**
     * The connection under the model changed state (data may be stale while it is not READY).
     *
     * @param state the new state
     */
    default void onConnectionState(ConnectionState state) {
    }

    /**
     * Changes were skipped (slow listener) or the server's lists were reloaded (reconnect): the differences came
     * before as changes where they could; re-read {@link ContactCenter#snapshot()}. Once per resync.
     */
    default void onResync() {
    }
}
