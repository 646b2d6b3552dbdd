package io.cccpexplorer.dashboard.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.FeedOpener;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open projects: one {@link ProjectHub} per project, opened on first use, shared by every browser session, and
 * closed after {@code idleTimeout} without requests or streams.
 */
public final class ProjectHubs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectHubs.class);

    private final ProjectCatalog catalog;
    private final FeedOpener opener;
    private final Clock clock;
    private final ObjectMapper json;
    private final int ringSize;
    private final Duration idleTimeout;
    private final Map<String, ProjectHub> hubs = new ConcurrentHashMap<>();

    public ProjectHubs(ProjectCatalog catalog, FeedOpener opener, Clock clock, ObjectMapper json, int ringSize,
                       Duration idleTimeout) {
        this.catalog = catalog;
        this.opener = opener;
        this.clock = clock;
        this.json = json;
        this.ringSize = ringSize;
        this.idleTimeout = idleTimeout;
    }

    public ProjectCatalog catalog() {
        return catalog;
    }

    /**
     * The hub of a project, opening it if needed.
     *
     * @throws ProjectNotFoundException when no source lists the project
     */
    public ProjectHub hub(String project) {
        ProjectHub open = hubs.get(project);
        if (open == null) {
            ServerEntry server = catalog.find(project).orElseThrow(() -> new ProjectNotFoundException(project));
            open = hubs.computeIfAbsent(project, p -> {
                LOG.info("project {}: opening {}:{} ({})", p, server.cccip(), server.dispatchPort(),
                        server.source().wire());
                return new ProjectHub(server, opener.open(server), clock, json, ringSize);
            });
        }
        open.touch();
        return open;
    }

    /** Hubs open right now. */
    public List<ProjectHub> open() {
        return List.copyOf(hubs.values());
    }

    /** Closes hubs nobody used for {@code idleTimeout}; called periodically. */
    public void closeIdle() {
        long now = clock.millis();
        for (ProjectHub hub : open()) {
            if (hub.streamCount() == 0 && now - hub.lastUsedMillis() > idleTimeout.toMillis()
                    && hubs.remove(hub.project(), hub)) {
                LOG.info("project {}: closed after {} idle", hub.project(), idleTimeout);
                hub.close();
            }
        }
    }

    /** Takes one KPI chart point in every open project; called every 10 s. */
    public void sampleAll() {
        for (ProjectHub hub : open()) {
            try {
                hub.sample();
            } catch (RuntimeException e) {
                LOG.warn("project {}: KPI sample failed: {}", hub.project(), e.toString());
            }
        }
    }

    @Override
    public void close() {
        for (ProjectHub hub : open()) {
            hubs.remove(hub.project());
            hub.close();
        }
    }
}
