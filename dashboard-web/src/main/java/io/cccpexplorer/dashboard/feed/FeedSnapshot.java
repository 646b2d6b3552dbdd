package io.cccpexplorer.dashboard.feed;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A consistent, immutable copy of one project's live state.
 *
 * @param calls calls in progress and recently ended calls the feed still knows about
 * @param sequence the feed's change counter at the time of the copy
 * @param lastChange when the state last changed, with the server's offset
 */
public record FeedSnapshot(List<LiveAgent> agents, List<LiveCall> calls, List<LiveQueue> queues, long sequence,
                           OffsetDateTime lastChange) {

    public FeedSnapshot {
        agents = List.copyOf(agents);
        calls = List.copyOf(calls);
        queues = List.copyOf(queues);
    }
}
