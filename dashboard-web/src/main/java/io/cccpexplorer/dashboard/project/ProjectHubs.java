package io.cccpexplorer.dashboard.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.FeedOpener;
import io.cccpexplorer.dashboard.view.ChartPoint;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
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
    private final BusinessDay businessDay;
    private final Duration kpiEvery;
    private final Map<String, ProjectHub> hubs = new ConcurrentHashMap<>();
    private final Predicate<String> keepOpen;
    private final Function<String, FigureSettings> figures;
    /** Each project's intraday chart; kept when its hub closes, so the day's curve survives idle periods. */
    private final Map<String, DayCurve> curves = new ConcurrentHashMap<>();
    /** Where the charts outlive this dashboard: a restarted one reads the day's points back. */
    private final CurveArchive archive;

    public ProjectHubs(ProjectCatalog catalog, FeedOpener opener, Clock clock, ObjectMapper json, int ringSize,
                       Duration idleTimeout, BusinessDay businessDay, Duration kpiEvery) {
        this(catalog, opener, clock, json, ringSize, idleTimeout, businessDay, kpiEvery, project -> false);
    }

    /**
     * @param businessDay when the projects' day starts (the intraday chart restarts then)
     * @param kpiEvery the intraday chart's cadence
     * @param keepOpen projects whose hub stays open without anybody watching (pinned in the configuration), so
     *                 their alerts are computed and the overview shows their figures
     */
    public ProjectHubs(ProjectCatalog catalog, FeedOpener opener, Clock clock, ObjectMapper json, int ringSize,
                       Duration idleTimeout, BusinessDay businessDay, Duration kpiEvery, Predicate<String> keepOpen) {
        this(catalog, opener, clock, json, ringSize, idleTimeout, businessDay, kpiEvery, keepOpen,
                project -> FigureSettings.defaults(businessDay.zone()).withDayStart(businessDay.start()));
    }

    /**
     * @param figures each project's figure settings, the ones its model computes with (its teams among them)
     */
    public ProjectHubs(ProjectCatalog catalog, FeedOpener opener, Clock clock, ObjectMapper json, int ringSize,
                       Duration idleTimeout, BusinessDay businessDay, Duration kpiEvery, Predicate<String> keepOpen,
                       Function<String, FigureSettings> figures) {
        this(catalog, opener, clock, json, ringSize, idleTimeout, businessDay, kpiEvery, keepOpen, figures,
                CurveArchive.NONE);
    }

    /**
     * @param archive where the intraday charts are kept for a restarted dashboard ({@link CurveArchive#NONE}: not)
     */
    public ProjectHubs(ProjectCatalog catalog, FeedOpener opener, Clock clock, ObjectMapper json, int ringSize,
                       Duration idleTimeout, BusinessDay businessDay, Duration kpiEvery, Predicate<String> keepOpen,
                       Function<String, FigureSettings> figures, CurveArchive archive) {
        this.archive = archive;
        this.keepOpen = keepOpen;
        this.figures = figures;
        this.catalog = catalog;
        this.opener = opener;
        this.clock = clock;
        this.json = json;
        this.ringSize = ringSize;
        this.idleTimeout = idleTimeout;
        this.businessDay = businessDay;
        this.kpiEvery = kpiEvery;
    }

    /** How often {@link #sampleAll()} is to be called. */
    public Duration kpiEvery() {
        return kpiEvery;
    }

    /**
     * The figure settings of {@code project} (its teams, targets, zone, day start), without opening it: the one
     * team catalogue of the tables, the wallboard and the reports.
     */
    public FigureSettings figureSettings(String project) {
        return figures.apply(project);
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
                FigureSettings settings = figures.apply(p);
                // the project's own zone and day start (setting timezone/day.start PROJECT=…), else the dashboard's
                BusinessDay day = new BusinessDay(settings.zone(), settings.dayStart());
                DayCurve curve = curves.computeIfAbsent(p, x -> {
                    DayCurve made = new DayCurve(day, kpiEvery);
                    made.seedFrom(archive, p, clock.instant());
                    return made;
                });
                return new ProjectHub(server, opener.open(server), clock, json, ringSize, day, curve,
                        kpiEvery, settings);
            });
        }
        open.touch();
        return open;
    }

    /** The hub of a project if it is open; never opens one (the overview must not open every project). */
    public Optional<ProjectHub> ifOpen(String project) {
        return Optional.ofNullable(hubs.get(project));
    }

    /** Whether a project's hub stays open without watchers. */
    public boolean keptOpen(String project) {
        return keepOpen.test(project);
    }

    /** Opens the hubs of the projects kept open; called at start and periodically (MySQL may list them late). */
    public void openKept() {
        List<ServerEntry> servers;
        try {
            servers = catalog.servers();
        } catch (RuntimeException e) {
            LOG.warn("pinned projects: the project list is unavailable: {}", e.toString());
            return;
        }
        for (ServerEntry s : servers) {
            if (keepOpen.test(s.project()) && !hubs.containsKey(s.project())) {
                try {
                    hub(s.project());
                } catch (RuntimeException e) {
                    LOG.warn("project {}: cannot open (pinned): {}", s.project(), e.toString());
                }
            }
        }
    }

    /** Hubs open right now. */
    public List<ProjectHub> open() {
        return List.copyOf(hubs.values());
    }

    /**
     * Closes hubs nobody used for {@code idleTimeout} (reached, not exceeded: a zero timeout closes a hub used in
     * this very millisecond); called periodically.
     */
    public void closeIdle() {
        long now = clock.millis();
        for (ProjectHub hub : open()) {
            if (hub.streamCount() == 0 && !keepOpen.test(hub.project())
                    && now - hub.lastUsedMillis() >= idleTimeout.toMillis() && hubs.remove(hub.project(), hub)) {
                LOG.info("project {}: closed after {} idle", hub.project(), idleTimeout);
                hub.close();
            }
        }
    }

    /** Takes one chart point in every open project; called every {@link #kpiEvery()}. */
    public void sampleAll() {
        Map<String, ChartPoint> taken = new LinkedHashMap<>();
        for (ProjectHub hub : open()) {
            try {
                taken.put(hub.project(), hub.sample());
            } catch (RuntimeException e) {
                LOG.warn("project {}: KPI sample failed: {}", hub.project(), e.toString());
            }
        }
        if (!taken.isEmpty()) {
            archive.keep(taken);
        }
    }

    /**
     * Pushes what each open project coalesces (agents' counts, changed queues' figures); called every COALESCE_EVERY.
     */
    public void pushCoalescedAll() {
        for (ProjectHub hub : open()) {
            try {
                hub.pushCoalesced();
            } catch (RuntimeException e) {
                LOG.warn("project {}: coalesced push failed: {}", hub.project(), e.toString());
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
