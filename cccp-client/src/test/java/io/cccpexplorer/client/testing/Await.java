package io.cccpexplorer.client.testing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The one way client tests wait for something another thread does: poll a condition until it holds, failing
 * with the condition's description after a generous limit. The limit only turns a hang into a failure on a
 * shared, loaded machine; no test asserts on how long anything takes.
 */
public final class Await {

    /** Long enough for a loaded 2-core machine; only reached when the test fails anyway. */
    public static final Duration LIMIT = Duration.ofSeconds(20);

    private Await() {
    }

    /**
     * Waits until {@code condition} holds; an {@link AssertionError} thrown by the condition counts as "not yet"
     * (and becomes the cause of the failure if it never holds).
     */
    public static void until(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + LIMIT.toNanos();
        AssertionError last = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (AssertionError e) {
                last = e;
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError("not within " + LIMIT.toSeconds() + " s: " + what, last);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for: " + what, e);
            }
        }
    }

    /**
     * Whether {@code condition} holds within {@code limit} (polled every millisecond, sleeping: the threads waited
     * for need the cores): for a test that gives other threads a moment before it moves a simulated clock on.
     */
    public static boolean holdsWithin(Duration limit, BooleanSupplier condition) {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - end > 0) {
                return false;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return true;
    }

    /** Waits until {@code assertion} passes. */
    public static void untilAsserted(String what, Runnable assertion) {
        until(what, () -> {
            assertion.run();
            return true;
        });
    }
}
