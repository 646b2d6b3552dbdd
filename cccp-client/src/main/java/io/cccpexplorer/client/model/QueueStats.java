package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Live counters of one queue as the server keeps them ({@code ccenter_dispatch_db_queue}). Virtual queues
 * ({@code VQ_*}) and queues of type {@code user} are kept here; views hide them with {@link #hiddenInViews()}.
 * The model's own figures per queue are {@link QueueFigures}. Immutable; absent values are {@code null}.
 *
 * @param name        the queue's full name ({@code PROJECT__QUEUE}): the one key of a queue everywhere in the model
 *                    ({@link Call#queue()}, {@link Agent#queues()}, {@link QueueTask#queue()}, figures)
 * @param displayName the server's {@code display_name}, else the name without its project prefix
 */
public record QueueStats(int objectId, String name, String displayName, String type, boolean virtualQueue,
                         int logged, int working, int waiting, int callsInProgress, OffsetDateTime oldestWaiting) {

    /**
     * @param now the current instant
     * @return how long the oldest waiting call has waited at {@code now}; zero when nobody waits
     */
    public Duration longestWait(Instant now) {
        return waiting == 0 ? Duration.ZERO : Durations.between(oldestWaiting, now);
    }

    /** {@return true for virtual ({@code VQ_*} or flagged) and per-user queues, which the dashboards do not show} */
    public boolean hiddenInViews() {
        return virtualQueue || QueueNames.shortName(name).startsWith("VQ_") || "user".equals(type);
    }
}
