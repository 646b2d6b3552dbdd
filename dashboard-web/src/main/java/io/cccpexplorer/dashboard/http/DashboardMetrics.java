package io.cccpexplorer.dashboard.http;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.cccpexplorer.dashboard.feed.ConnectionStatus;
import io.cccpexplorer.dashboard.history.LiveRecorder;
import io.cccpexplorer.dashboard.history.StoredCurves;
import io.cccpexplorer.dashboard.project.ProjectHub;
import io.cccpexplorer.dashboard.project.ProjectHubs;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * The dashboard's Prometheus metrics: HTTP requests by route and status, open SSE streams, CCCP connection states
 * and model sizes per open project, and the JVM.
 */
public final class DashboardMetrics implements AutoCloseable {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicInteger consoleStreams = new AtomicInteger();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public DashboardMetrics(ProjectHubs hubs) {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        gc.bindTo(registry);
        Gauge.builder("dashboard_sse_clients", hubs, h -> h.open().stream().mapToInt(ProjectHub::streamCount).sum())
                .tag("stream", "events").description("Open /api/events/stream connections").register(registry);
        Gauge.builder("dashboard_sse_clients", consoleStreams, AtomicInteger::get)
                .tag("stream", "console").description("Open /api/console/stream connections").register(registry);
        Gauge.builder("dashboard_projects_open", hubs, h -> h.open().size())
                .description("Projects with an open CCCP feed").register(registry);
        for (ConnectionStatus.State state : ConnectionStatus.State.values()) {
            Gauge.builder("dashboard_cccp_connections", hubs,
                    h -> h.open().stream().filter(p -> p.connection().state() == state).count())
                    .tag("state", state.wire()).description("Open projects by CCCP connection state")
                    .register(registry);
        }
        Gauge.builder("dashboard_model_listener_failures", hubs,
                h -> h.open().stream().mapToLong(p -> p.feed().listenerFailures()).sum())
                .description("Listener calls that threw (each missed a change) across open projects")
                .register(registry);
        Gauge.builder("dashboard_model_agents", hubs,
                h -> h.open().stream().mapToInt(p -> p.feed().snapshot().agents().size()).sum())
                .description("Agents across open projects").register(registry);
        Gauge.builder("dashboard_model_calls", hubs,
                h -> h.open().stream().mapToInt(p -> p.feed().snapshot().calls().size()).sum())
                .description("Calls across open projects").register(registry);
        Gauge.builder("dashboard_model_queues", hubs,
                h -> h.open().stream().mapToInt(p -> p.feed().snapshot().queues().size()).sum())
                .description("Queues across open projects").register(registry);
    }

    /** Records one finished request. */
    void request(String route, String method, int status, long nanos) {
        Timer.builder("dashboard_http_requests").tag("route", route).tag("method", method)
                .tag("status", Integer.toString(status)).register(registry).record(Duration.ofNanos(nanos));
    }

    AtomicInteger consoleStreams() {
        return consoleStreams;
    }

    /** The call history's disk use, as {@code cccp_history_disk_bytes} (-1 while the store cannot tell). */
    public void historyDisk(java.util.function.LongSupplier bytes) {
        io.micrometer.core.instrument.Gauge.builder("cccp.history.disk", bytes, b -> b.getAsLong())
                // held strongly: the supplier is a lambda nobody else keeps, and a gauge's weak reference lost it
                // (the gauge read NaN after the first collection)
                .strongReference(true).baseUnit("bytes").description("Disk used by the call history")
                .register(registry);
    }

    /**
     * The call history's spans no dashboard recorded and not filled from the logs (or being filled), as
     * {@code cccp_history_gaps} (-1 while the store cannot tell); each is listed in {@code /health}.
     */
    public void historyGaps(java.util.function.IntSupplier gaps) {
        io.micrometer.core.instrument.Gauge.builder("cccp.history.gaps", gaps, g -> {
            try {
                return g.getAsInt();
            } catch (RuntimeException e) {
                return -1;
            }
        }).strongReference(true).description("Spans of the call history not recorded and not filled from the logs")
                .register(registry);
    }

    /**
     * What the live recorder did, as counters: {@code cccp_history_rows_total} by {@code outcome} (written: rows
     * stored the first time; corrected: written again; lost: dropped while the store was slow or down; refused:
     * calls the store cannot hold) and {@code cccp_history_write_failures_total}; an alert on lost rows or failing
     * writes needs no scraping of {@code /health}.
     */
    public void historyRecorder(LiveRecorder recorder) {
        String rows = "Rows of the live recorder, by outcome";
        outcome("cccp.history.rows", rows, "written", recorder, LiveRecorder::written);
        outcome("cccp.history.rows", rows, "corrected", recorder, LiveRecorder::corrected);
        outcome("cccp.history.rows", rows, "lost", recorder, LiveRecorder::lost);
        outcome("cccp.history.rows", rows, "refused", recorder, LiveRecorder::refused);
        FunctionCounter.builder("cccp.history.write.failures", recorder, r -> r.failures())
                .description("Failed writes or roll-ups of the live recorder (each retried)").register(registry);
    }

    /**
     * The intraday charts' points kept in the history's store: {@code cccp_history_curve_points_total} by
     * {@code outcome} (written, lost) and {@code cccp_history_curve_write_failures_total}.
     */
    public void historyCurves(StoredCurves curves) {
        String points = "Intraday chart points kept in the history, by outcome";
        outcome("cccp.history.curve.points", points, "written", curves, StoredCurves::written);
        outcome("cccp.history.curve.points", points, "lost", curves, StoredCurves::lost);
        FunctionCounter.builder("cccp.history.curve.write.failures", curves, c -> c.failures())
                .description("Failed writes of intraday chart points (each retried with the next ones)")
                .register(registry);
    }

    /** One series of a counter split by {@code outcome}, read from {@code source} at each scrape. */
    private <T> void outcome(String name, String description, String outcome, T source, ToLongFunction<T> count) {
        FunctionCounter.builder(name, source, s -> count.applyAsLong(s)).tag("outcome", outcome)
                .description(description).register(registry);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
