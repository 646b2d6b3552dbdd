package io.cccpexplorer.dashboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.alerts.AlertCenter;
import io.cccpexplorer.dashboard.alerts.AlertWebhook;
import io.cccpexplorer.dashboard.alerts.LiveAlerts;
import io.cccpexplorer.dashboard.cccp.EmbeddedSimulator;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.FeedOpener;
import io.cccpexplorer.dashboard.http.DashboardJson;
import io.cccpexplorer.dashboard.http.DashboardMetrics;
import io.cccpexplorer.dashboard.history.HistoryService;
import io.cccpexplorer.dashboard.history.LiveRecorder;
import io.cccpexplorer.dashboard.history.RecordingCoverage;
import io.cccpexplorer.dashboard.history.StoredCurves;
import io.cccpexplorer.dashboard.replay.ReplaySettings;
import io.cccpexplorer.dashboard.http.DashboardRoutes;
import io.cccpexplorer.dashboard.project.BusinessDay;
import io.cccpexplorer.dashboard.project.CurveArchive;
import io.cccpexplorer.dashboard.project.MysqlProjects;
import io.cccpexplorer.dashboard.project.ProjectCatalog;
import io.cccpexplorer.dashboard.project.ProjectDirectory;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running dashboard: Undertow serving API.md over the projects' live feeds.
 *
 * <pre>{@code
 * try (DashboardServer server = DashboardServer.start(DashboardConfig.builder().port(0).build())) {
 *     System.out.println(server.uri());
 * }
 * }</pre>
 */
