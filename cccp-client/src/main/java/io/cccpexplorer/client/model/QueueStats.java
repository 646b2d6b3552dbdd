package io.cccpexplorer.client.model;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * Live counters of one queue ({@code ccenter_dispatch_db_queue}). Virtual queues ({@code VQ_*}) and queues of
 * type {@code user} are kept here; views hide them with {@link #hiddenInViews()}. Immutable.
 */
public record QueueStats(int objectId, String name, String displayName, String type, boolean virtualQueue,
                         int logged, int working, int waiting, int callsInProgress, OffsetDateTime oldestWaiting) {

    /** How long the oldest waiting call has waited at {@code now}; zero when nobody waits. */
    public Duration longestWait(Instant now) {
        if (oldestWaiting == null || waiting == 0) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(oldestWaiting.toInstant(), now);
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Virtual ({@code VQ_*} or flagged) and per-user queues, which the dashboards do not show. */
    public boolean hiddenInViews() {
        return virtualQueue || name.startsWith("VQ_") || "user".equals(type);
    }
}
