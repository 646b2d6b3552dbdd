package io.cccpexplorer.client.internal;

import java.time.Duration;

/** How durations read in error messages: {@code 5 s}, {@code 250 ms}. */
final class Durations {

    private Durations() {
    }

    static String text(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }
}
