package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.dashboard.view.ChartPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One project's intraday chart: a point every {@code every} since the business day started. It belongs to the
 * dashboard, not to a {@link ProjectHub}: closing an idle project or reloading a browser loses nothing (the time
 * nobody watched shows as a gap). A new day starts an empty curve. Bounded: at most one day of points at the
 * configured cadence. Thread-safe.
 */
final class DayCurve {

    private final BusinessDay day;
    private final int capacity;
    private final List<ChartPoint> points = new ArrayList<>();
    private Instant start;

    DayCurve(BusinessDay day, Duration every) {
        this.day = day;
        // a day is at most 25 h long (the end of daylight saving time)
        this.capacity = (int) Math.min(100_000, Duration.ofHours(25).toMillis() / Math.max(1, every.toMillis()) + 1);
    }

    /** Appends a point; one from an earlier day than the curve's is ignored, one of a later day starts afresh. */
    synchronized void add(ChartPoint point) {
        Instant at = Instant.ofEpochMilli(point.t());
        Instant pointDay = day.startOf(at);
        if (start == null || pointDay.isAfter(start)) {
            start = pointDay;
            points.clear();
        } else if (pointDay.isBefore(start)) {
            return;
        }
        if (!points.isEmpty() && points.get(points.size() - 1).t() >= point.t()) {
            return;   // never out of order: the browser appends pushed points blindly
        }
        if (points.size() == capacity) {
            points.remove(0);
        }
        points.add(point);
    }

    /** The points of the day that contains {@code now}, oldest first. */
    synchronized List<ChartPoint> points(Instant now) {
        return start != null && start.equals(day.startOf(now)) ? List.copyOf(points) : List.of();
    }

    /** The newest point of the day that contains {@code now}, or {@code null}. */
    synchronized ChartPoint latest(Instant now) {
        return points.isEmpty() || !start.equals(day.startOf(now)) ? null : points.get(points.size() - 1);
    }
}
