package io.cccpexplorer.history;

import io.cccpexplorer.client.model.CallDisposition;

import io.cccpexplorer.client.model.CallDirection;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Terse stored calls for tests: times in seconds after a base instant. */
final class Calls {

    static final String PROJECT = "ACME";

    private Calls() {
    }

    /** A call queued at base+queuedS in {@code queue}, answered by {@code agent} after waiting, talking talkS. */
    static StoredCall answered(String id, Instant base, long queuedS, String queue, long waitS, String agent,
                               long talkS, String caller) {
        Instant queued = base.plusSeconds(queuedS);
        Instant answered = queued.plusSeconds(waitS);
        return new StoredCall(PROJECT, id, CallDirection.INCOMING, caller, "0800", "menu", queue, List.of(queue),
                agent, List.of(agent), queued.minusSeconds(10), queued, answered, answered.plusSeconds(talkS),
                CallDisposition.ANSWERED, Duration.ofSeconds(waitS), Duration.ofSeconds(talkS), null,
                Duration.ofSeconds(5));
    }

    static StoredCall abandoned(String id, Instant base, long queuedS, String queue, long waitS, String caller) {
        Instant queued = base.plusSeconds(queuedS);
        return new StoredCall(PROJECT, id, CallDirection.INCOMING, caller, "0800", "menu", queue, List.of(queue), "",
                List.of(), queued.minusSeconds(10), queued, null, queued.plusSeconds(waitS),
                CallDisposition.ABANDONED_QUEUE,
                Duration.ofSeconds(waitS), Duration.ZERO, null, null);
    }

    /** A call that left {@code queue} unanswered after waiting, for a destination outside the queues. */
    static StoredCall overflowed(String id, Instant base, long queuedS, String queue, long waitS, String caller) {
        Instant queued = base.plusSeconds(queuedS);
        return new StoredCall(PROJECT, id, CallDirection.INCOMING, caller, "0800", "menu", queue, List.of(queue), "",
                List.of(), queued.minusSeconds(10), queued, null, queued.plusSeconds(waitS),
                CallDisposition.OVERFLOWED, Duration.ofSeconds(waitS), Duration.ZERO, null, null);
    }

    static StoredCall open(String id, Instant base, long queuedS, String queue, String caller) {
        Instant queued = base.plusSeconds(queuedS);
        return new StoredCall(PROJECT, id, CallDirection.INCOMING, caller, "0800", "menu", queue, List.of(queue), "",
                List.of(), queued.minusSeconds(10), queued, null, null, null, Duration.ZERO, Duration.ZERO,
                null, null);
    }
}
