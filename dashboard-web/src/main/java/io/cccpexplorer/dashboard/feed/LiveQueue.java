package io.cccpexplorer.dashboard.feed;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One queue with the server's own counters. Mirrors {@code client.model.QueueStats}.
 *
 * @param name full name as the server spells it ({@code PROJECT__QUEUE})
 * @param oldestWaiting arrival date of the oldest waiting call, or {@code null}
 */
public record LiveQueue(int objectId, String name, String displayName, String type, boolean virtualQueue, int priority,
                        int logged, int working, int waiting, int callsInProgress, OffsetDateTime oldestWaiting) {

    /** How long the oldest waiting call has waited at {@code now}. */
    public Duration longestWait(OffsetDateTime now) {
        if (oldestWaiting == null || waiting == 0) {
            return Duration.ZERO;
        }
        Duration d = Duration.between(oldestWaiting, now);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
