package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.dashboard.view.ChartPoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One project's intraday chart: a point every {@code every} since the business day started. It belongs to the
 * dashboard, not to a {@link ProjectHub}: closing an idle project or reloading a browser loses nothing (the time
 * nobody watched shows as a gap), and with a {@link CurveArchive} neither does a restart: the points an earlier run
 * kept of the day come before this run's ({@link #seedFrom}). A new day starts an empty curve. Bounded: at most one
 * day of points at the configured cadence. Thread-safe.
 */
final class DayCurve {

    private static final Logger LOG = LoggerFactory.getLogger(DayCurve.class);
    /**
     * How long reading the points waits for the archive's (the store's read, right after the project opened): the
     * browser reads the curve once the first picture is in, by then long done; a store that does not answer costs
     * that much once, then the chart starts at this run's first point.
     */
    static final Duration SEED_WAIT = Duration.ofSeconds(2);

    private final BusinessDay day;
    private final int capacity;
    private final List<ChartPoint> points = new ArrayList<>();
    private Instant start;
    private volatile CompletableFuture<Void> seeded = CompletableFuture.completedFuture(null);

    DayCurve(BusinessDay day, Duration every) {
        this.day = day;
        // a day is at most 25 h long (the end of daylight saving time)
        this.capacity = (int) Math.min(100_000, Duration.ofHours(25).toMillis() / Math.max(1, every.toMillis()) + 1);
    }

    /**
     * Reads what {@code archive} kept of {@code project}'s day of {@code now}, to put before this run's points;
     * {@link #points} waits for it (at most {@link #SEED_WAIT}). A failed read is logged: the chart starts now.
     */
    void seedFrom(CurveArchive archive, String project, Instant now) {
        CompletionStage<List<ChartPoint>> read;
        try {
            read = archive.points(project, day.startOf(now), now);
        } catch (RuntimeException e) {   // thrown rather than failed: the same for the chart
            read = CompletableFuture.failedFuture(e);
        }
        seeded = read.<Void>handle((kept, failure) -> {
            if (failure != null) {
                LOG.warn("project {}: the intraday chart kept before cannot be read, it starts now: {}", project,
                        failure.toString());
            } else {
                seed(kept, now);
            }
            return null;
        }).toCompletableFuture();
    }

    /** Puts the kept points of the day of {@code now} that are older than this run's first one before them. */
    synchronized void seed(List<ChartPoint> kept, Instant now) {
        Instant today = day.startOf(now);
        if (start != null && !start.equals(today)) {
            return;   // the curve is a later day's already
        }
        long firstOwn = points.isEmpty() ? Long.MAX_VALUE : points.get(0).t();
        List<ChartPoint> merged = new ArrayList<>();
        for (ChartPoint p : kept) {
            if (p.t() < firstOwn && day.startOf(Instant.ofEpochMilli(p.t())).equals(today)
                    && (merged.isEmpty() || merged.get(merged.size() - 1).t() < p.t())) {
                merged.add(p);
            }
        }
        merged.addAll(points);
        points.clear();
        points.addAll(merged.subList(Math.max(0, merged.size() - capacity), merged.size()));
        start = today;
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

    /**
     * The points of the day that contains {@code now}, oldest first; right after the curve was made, once the
     * archive's points are in (or {@link #SEED_WAIT} passed).
     */
    List<ChartPoint> points(Instant now) {
        try {
            seeded.get(SEED_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // served without them: the chart starts at this run's first point
        }
        synchronized (this) {
            return start != null && start.equals(day.startOf(now)) ? List.copyOf(points) : List.of();
        }
    }

    /** The newest point of the day that contains {@code now}, or {@code null}. */
    synchronized ChartPoint latest(Instant now) {
        return points.isEmpty() || !start.equals(day.startOf(now)) ? null : points.get(points.size() - 1);
    }
}
