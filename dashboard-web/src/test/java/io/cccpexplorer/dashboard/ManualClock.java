package io.cccpexplorer.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Time that moves only when the test says so: the one manual clock of the dashboard's tests. */
public final class ManualClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    public ManualClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    /** A UTC clock starting at {@code start} (ISO instant). */
    public static ManualClock utc(String start) {
        return new ManualClock(Instant.parse(start), ZoneOffset.UTC);
    }

    public void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
