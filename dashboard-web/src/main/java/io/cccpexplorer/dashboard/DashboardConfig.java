package io.cccpexplorer.dashboard;

import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.alerts.AlertSettings;
import io.cccpexplorer.dashboard.config.FigureConfig;
import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.config.UserAccount;
import io.cccpexplorer.dashboard.feed.FeedOpener;
import io.cccpexplorer.dashboard.history.HistorySettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a {@link DashboardServer} needs. Build with {@link #builder()}; every setting has a safe default.
 *
 * @param host bind address; a loopback address unless users are configured ({@link BindRule})
 * @param simulator start an embedded simulated project ({@code DEMO}) when true
 * @param simulatorAgents agents in the embedded project
 * @param servers CCCP servers listed in the configuration (besides MySQL and the simulator)
 * @param users dashboard logins; empty = authentication off, loopback only
 * @param mysql the portal database holding the project list, if any
 * @param corsOrigins origins allowed to call the API from another site; empty = no CORS at all
 * @param secureCookies mark the session cookie {@code Secure} even without TLS (behind a TLS proxy)
 * @param sessionTtl idle lifetime of a browser session
 * @param dataDir working directory of the dashboard (printed at startup)
 * @param cccpLogin login used on the CCCP servers; {@code null} = generated for the embedded simulator
 * @param sseMaxPendingBytes bytes that may wait for one SSE client before it is dropped; a client with data waiting
 *                           and nothing written for two {@code heartbeat}s is dropped sooner
 * @param zone the projects' time zone: where "today" starts and in which every date is shown
 * @param dayStart when the contact center's day starts in {@code zone} (day figures and the intraday chart)
 * @param kpiEvery how often each open project takes a point of the intraday chart and pushes a {@code kpi} event
 * @param feedOpener overrides how project feeds are opened (embedding and tests); {@code null} = cccp-client
 * @param alerts thresholds and the optional webhook (README "Thresholds and alerts")
 * @param pinnedProjects projects kept open without anybody watching (alerts computed, figures in the overview)
 * @param allowedHosts host names the browser may use (DNS-rebinding defence); empty = the loopback names while
 *                     authentication is off, no check while it is on
 * @param history the call history (cccp-history); off unless asked for (the command line turns it on)
 * @param figures service-level targets, short-abandon threshold and teams of the model's day figures
 */
public record DashboardConfig(String host, int port, boolean simulator, int simulatorAgents, List<ServerEntry> servers,
                              List<UserAccount> users, Optional<MysqlSettings> mysql, List<String> corsOrigins,
                              boolean secureCookies, Duration sessionTtl, Path dataDir, String cccpLogin,
                              String cccpPassword, Duration feedIdleTimeout, Duration heartbeat,
                              long sseMaxPendingBytes, int eventRingSize, int maxBodyBytes, ZoneId zone,
                              LocalTime dayStart, Duration kpiEvery, Clock clock, FeedOpener feedOpener,
                              AlertSettings alerts,
                              List<String> pinnedProjects, List<String> allowedHosts, HistorySettings history,
                              FigureConfig figures) {

    public static final int DEFAULT_PORT = 5000;

    public DashboardConfig {
        Objects.requireNonNull(host, "host");
        servers = List.copyOf(servers);
        users = List.copyOf(users);
        corsOrigins = List.copyOf(corsOrigins);
        allowedHosts = List.copyOf(allowedHosts);
        Objects.requireNonNull(mysql, "mysql");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(alerts, "alerts");
        pinnedProjects = List.copyOf(pinnedProjects);
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(figures, "figures");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        if (kpiEvery.compareTo(Duration.ofMillis(100)) < 0) {
            throw new IllegalArgumentException("kpiEvery: " + kpiEvery + " (expected: at least 100 ms)");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 0..65535)");
        }
        BindRule.check(host, !users.isEmpty());
        if (sseMaxPendingBytes < 1 || eventRingSize < 1 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Authentication is on exactly when users are configured. */
    public boolean authEnabled() {
        return !users.isEmpty();
    }

    /** The address bound: {@link #host()}, which {@link BindRule} keeps on loopback while authentication is off. */
    public String effectiveHost() {
        return host;
    }

    /**
     * Each project's time grid in the call history: the zone and day start of its live views
     * ({@link #figureSettings}), so a report's days are the days the live figures counted.
     */
    public io.cccpexplorer.history.ProjectSlots historySlots() {
        return project -> {
            FigureSettings f = figureSettings(project);
            return new io.cccpexplorer.history.Slots(f.zone(), f.dayStart());
        };
    }

    /** How the model of {@code project} computes its figures: this zone and day start, the figure rules, its teams. */
    public FigureSettings figureSettings(String project) {
        return figures.forProject(project, zone, dayStart);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.simulator = simulator;
        b.simulatorAgents = simulatorAgents;
        b.servers.addAll(servers);
        b.users.addAll(users);
        b.mysql = mysql.orElse(null);
        b.corsOrigins.addAll(corsOrigins);
        b.secureCookies = secureCookies;
        b.sessionTtl = sessionTtl;
        b.dataDir = dataDir;
        b.cccpLogin = cccpLogin;
        b.cccpPassword = cccpPassword;
        b.feedIdleTimeout = feedIdleTimeout;
        b.heartbeat = heartbeat;
        b.sseMaxPendingBytes = sseMaxPendingBytes;
        b.eventRingSize = eventRingSize;
        b.maxBodyBytes = maxBodyBytes;
        b.zone = zone;
        b.dayStart = dayStart;
        b.kpiEvery = kpiEvery;
        b.clock = clock;
        b.feedOpener = feedOpener;
        b.alerts = alerts;
        b.pinnedProjects.addAll(pinnedProjects);
        b.allowedHosts.addAll(allowedHosts);
        b.history = history;
        b.figures = figures;
        return b;
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private boolean simulator = true;
        private int simulatorAgents = 40;
        private final List<ServerEntry> servers = new ArrayList<>();
        private final List<UserAccount> users = new ArrayList<>();
        private MysqlSettings mysql;
        private final List<String> corsOrigins = new ArrayList<>();
        private boolean secureCookies;
        private Duration sessionTtl = Duration.ofHours(8);
        private Path dataDir = Path.of(".").toAbsolutePath().normalize();
        private String cccpLogin;
        private String cccpPassword;
        private Duration feedIdleTimeout = Duration.ofMinutes(5);
        private Duration heartbeat = Duration.ofSeconds(15);
        /** 32 MiB: a browser still reading a multi-megabyte snapshot of a 5,000-agent site stays below it. */
        private long sseMaxPendingBytes = 32L * 1024 * 1024;
        private int eventRingSize = 1000;
        private int maxBodyBytes = 64 * 1024;
        private ZoneId zone = ZoneId.systemDefault();
        private LocalTime dayStart = LocalTime.MIDNIGHT;
        private Duration kpiEvery = Duration.ofSeconds(10);
        private Clock clock = Clock.systemDefaultZone();
        private FeedOpener feedOpener;
        private AlertSettings alerts = AlertSettings.DEFAULT;
        private final List<String> pinnedProjects = new ArrayList<>();
        private final List<String> allowedHosts = new ArrayList<>();
        private HistorySettings history = HistorySettings.OFF;
        private FigureConfig figures = FigureConfig.DEFAULT;

        private Builder() {
        }

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder simulator(boolean on) { this.simulator = on; return this; }
        public Builder simulatorAgents(int agents) { this.simulatorAgents = agents; return this; }
        public Builder server(ServerEntry server) { servers.add(server); return this; }
        public Builder servers(List<ServerEntry> list) { servers.clear(); servers.addAll(list); return this; }
        public Builder user(UserAccount user) { users.add(user); return this; }
        public Builder users(List<UserAccount> list) { users.clear(); users.addAll(list); return this; }
        public Builder mysql(MysqlSettings settings) { this.mysql = settings; return this; }
        public Builder corsOrigin(String origin) { corsOrigins.add(origin); return this; }
        public Builder corsOrigins(List<String> list) { corsOrigins.clear(); corsOrigins.addAll(list); return this; }
        public Builder secureCookies(boolean on) { this.secureCookies = on; return this; }
        public Builder sessionTtl(Duration ttl) { this.sessionTtl = ttl; return this; }
        public Builder dataDir(Path dir) { this.dataDir = dir; return this; }
        public Builder cccpCredentials(String login, String password) {
            this.cccpLogin = login;
            this.cccpPassword = password;
            return this;
        }
        public Builder feedIdleTimeout(Duration idle) { this.feedIdleTimeout = idle; return this; }
        public Builder heartbeat(Duration every) { this.heartbeat = every; return this; }
        /** Bytes that may wait for one SSE client before it is dropped (a stall of two heartbeats drops it sooner). */
        public Builder sseMaxPendingBytes(long bytes) { this.sseMaxPendingBytes = bytes; return this; }
        public Builder eventRingSize(int events) { this.eventRingSize = events; return this; }
        public Builder maxBodyBytes(int bytes) { this.maxBodyBytes = bytes; return this; }
        public Builder zone(ZoneId zone) { this.zone = zone; return this; }
        public Builder dayStart(LocalTime start) { this.dayStart = start; return this; }
        public Builder kpiEvery(Duration every) { this.kpiEvery = every; return this; }
        public Builder clock(Clock clock) { this.clock = clock; return this; }
        public Builder feedOpener(FeedOpener opener) { this.feedOpener = opener; return this; }
        public Builder alerts(AlertSettings settings) { this.alerts = settings; return this; }
        public Builder pinnedProjects(List<String> list) {
            pinnedProjects.clear();
            pinnedProjects.addAll(list);
            return this;
        }
        public Builder allowedHosts(List<String> names) {
            allowedHosts.clear();
            allowedHosts.addAll(names);
            return this;
        }
        public Builder history(HistorySettings settings) { this.history = settings; return this; }
        public Builder figures(FigureConfig rules) { this.figures = rules; return this; }

        public DashboardConfig build() {
            return new DashboardConfig(host, port, simulator, simulatorAgents, servers, users,
                    Optional.ofNullable(mysql), corsOrigins, secureCookies, sessionTtl, dataDir, cccpLogin,
                    cccpPassword, feedIdleTimeout, heartbeat, sseMaxPendingBytes, eventRingSize, maxBodyBytes, zone,
                    dayStart, kpiEvery, clock, feedOpener, alerts, pinnedProjects, allowedHosts, history,
                    figures);
        }
    }
}
