package io.cccpexplorer.history;

import java.time.Duration;
import java.util.Map;

/**
 * What the queue figures are measured against: the service-level target per queue (answered within it counts as
 * "in target"; default 20 s) and the short-abandon threshold (callers who hang up within it are counted apart
 * and left out of the service level; default 5 s; zero: none), as the live model counts them. Applied when a
 * slot's figures are written: a new target applies to the slots written after it (the stored target is returned
 * with each figure).
 */
public record ServiceTargets(Duration defaultTarget, Map<String, Duration> perQueue, Duration shortAbandon) {

    public static final ServiceTargets DEFAULT = new ServiceTargets(Duration.ofSeconds(20), Map.of(),
            Duration.ofSeconds(5));

    public ServiceTargets {
        perQueue = Map.copyOf(perQueue);
        if (defaultTarget.isNegative() || shortAbandon.isNegative()) {
            throw new IllegalArgumentException("service targets cannot be negative");
        }
    }

    public Duration targetOf(String queue) {
        return perQueue.getOrDefault(queue, defaultTarget);
    }
}
