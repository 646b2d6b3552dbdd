package io.cccpexplorer.simulator;

import io.cccpexplorer.simulator.source.RecordFeed;
import java.time.Duration;
import java.time.Instant;

/**
 * When a project's next tick runs, and whether it is the windowed queries' tick (one a second of the project's
 * clock). The tick wakes when the feed's next record is due, if the feed knows it, never sooner than
 * {@link #TICK_MILLIS} after the previous tick, and at least for the windowed queries: a quiet synthetic site or a
 * sparse paced replay no longer wakes its thread twenty times a second to find nothing due (#11: each wake-up costs
 * a core a client may be using; the dispatch wakes once a second when idle).
 *
 * @param delayMillis real milliseconds from now
 * @param window      whether this tick is the windowed queries' own: it runs them even if the clock reads a hair
 *                    short of their second
 */
record NextTick(long delayMillis, boolean window) {

    /**
     * The shortest delay between ticks: records due closer together are applied in one tick (a large site's
     * thousands of records a second), and a feed that does not know its next record is polled at this pace.
     */
    static final long TICK_MILLIS = 50;
    /** The longest: the windowed queries' second, also when the feed has nothing that can become due. */
    static final long IDLE_TICK_MILLIS = 1000;
    /** The rate of a clock whose pace is not known (see {@link #plan}). */
    static final double UNKNOWN_RATE = Double.NaN;

    /**
     * Plans the tick after one at {@code now}.
     *
     * @param now            the project's clock
     * @param lastWindowTick when the windowed queries last ran, by the project's clock
     * @param feed           the project's records
     * @param clockRate      how much faster than real time the project's clock runs (a synthetic project's speed),
     *                       so that a wait on its clock becomes a real delay; {@link #UNKNOWN_RATE} for a clock an
     *                       embedder gave, which may jump (a test's manual clock): polled every tick, as no wait on
     *                       it can become a real delay
     */
    static NextTick plan(Instant now, Instant lastWindowTick, RecordFeed feed, double clockRate) {
        if (Double.isNaN(clockRate)) {
            return new NextTick(TICK_MILLIS, false);
        }
        long untilWindow = realMillisUntil(now, lastWindowTick.plusSeconds(1), clockRate);
        long untilRecord = !feed.live() ? Long.MAX_VALUE
                : feed.nextRecordAt().map(at -> realMillisUntil(now, at, clockRate)).orElse(TICK_MILLIS);
        long delay = Math.max(TICK_MILLIS, Math.min(Math.min(untilWindow, untilRecord), IDLE_TICK_MILLIS));
        // a clock that does not run never reaches the windowed queries' second either
        return new NextTick(delay, untilWindow != Long.MAX_VALUE && untilWindow <= untilRecord);
    }

    /** Real milliseconds, rounded up, until the project's clock reads {@code at}; 0 if it is past. */
    static long realMillisUntil(Instant now, Instant at, double clockRate) {
        if (!at.isAfter(now)) {
            return 0;
        }
        if (!(clockRate > 0)) {
            return Long.MAX_VALUE;   // a clock that does not run never reaches it
        }
        Duration wait = Duration.between(now, at);
        // a double beyond the range of long casts to Long.MAX_VALUE
        return (long) Math.ceil((wait.getSeconds() + wait.getNano() / 1e9) * 1000 / clockRate);
    }
}