public final class DashboardServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
    /** Name of the embedded simulated project. */
    public static final String DEMO_PROJECT = "DEMO";

    private final DashboardConfig config;
    private final Undertow undertow;
    private final ScheduledExecutorService timer;
    private final ProjectHubs hubs;
    private final DashboardMetrics metrics;
    private final FeedSources feeds;
    /** The call history, {@code null} when off. */
    private final HistoryService history;
    private final LiveAlerts alerts;
    private final AlertWebhook webhook;

    private DashboardServer(DashboardConfig config, Undertow undertow, ScheduledExecutorService timer,
                            ProjectHubs hubs, DashboardMetrics metrics, FeedSources feeds, LiveAlerts alerts,
                            AlertWebhook webhook, HistoryService history) {
        this.config = config;
        this.alerts = alerts;
        this.webhook = webhook;
        this.undertow = undertow;
        this.timer = timer;
        this.hubs = hubs;
        this.metrics = metrics;
        this.feeds = feeds;
        this.history = history;
    }

    /** Starts the dashboard; it serves until {@link #close()}. */
    public static DashboardServer start(DashboardConfig config) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "dashboard-timer");
            t.setDaemon(true);
            return t;
        });
        ObjectMapper json = DashboardJson.create();
        EmbeddedSimulator simulator = config.simulator() && config.feedOpener() == null ? startSimulator(config)
                : null;
        FeedSources feeds = new FeedSources(config, timer, simulator);
        List<ServerEntry> simulated = config.simulator()
                ? List.of(new ServerEntry(DEMO_PROJECT, "127.0.0.1", simulator == null ? 0 : simulator.port(), 0,
                        "embedded", ServerEntry.Source.SIMULATOR))
                : List.of();
        Optional<ProjectDirectory> mysql = config.mysql()
                .map(m -> ProjectDirectory.of(new MysqlProjects(m), config.clock()));
        ProjectCatalog catalog = new ProjectCatalog(mysql, config.servers(), simulated);
        FeedOpener opener = config.feedOpener() != null ? config.feedOpener() : feeds;
        HistoryService history = config.history().enabled()
                ? HistoryService.open(config.history(), config.dataDir(), config.mysql(), config.clock(),
                config.historySlots()) : null;
        StoredCurves curves = history == null ? null : history.startCurves();
        // recorded projects stay open like pinned ones, watched or not; the intraday charts are kept in the history
        ProjectHubs hubs = new ProjectHubs(catalog, opener, config.clock(), json, config.eventRingSize(),
                config.feedIdleTimeout(), new BusinessDay(config.zone(), config.dayStart()), config.kpiEvery(),
                p -> config.pinnedProjects().contains(p) || config.history().records(p), config::figureSettings,
                curves == null ? CurveArchive.NONE : curves);
        LiveAlerts alerts = new LiveAlerts(new AlertCenter(config.alerts().rules(), config.clock()), hubs,
                config.clock());
        AlertWebhook webhook = config.alerts().webhook().map(w -> new AlertWebhook(w, json)).orElse(null);
        if (webhook != null) {
            alerts.center().observe(webhook);
        }
        DashboardMetrics metrics = new DashboardMetrics(hubs);
        Undertow undertow = Undertow.builder()
                .addHttpListener(config.port(), config.effectiveHost())
                .setIoThreads(2)
                .setWorkerThreads(32)
                // the parser's own limits are above RequestEdges' so that a too long URL or header block, or a
                // backslash, gets its JSON error there instead of the parser's empty 400
                .setServerOption(UndertowOptions.MAX_HEADER_SIZE, 64 * 1024)
                .setServerOption(UndertowOptions.ALLOW_UNESCAPED_CHARACTERS_IN_URL, true)
                .setServerOption(UndertowOptions.NO_REQUEST_TIMEOUT, 120_000)
                .setHandler(DashboardRoutes.compressed(DashboardRoutes.build(config, hubs, alerts.center(),
                        metrics, json, config.clock(), history)))
                .build();
        try {
            undertow.start();
        } catch (RuntimeException e) {
            hubs.close();
            catalog.close();
            metrics.close();
            feeds.close();
            if (history != null) {
                history.close();
            }
            timer.shutdownNow();
            if (webhook != null) {
                webhook.close();
            }
            throw e;
        }
        timer.scheduleAtFixedRate(hubs::sampleAll, config.kpiEvery().toMillis(), config.kpiEvery().toMillis(),
                TimeUnit.MILLISECONDS);
        long countsEvery = ProjectHub.COALESCE_EVERY.toMillis();
        timer.scheduleAtFixedRate(hubs::pushCoalescedAll, countsEvery, countsEvery, TimeUnit.MILLISECONDS);
        timer.scheduleAtFixedRate(hubs::closeIdle, 30, 30, TimeUnit.SECONDS);
        if (history != null) {
            timer.scheduleAtFixedRate(history::purge, 1, 24 * 60, TimeUnit.MINUTES);
            metrics.historyDisk(history::diskBytes);
            metrics.historyGaps(() -> history.missing().size());
            LiveRecorder recorder = history.startRecording(200_000);
            metrics.historyRecorder(recorder);
            metrics.historyCurves(curves);
            // the Logger directory of the History page's replay: a restart's unrecorded span is imported from it
            RecordingCoverage coverage = history.startCoverage(
                    ReplaySettings.fromEnvironment(System.getenv()).logsRoot());
            timer.scheduleAtFixedRate(() -> {
                recorder.follow(hubs);
                coverage.observe(hubs);
            }, 0, 2, TimeUnit.SECONDS);
        }
        timer.scheduleAtFixedRate(alerts::tick, 1, 1, TimeUnit.SECONDS);
        timer.execute(hubs::openKept);
        timer.scheduleAtFixedRate(hubs::openKept, 60, 60, TimeUnit.SECONDS);
        DashboardServer server = new DashboardServer(config, undertow, timer, hubs, metrics, feeds, alerts,
                webhook, history);
        LOG.info("dashboard listening on {}", server.uri());
        return server;
    }

    /** Starts the embedded project; a failure fails the dashboard's start (no fake data in its place). */
    private static EmbeddedSimulator startSimulator(DashboardConfig config) {
        EmbeddedSimulator sim = EmbeddedSimulator.start(DEMO_PROJECT, config.simulatorAgents(), 42L, config.clock());
        LOG.info("embedded simulator: project {} on 127.0.0.1:{} ({} agents)", DEMO_PROJECT, sim.port(),
                config.simulatorAgents());
        return sim;
    }

    /** The bound port (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) undertow.getListenerInfo().get(0).getAddress()).getPort();
    }

    public URI uri() {
        String host = config.effectiveHost();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    public DashboardConfig config() {
        return config;
    }

    /** The open projects (tests and the load tool use it to observe the server side). */
    public ProjectHubs hubs() {
        return hubs;
    }

    /** Every project's alerts (tests observe the server side with it). */
    public AlertCenter alerts() {
        return alerts.center();
    }

    /** Evaluates the alert rules now instead of at the next one-second tick (tests). */
    public void evaluateAlerts() {
        alerts.tick();
    }

    /** The call history, empty when off. */
    public java.util.Optional<HistoryService> history() {
        return java.util.Optional.ofNullable(history);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        try { // a sample under way hands its points to the history before the history closes
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (webhook != null) {
            webhook.close();
        }
        hubs.close();   // ends the event streams while their I/O threads still run
        undertow.stop();
        hubs.catalog().close();
        metrics.close();
        feeds.close();
        if (history != null) {
            history.close();
        }
        LOG.info("dashboard stopped");
    }
}
