package io.cccpexplorer.dashboard.replay;

import java.time.LocalDate;
import java.util.OptionalInt;

/** The import benchmark's baseline: one day loaded the way the History page loads it (package-private there). */
public final class ReplayBenchAccess {

    private ReplayBenchAccess() {
    }

    /**
     * Loads {@code day} of {@code project} as one snapshot (the page's "whole day" choice), waits until it is ready,
     * frees it, and returns the records it loaded.
     */
    public static long loadDay(ReplaySnapshots snapshots, String project, LocalDate day) throws Exception {
        SnapshotKey key = new SnapshotKey(project, day, OptionalInt.empty());
        Snapshot s = snapshots.start(key, HourWindow.of(key, snapshots.settings().zone()), "bench").snapshot();
        try {
            while (s.state() != SnapshotState.READY) {
                if (s.state() == SnapshotState.FAILED) {
                    throw new IllegalStateException("replay of " + day + " failed: " + s.reason());
                }
                Thread.sleep(50);
            }
            return s.recordsLoaded();
        } finally {
            snapshots.delete(s.id());
        }
    }
}
