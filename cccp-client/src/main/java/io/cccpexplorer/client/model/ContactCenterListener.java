package io.cccpexplorer.client.model;

import io.cccpexplorer.client.ConnectionState;

/**
 * Changes of a {@link ContactCenter}, called in order on the model's own serial executor (never the I/O
 * thread). Every method has an empty default.
 *
 * <p>For a durable history: {@link #onCallEnded} gives each call once, when it ends, with all its dates, queue
 * tasks, agents and disposition; {@link #onAgentInterval} gives each closed stretch of an agent in one status.
 * Both come in the same order as the {@code onAgent}/{@code onCall} changes that caused them. When the listener
 * was too slow and changes were skipped ({@link #onResync()}), the skipped ones are lost for it: re-read
 * {@link ContactCenter#snapshot()}.
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
     * A call ended and its queue tasks too: reported once per call, with all its dates, tasks, agents and
     * disposition, right after the {@link #onCall} change that completed it. Calls that had ended before the model
     * connected are reported when they are loaded (a store should upsert by session id).
     *
     * @param call the ended call
     */
    default void onCallEnded(Call call) {
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
