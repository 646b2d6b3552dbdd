package io.cccpexplorer.dashboard.alerts;

import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Binds the alert center to the open projects: every {@link #tick} reads each open project's figures once (not
 * once per browser), and the alert changes become {@code alert} events in that project's stream at the end of the
 * tick, at most one per alert per tick ({@link AlertFrames}): an acknowledgement between two ticks goes out with
 * the alert's next change, and an alert that flaps never costs the browsers more than a frame a second.
 */
public final class LiveAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAlerts.class);
    /** Alert changes travel as SSE events of this type. */
    public static final String EVENT_TYPE = "alert";

    private final AlertCenter center;
    private final ProjectHubs hubs;
    private final Clock clock;
    private final AlertFrames frames = new AlertFrames();
    private final Object publishing = new Object();

    public LiveAlerts(AlertCenter center, ProjectHubs hubs, Clock clock) {
        this.center = center;
        this.hubs = hubs;
        this.clock = clock;
        center.observe(frames::offer);
    }

    public AlertCenter center() {
        return center;
    }

    /** Evaluates every open project; projects closed since the last tick stop being read. */
    public void tick() {
        Set<String> read = new HashSet<>();
        for (ProjectHub hub : hubs.open()) {
            read.add(hub.project());
            try {
                ContactCenterSnapshot s = hub.feed().snapshot();
                center.evaluate(hub.project(), LiveReadings.of(s, clock.instant()));
            } catch (RuntimeException e) {
                LOG.warn("project {}: alert evaluation failed: {}", hub.project(), e.toString());
            }
        }
        center.retain(read);
        synchronized (publishing) {   // two ticks at once (a test's and the timer's) must not swap an alert's frames
            frames.drain().forEach(this::publish);
        }
    }

    private void publish(AlertChange change) {
        ChangeKind op = switch (change.kind()) {
            case RAISED -> ChangeKind.ADDED;
            case CHANGED, ACKNOWLEDGED -> ChangeKind.UPDATED;
            case CLEARED -> ChangeKind.REMOVED;
        };
        hubs.ifOpen(change.alert().project()).ifPresent(hub -> hub.publish(EVENT_TYPE, op, change.alert()));
    }
}
