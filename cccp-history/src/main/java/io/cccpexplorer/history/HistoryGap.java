package io.cccpexplorer.history;

import java.time.Instant;
import java.util.Objects;

/**
 * A span of a project's time no live recorder covered (the dashboard was down, or started after the last recorded
 * moment): filled from the logs, being filled, or a gap the reports over it must mention.
 *
 * @param reason why it is (still) a gap, or how it was filled
 */
public record HistoryGap(String project, Instant from, Instant to, State state, String reason) {

    /** Where the span stands. */
    public enum State {
        /** The logs are being imported for it. */
        FILLING,
        /** Imported from the logs: the store is complete over it. */
        FILLED,
        /** Not filled (no logs configured, no log files, or the import failed): reports over it lack data. */
        GAP;

        public String wire() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public HistoryGap {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("a gap ends after it starts: " + from + " .. " + to);
        }
    }

    public HistoryGap with(State next, String why) {
        return new HistoryGap(project, from, to, next, why);
    }

    /** Whether the reports over it lack data (not filled yet). */
    public boolean missing() {
        return state != State.FILLED;
    }
}
