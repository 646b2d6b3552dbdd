package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.dashboard.view.ChartPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Where the intraday charts outlive the dashboard (the call history's store): a restarted dashboard draws the day
 * up to its restart. {@link #NONE} keeps nothing (no history configured).
 */
public interface CurveArchive {

    /** Keeps nothing, finds nothing. */
    CurveArchive NONE = new CurveArchive() {
        @Override
        public CompletionStage<List<ChartPoint>> points(String project, Instant from, Instant to) {
            return CompletableFuture.completedFuture(List.of());
        }

        @Override
        public void keep(Map<String, ChartPoint> points) {
        }
    };

    /**
     * The points of {@code project} kept in [{@code from}, {@code to}), oldest first; read off the caller's thread.
     * Fails when the store cannot be read (the chart then starts empty, as without an archive).
     */
    CompletionStage<List<ChartPoint>> points(String project, Instant from, Instant to);

    /** Keeps the points just taken, by project; never blocks (written off the caller's thread, bounded). */
    void keep(Map<String, ChartPoint> points);
}
