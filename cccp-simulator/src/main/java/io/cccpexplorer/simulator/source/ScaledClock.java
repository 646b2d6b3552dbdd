package io.cccpexplorer.simulator.source;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock that runs {@code speed} times faster than {@code base} from {@code origin} on (fast-forward). */
public final class ScaledClock extends Clock {

    private final Clock base;
    private final Instant origin;
    private final double speed;

    public ScaledClock(Clock base, Instant origin, double speed) {
        this.base = base;
        this.origin = origin;
        this.speed = speed;
    }

    @Override
    public Instant instant() {
        Duration elapsed = Duration.between(origin, base.instant());
        return origin.plusNanos((long) (elapsed.toNanos() * speed));
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new ScaledClock(base.withZone(zone), origin, speed);
    }
}
