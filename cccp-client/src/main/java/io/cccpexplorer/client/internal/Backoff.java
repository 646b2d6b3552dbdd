package io.cccpexplorer.client.internal;

import java.time.Duration;
import java.util.function.LongUnaryOperator;

/**
 * Exponential backoff with full jitter: attempt n waits a random time in 0..min(max, min·2^n). The random
 * source is injected so that tests are deterministic.
 */
final class Backoff {

    private final long minMillis;
    private final long maxMillis;
    private final LongUnaryOperator random;

    /**
     * @param random given a bound b (>= 1), returns a value in 0..b-1
     */
    Backoff(Duration min, Duration max, LongUnaryOperator random) {
        this.minMillis = Math.max(1, min.toMillis());
        this.maxMillis = Math.max(minMillis, max.toMillis());
        this.random = random;
    }

    /** The upper bound for attempt {@code attempt} (0-based), overflow-safe. */
    long boundMillis(int attempt) {
        int shift = Math.min(Math.max(attempt, 0), 30);
        long bound = minMillis << shift;
        return bound <= 0 || bound > maxMillis ? maxMillis : bound;
    }

    /** The delay before attempt {@code attempt}, at least 1 ms. */
    long delayMillis(int attempt) {
        long bound = boundMillis(attempt);
        return Math.max(1, random.applyAsLong(bound + 1));
    }
}
