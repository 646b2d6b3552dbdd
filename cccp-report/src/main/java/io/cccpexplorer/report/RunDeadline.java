package io.cccpexplorer.report;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The one deadline {@code -timeout} sets for a run (or, with {@code -batch}, for the connection and then for each
 * query): every wait takes what is left of it, so connect attempts, login and answers together never exceed it.
 *
 * @param timeout the {@code -timeout} it was started from, as the user wrote it (for messages)
 * @param endNanos when it expires, on the {@code nanoTime} scale
 * @param nanoTime the monotonic clock it reads
 */
record RunDeadline(Duration timeout, long endNanos, LongSupplier nanoTime) {

    static RunDeadline start(Duration timeout, LongSupplier nanoTime) {
        return new RunDeadline(timeout, nanoTime.getAsLong() + timeout.toNanos(), nanoTime);
    }

    /** What is left, never negative. */
    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - nanoTime.getAsLong()));
    }

    /** The message when it expired while waiting for {@code what}, e.g. "login to 127.0.0.1:20103". */
    String expired(String what) {
        return what + " timed out after " + human(timeout) + " (-timeout)";
    }

    static String human(Duration d) {
        long millis = d.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
