package io.cccpexplorer.dashboard.screens;

import io.cccpexplorer.dashboard.alerts.Alert;
import io.cccpexplorer.dashboard.alerts.AlertCenter;
import io.cccpexplorer.dashboard.alerts.Severity;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.cccpexplorer.dashboard.view.IsoTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every project at a glance. Reads only the projects already open (watched by a browser, or pinned), so listing
 * 100 projects opens no connection; the others show as {@link OverviewRow#NOT_WATCHED}.
 */
public final class Overview {

    private final ProjectHubs hubs;
    private final AlertCenter alerts;
    private final Clock clock;

    public Overview(ProjectHubs hubs, AlertCenter alerts, Clock clock) {
        this.hubs = hubs;
        this.alerts = alerts;
        this.clock = clock;
    }

    /** One row per project of the catalog, in the catalog's order. */
    public List<OverviewRow> rows() {
        List<OverviewRow> rows = new ArrayList<>();
        for (ServerEntry server : hubs.catalog().servers()) {
            rows.add(row(server));
        }
        return rows;
    }

    private OverviewRow row(ServerEntry server) {
        String project = server.project();
        boolean pinned = hubs.keptOpen(project);
        Optional<ProjectHub> open = hubs.ifOpen(project);
        if (open.isEmpty()) {
            return new OverviewRow(project, server.source().wire(), OverviewRow.NOT_WATCHED, null, null, 0, pinned,
                    null, 0, 0);
        }
        ProjectHub hub = open.get();
        ConnectionStatus c = hub.connection();
        Headline figures = Headline.project(hub.feed().snapshot(), clock.instant());
        int warn = 0;
        int alarm = 0;
        for (Alert a : alerts.open(project)) {
            if (a.level() == Severity.ALARM) {
                alarm++;
            } else {
                warn++;
            }
        }
        return new OverviewRow(project, server.source().wire(), c.state().wire(), IsoTime.iso(c.since()), c.error(),
                hub.streamCount(), pinned, figures, warn, alarm);
    }
}
