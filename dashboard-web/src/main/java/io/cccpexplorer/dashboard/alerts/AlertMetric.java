package io.cccpexplorer.dashboard.alerts;

import java.util.Locale;
import java.util.Optional;

/**
 * A figure a threshold can watch. Queue figures are watched per queue and for the project's total; agent figures
 * (time in pause or wrap-up) per agent. The wire names are the figures' names in {@code /api/queues}.
 */
public enum AlertMetric {
    WAITING("waiting", Direction.HIGH_IS_BAD, Subject.Kind.QUEUE),
    LONGEST_WAIT_S("longest_wait_s", Direction.HIGH_IS_BAD, Subject.Kind.QUEUE),
    SERVICE_LEVEL("service_level", Direction.LOW_IS_BAD, Subject.Kind.QUEUE),
    ABANDON_RATE("abandon_rate", Direction.HIGH_IS_BAD, Subject.Kind.QUEUE),
    AGENTS_AVAILABLE("agents_available", Direction.LOW_IS_BAD, Subject.Kind.QUEUE),
    PAUSE_S("pause_s", Direction.HIGH_IS_BAD, Subject.Kind.AGENT),
    WRAP_UP_S("wrap_up_s", Direction.HIGH_IS_BAD, Subject.Kind.AGENT);

    /** Which side of a threshold is the bad one. */
    public enum Direction { HIGH_IS_BAD, LOW_IS_BAD }

    private final String wire;
    private final Direction direction;
    private final Subject.Kind watches;

    AlertMetric(String wire, Direction direction, Subject.Kind watches) {
        this.wire = wire;
        this.direction = direction;
        this.watches = watches;
    }

    public String wire() {
        return wire;
    }

    public Direction direction() {
        return direction;
    }

    /** {@link Subject.Kind#QUEUE} for queue figures (also read for the project), AGENT for agent times. */
    public Subject.Kind watches() {
        return watches;
    }

    /** True when {@code value} is on the bad side of {@code limit} (the limit itself counts as bad). */
    boolean breaches(double value, double limit) {
        return direction == Direction.HIGH_IS_BAD ? value >= limit : value <= limit;
    }

    public static Optional<AlertMetric> fromWire(String wire) {
        String w = wire.trim().toLowerCase(Locale.ROOT);
        for (AlertMetric m : values()) {
            if (m.wire.equals(w)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
