package io.cccpexplorer.dashboard.replay;

import java.util.Locale;

/** Where a snapshot's load is: waiting for a slot, reading files, serving, or failed with a reason. */
public enum SnapshotState {
    QUEUED, LOADING, READY, FAILED;

    /** The JSON spelling: {@code queued}, {@code loading}, {@code ready}, {@code failed}. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
        return this == READY || this == FAILED;
    }
}
