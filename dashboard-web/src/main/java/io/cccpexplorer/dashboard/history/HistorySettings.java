package io.cccpexplorer.dashboard.history;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The call history's settings.
 *
 * @param enabled       keep a history at all (on by default from the command line, off for embedded servers built
 *                      with {@code DashboardConfig.builder()} unless they ask)
 * @param mysqlSchema   {@code null}: the embedded H2 file under the data directory; else this schema on the
 *                      configured MySQL/MariaDB server (created if missing)
 * @param retention     how long rows are kept (default 400 days; purged daily)
 * @param zone          the zone of a store opened on its own (tests, tools); the
 *                      dashboard files and reports each project in its own zone and day start (settings
 *                      {@code timezone}, {@code day.start}, as its live views)
 * @param projects      the projects recorded live; empty = every configured project and the embedded simulator's
 * @param target        default service-level target
 * @param shortAbandon  short-abandon threshold
 * @param nodeId        this node's name in the writer leases (several nodes on one MariaDB)
 */
public record HistorySettings(boolean enabled, String mysqlSchema, Period retention, ZoneId zone, List<String> projects,
                              Duration target, Duration shortAbandon, String nodeId) {

    public static final HistorySettings OFF = new HistorySettings(false, null, Period.ofDays(400),
            ZoneId.systemDefault(), List.of(), Duration.ofSeconds(20), Duration.ofSeconds(5), defaultNode());

    public HistorySettings {
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(zone, "zone");
        projects = List.copyOf(projects);
        Objects.requireNonNull(nodeId, "nodeId");
    }

    public static HistorySettings embedded(ZoneId zone) {
        return new HistorySettings(true, null, Period.ofDays(400), zone, List.of(), Duration.ofSeconds(20),
                Duration.ofSeconds(5), defaultNode());
    }

    public HistorySettings withEnabled() {
        return new HistorySettings(true, mysqlSchema, retention, zone, projects, target, shortAbandon, nodeId);
    }

    public HistorySettings withMysqlSchema(String schema) {
        return new HistorySettings(enabled, schema, retention, zone, projects, target, shortAbandon, nodeId);
    }

    public HistorySettings withProjects(List<String> list) {
        return new HistorySettings(enabled, mysqlSchema, retention, zone, list, target, shortAbandon, nodeId);
    }

    public HistorySettings withRetention(Period keep) {
        return new HistorySettings(enabled, mysqlSchema, keep, zone, projects, target, shortAbandon, nodeId);
    }

    public HistorySettings withNodeId(String id) {
        return new HistorySettings(enabled, mysqlSchema, retention, zone, projects, target, shortAbandon, id);
    }

    /**
     * From the dashboard's settings (file key / environment): {@code history} on|off (default on),
     * {@code history.mysql.schema} (HISTORY_MYSQL_SCHEMA), {@code history.retention.days} (default 400),
     * {@code history.projects} (comma-separated; default all),
     * {@code history.node} (default host name + process id).
     */
    public static HistorySettings parse(java.util.function.Function<String, String> get) {
        String on = get.apply("history");
        boolean enabled = on == null || on.isBlank() || switch (on.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("history: '" + on + "' (expected: on|off)");
        };
        HistorySettings s = enabled ? embedded(ZoneId.systemDefault()) : OFF;
        String schema = get.apply("history.mysql.schema");
        if (schema != null && !schema.isBlank()) {
            s = s.withMysqlSchema(schema.trim());
        }
        String days = get.apply("history.retention.days");
        if (days != null && !days.isBlank()) {
            try {
                int n = Integer.parseInt(days.trim());
                if (n < 1 || n > 36_500) {
                    throw new NumberFormatException();
                }
                s = s.withRetention(Period.ofDays(n));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("history.retention.days: '" + days + "' (expected: 1..36500)");
            }
        }
        String zone = get.apply("history.zone");
        if (zone != null && !zone.isBlank()) {
            // a second zone for the same projects made the reports' days differ from the live views' days
            throw new IllegalArgumentException("history.zone: no longer read; the reports follow each project's "
                    + "timezone and day.start, as the live views do (e.g. timezone=Europe/Paris ACME=" + zone.trim()
                    + ")");
        }
        String projects = get.apply("history.projects");
        if (projects != null && !projects.isBlank()) {
            s = s.withProjects(java.util.Arrays.stream(projects.split("[,\\s]+")).filter(x -> !x.isEmpty()).toList());
        }
        String node = get.apply("history.node");
        if (node != null && !node.isBlank()) {
            s = s.withNodeId(node.trim());
        }
        return s;
    }

    /** Whether a project is recorded live. */
    public boolean records(String project) {
        return enabled && (projects.isEmpty() || projects.contains(project));
    }

    private static String defaultNode() {
        String host = System.getenv("HOSTNAME");
        return (host == null || host.isBlank() ? "node" : host) + "-" + ProcessHandle.current().pid();
    }
}
