package io.cccpexplorer.dashboard.alerts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Alert changes on their way to the SSE streams: at most one frame per alert per {@link LiveAlerts#tick} (one a
 * second), carrying the alert as it is at the tick and the kind of change the browsers need. A raise stays a raise
 * through a level change or an acknowledgement in the same tick; a clear is always told, even of an alert raised
 * in the same tick (a browser that loaded {@code /api/alerts} meanwhile holds it; the others ignore the clear of an
 * alert they do not know), so every browser ends in the alert's real state. The webhook is not concerned: it is
 * told every change. Thread-safe (acknowledgements come from HTTP threads, evaluations from the timer).
 */
final class AlertFrames {

    private final Map<Long, AlertChange> pending = new LinkedHashMap<>();

    /** One change of an alert, to go out at the next tick merged with the alert's other changes. */
    synchronized void offer(AlertChange change) {
        pending.merge(change.alert().id(), change, AlertFrames::merge);
    }

    /** What goes out now, one change per alert, in the order the alerts first changed; empties this. */
    synchronized List<AlertChange> drain() {
        List<AlertChange> due = new ArrayList<>(pending.values());
        pending.clear();
        return due;
    }

    private static AlertChange merge(AlertChange before, AlertChange next) {
        AlertChange.Kind kind = next.kind() == AlertChange.Kind.CLEARED ? AlertChange.Kind.CLEARED
                : before.kind() == AlertChange.Kind.RAISED ? AlertChange.Kind.RAISED : next.kind();
        return new AlertChange(kind, next.alert());
    }
}
