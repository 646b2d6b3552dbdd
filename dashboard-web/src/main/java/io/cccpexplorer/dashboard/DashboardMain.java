package io.cccpexplorer.dashboard;

import ch.qos.logback.classic.Level;
import io.cccpexplorer.dashboard.cccp.CccpLoginProbe;
import io.cccpexplorer.dashboard.check.CheckResult;
import io.cccpexplorer.dashboard.check.ConnectivityCheck;
import io.cccpexplorer.dashboard.config.DashboardSettings;
import io.cccpexplorer.dashboard.config.PasswordHash;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar dashboard-web.jar [flags]} serves the dashboard; {@code check} tests MySQL and the CCCP servers;
 * {@code hash-password} prints a password hash for {@code DASHBOARD_USERS}. Flags override environment variables,
 * which override the configuration file, which overrides the defaults.
 */
@Command(name = "dashboard-web", mixinStandardHelpOptions = true, version = "CCCP Explorer dashboard 0.1",
        description = "Live CCenter dashboard over CCCP.",
        subcommands = {DashboardMain.Check.class, DashboardMain.HashPassword.class,
                io.cccpexplorer.dashboard.history.ImportCommand.class})
public final class DashboardMain implements Callable<Integer> {

    @Option(names = "--config", description = "Configuration file (.properties or .json).")
    Path configFile;
    @Option(names = "--host", description = "Bind address (DASHBOARD_HOST / FLASK_HOST; default 127.0.0.1).")
    String host;
    @Option(names = "--port", description = "HTTP port (DASHBOARD_PORT / FLASK_PORT; default 5000).")
    String port;
    @Option(names = "--simulator", description = "Embedded DEMO project: on|off (DASHBOARD_SIMULATOR; default on).")
    String simulator;
    @Option(names = "--simulator-agents", description = "Agents in the embedded DEMO project (default 40).")
    String simulatorAgents;
    @Option(names = "--users", description = "name:role:hash entries (DASHBOARD_USERS); no users = no auth, "
            + "loopback only.")
    String users;
    @Option(names = "--servers", description = "PROJECT=host:port entries (DASHBOARD_SERVERS).")
    String servers;
    @Option(names = "--mysql-host", description = "Portal MySQL host (MYSQL_HOST); passwords only via env/file.")
    String mysqlHost;
    @Option(names = "--mysql-port", description = "Portal MySQL port (MYSQL_PORT; default 3306).")
    String mysqlPort;
    @Option(names = "--mysql-user", description = "Portal MySQL user (MYSQL_USER).")
    String mysqlUser;
    @Option(names = "--mysql-database", description = "Default schema (MYSQL_DATABASE).")
    String mysqlDatabase;
    @Option(names = "--cors-origins", description = "Allowed cross-site origins (DASHBOARD_CORS_ORIGINS; "
            + "default none).")
    String corsOrigins;
    @Option(names = "--allowed-hosts", description = "Host names browsers may use (DASHBOARD_ALLOWED_HOSTS; "
            + "default: localhost, 127.0.0.1, ::1 while authentication is off).")
    String allowedHosts;
    @Option(names = "--secure-cookies", description = "Secure cookies behind a TLS proxy: on|off.")
    String secureCookies;
    @Option(names = "--session-ttl", description = "Idle browser-session lifetime, e.g. 8h (default 8h).")
    String sessionTtl;
    @Option(names = "--data-dir", description = "Working directory (DASHBOARD_DATA_DIR; default: current).")
    String dataDir;
    @Option(names = "--cccp-login", description = "Login on the CCCP servers (CCCP_LOGIN); password via "
            + "CCCP_PASSWORD.")
    String cccpLogin;
    @Option(names = "--alerts", description = "Thresholds: SCOPE.metric=warn N alarm N[; ...] or off "
            + "(DASHBOARD_ALERTS; default: the README's defaults).")
    String alerts;
    @Option(names = "--alerts-webhook", description = "URL receiving each alert raised/cleared as JSON "
            + "(DASHBOARD_ALERTS_WEBHOOK).")
    String alertsWebhook;
    @Option(names = "--pinned", description = "Projects kept open without watchers (DASHBOARD_PINNED).")
    String pinned;
    @Option(names = "--timezone", description = "Time zone of the projects, e.g. Europe/Paris (DASHBOARD_TIMEZONE; "
            + "default: the system's).")
    String timezone;
    @Option(names = "--day-start", description = "When the contact center's day starts, HH:MM (DASHBOARD_DAY_START; "
            + "default 00:00).")
    String dayStart;
    @Option(names = "--kpi-every", description = "Seconds between two points of the intraday chart "
            + "(DASHBOARD_KPI_EVERY; default 10).")
    String kpiEvery;
    @Option(names = "--sl-target", description = "Service-level answer target in seconds (DASHBOARD_SL_TARGET; "
            + "default 20).")
    String slTarget;
    @Option(names = "--sl-targets", description = "Per-queue targets, QUEUE=SECONDS with the queue's full name, "
            + "e.g. DEMO__Sales=30 (DASHBOARD_SL_TARGETS).")
    String slTargets;
    @Option(names = "--short-abandon", description = "Calls abandoned within this many seconds are not counted as "
            + "abandoned (DASHBOARD_SHORT_ABANDON; default 5; 0 counts all).")
    String shortAbandon;
    @Option(names = "--teams", description = "Teams, PROJECT/TEAM=QUEUE+QUEUE entries, e.g. DEMO/Front=Sales+Support "
            + "(DASHBOARD_TEAMS).")
    String teams;
    @Option(names = "--log-level", description = "TRACE..ERROR (LOG_LEVEL; default INFO).")
    String logLevel;

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.err, true)));
    }

    /** Runs the command line; failures print one {@code error: ...} line on {@code err} and return 2. */
    static int execute(String[] args, PrintWriter err) {
        return new CommandLine(new DashboardMain())
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("error: " + e.getMessage());
                    return 2;
                })
                .execute(args);
    }

    /** The merged flags, environment and file (subcommands read it too). */
    public DashboardSettings settings() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("host", host);
        flags.put("port", port);
        flags.put("simulator", simulator);
        flags.put("simulator.agents", simulatorAgents);
        flags.put("users", users);
        flags.put("servers", servers);
        flags.put("mysql.host", mysqlHost);
        flags.put("mysql.port", mysqlPort);
        flags.put("mysql.user", mysqlUser);
        flags.put("mysql.database", mysqlDatabase);
        flags.put("cors.origins", corsOrigins);
        flags.put("allowed.hosts", allowedHosts);
        flags.put("secure.cookies", secureCookies);
        flags.put("session.ttl", sessionTtl);
        flags.put("data.dir", dataDir);
        flags.put("cccp.login", cccpLogin);
        flags.put("log.level", logLevel);
        flags.put("alerts", alerts);
        flags.put("alerts.webhook", alertsWebhook);
        flags.put("projects.pinned", pinned);
        flags.put("timezone", timezone);
        flags.put("day.start", dayStart);
        flags.put("kpi.every", kpiEvery);
        flags.put("sl.target", slTarget);
        flags.put("sl.targets", slTargets);
        flags.put("short.abandon", shortAbandon);
        flags.put("teams", teams);
        DashboardSettings s = DashboardSettings.resolve(flags, System.getenv(), configFile);
        String level = s.get("log.level");
        if (level != null) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                    .setLevel(Level.toLevel(level, Level.INFO));
        }
        return s;
    }

    @Override
    public Integer call() throws InterruptedException {
        DashboardConfig config = settings().toConfig();
        PrintStream out = System.out;
        DashboardServer server = start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "dashboard-shutdown"));
        out.println("CCCP Explorer dashboard listening on " + server.uri());
        out.println("  data directory: " + config.dataDir());
        if (config.authEnabled()) {
            out.println("  authentication: on (" + config.users().size() + " user(s))");
        } else {
            out.println("  authentication: OFF (no users configured) - bound to loopback " + config.effectiveHost()
                    + " only; set DASHBOARD_USERS to serve other hosts");
        }
        out.println("  projects: " + (config.mysql().isPresent() ? "MySQL " + config.mysql().get() : "no MySQL")
                + (config.simulator() ? ", embedded simulator project " + DashboardServer.DEMO_PROJECT : "")
                + (config.servers().isEmpty() ? "" : ", " + config.servers().size() + " configured server(s)"));
        stopped.await();
        return 0;
    }

    /** Starts the server; a port already taken becomes a message that names it and how to choose another. */
    private static DashboardServer start(DashboardConfig config) {
        try {
            return DashboardServer.start(config);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof BindException bind) {
                    int other = config.port() == 65535 ? 5001 : config.port() + 1;
                    throw new IllegalStateException("port " + config.port() + " on " + config.effectiveHost()
                            + " is already in use (" + bind.getMessage() + "): stop the program that holds it, or "
                            + "start on another port: DASHBOARD_PORT=" + other + " or --port " + other, e);
                }
            }
            throw e;
        }
    }

    /** {@code check}: one line per MySQL / CCCP check, exit 0 when all pass. */
    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Try MySQL and every configured CCCP server; one OK/FAIL line each.")
    static final class Check implements Callable<Integer> {

        @CommandLine.ParentCommand
        DashboardMain parent;

        @Option(names = "--timeout", description = "Deadline per check in seconds (default 5).")
        int timeoutSeconds = 5;

        @Override
        public Integer call() {
            DashboardConfig config = parent.settings().toConfig();
            try (CccpLoginProbe probe = new CccpLoginProbe(config.cccpLogin(), config.cccpPassword())) {
                List<CheckResult> results = new ConnectivityCheck(config, probe, Duration.ofSeconds(timeoutSeconds))
                        .run();
                results.forEach(r -> System.out.println(r.line()));
                return results.stream().allMatch(CheckResult::ok) ? 0 : 1;
            }
        }
    }

    /** {@code hash-password}: reads a password without echo (or from stdin) and prints its hash. */
    @Command(name = "hash-password", mixinStandardHelpOptions = true,
            description = "Print a PBKDF2 hash for DASHBOARD_USERS (name:role:hash). Reads the password from the "
                    + "terminal without echo, or from standard input.")
    static final class HashPassword implements Callable<Integer> {

        @Override
        public Integer call() throws IOException {
            Console console = System.console();
            char[] password;
            if (console != null) {
                password = console.readPassword("Password: ");
            } else {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                password = line == null ? null : line.toCharArray();
            }
            if (password == null || password.length == 0) {
                System.err.println("error: empty password");
                return 2;
            }
            System.out.println(PasswordHash.hash(password));
            java.util.Arrays.fill(password, '\0');
            return 0;
        }
    }
}
