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
 * once per browser), and every alert change becomes an {@code alert} event in that project's stream.
 */
public final class LiveAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAlerts.class);
    /** Alert changes travel as SSE events of this type. */
    public static final String EVENT_TYPE = "alert";

    private final AlertCenter center;
    private final ProjectHubs hubs;
    private final Clock clock;

    public LiveAlerts(AlertCenter center, ProjectHubs hubs, Clock clock) {
        this.center = center;
        this.hubs = hubs;
        this.clock = clock;
        center.observe(this::publish);
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
