package io.cccpexplorer.dashboard.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.alerts.AlertSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Turns the three configuration sources into a {@link DashboardConfig}. Precedence: command-line flag > environment
 * variable > configuration file > default. Every source is first mapped to the same canonical keys (the file's own
 * spelling: {@code host}, {@code port}, {@code mysql.host}, ...), so the precedence is one map merge.
 */
public final class DashboardSettings {

    /** Environment variable → canonical key. The original dashboard's names are kept as aliases. */
    static final Map<String, String> ENV = new LinkedHashMap<>();

    static {
        ENV.put("FLASK_HOST", "host");
        ENV.put("DASHBOARD_HOST", "host");
        ENV.put("FLASK_PORT", "port");
        ENV.put("DASHBOARD_PORT", "port");
        ENV.put("DASHBOARD_SIMULATOR", "simulator");
        ENV.put("DASHBOARD_SIMULATOR_AGENTS", "simulator.agents");
        ENV.put("DASHBOARD_USERS", "users");
        ENV.put("DASHBOARD_SERVERS", "servers");
        ENV.put("DASHBOARD_CORS_ORIGINS", "cors.origins");
        ENV.put("DASHBOARD_ALLOWED_HOSTS", "allowed.hosts");
        ENV.put("DASHBOARD_SECURE_COOKIES", "secure.cookies");
        ENV.put("DASHBOARD_SESSION_TTL", "session.ttl");
        ENV.put("DASHBOARD_DATA_DIR", "data.dir");
        ENV.put("MYSQL_HOST", "mysql.host");
        ENV.put("MYSQL_PORT", "mysql.port");
        ENV.put("MYSQL_USER", "mysql.user");
        ENV.put("MYSQL_PASSWORD", "mysql.password");
        ENV.put("MYSQL_DATABASE", "mysql.database");
        ENV.put("CCCP_LOGIN", "cccp.login");
        ENV.put("CCCP_PASSWORD", "cccp.password");
        ENV.put("LOG_LEVEL", "log.level");
        ENV.put("DASHBOARD_ALERTS", "alerts");
        ENV.put("DASHBOARD_ALERTS_WEBHOOK", "alerts.webhook");
        ENV.put("DASHBOARD_PINNED", "projects.pinned");
        // call history (cccp-history): see HistorySettings.parse
        ENV.put("HISTORY", "history");
        ENV.put("HISTORY_MYSQL_SCHEMA", "history.mysql.schema");
        ENV.put("HISTORY_RETENTION_DAYS", "history.retention.days");
        ENV.put("HISTORY_ZONE", "history.zone");
        ENV.put("HISTORY_PROJECTS", "history.projects");
        ENV.put("HISTORY_NODE", "history.node");
        ENV.putAll(SupervisorSettings.ENV);
    }

    private final Map<String, String> merged;

    private DashboardSettings(Map<String, String> merged) {
        this.merged = merged;
    }

    /**
     * @param flags canonical key → value, from the command line (only flags actually given)
     * @param env the process environment
     * @param file a {@code .properties} or {@code .json} file, or {@code null}
     */
    public static DashboardSettings resolve(Map<String, String> flags, Map<String, String> env, Path file) {
        Map<String, String> merged = new LinkedHashMap<>();
        if (file != null) {
            merged.putAll(readFile(file));
        }
        // DASHBOARD_* wins over its FLASK_* alias: it comes later in ENV
        for (Map.Entry<String, String> e : ENV.entrySet()) {
            String v = env.get(e.getKey());
            if (v != null && !v.isEmpty()) {
                merged.put(e.getValue(), v);
            }
        }
        flags.forEach((k, v) -> {
            if (v != null) {
                merged.put(k, v);
            }
        });
        return new DashboardSettings(merged);
    }

    public String get(String key) {
        return merged.get(key);
    }

    /** Builds the configuration; a bad value fails with the key's name and what was expected. */
    public DashboardConfig toConfig() {
        DashboardConfig.Builder b = DashboardConfig.builder();
        String host = merged.get("host");
        if (host != null) {
            b.host(host);
        }
        b.port(integer("port", DashboardConfig.DEFAULT_PORT, 0, 65535));
        b.simulator(bool("simulator", true));
        b.simulatorAgents(integer("simulator.agents", 40, 1, 20_000));
        b.users(users(merged.get("users")));
        b.servers(servers(merged.get("servers")));
        String mysqlHost = merged.get("mysql.host");
        if (mysqlHost != null && !mysqlHost.isBlank()) {
            b.mysql(new MysqlSettings(mysqlHost, integer("mysql.port", 3306, 1, 65535), merged.get("mysql.user"),
                    merged.get("mysql.password"), merged.get("mysql.database")));
        }
        b.corsOrigins(list(merged.get("cors.origins")));
        b.allowedHosts(allowedHosts(list(merged.get("allowed.hosts"))));
        b.secureCookies(bool("secure.cookies", false));
        String ttl = merged.get("session.ttl");
        if (ttl != null) {
            b.sessionTtl(duration("session.ttl", ttl));
        }
        String dir = merged.get("data.dir");
        if (dir != null) {
            b.dataDir(Path.of(dir).toAbsolutePath().normalize());
        }
        b.alerts(AlertSettings.parse(merged));
        b.pinnedProjects(list(merged.get("projects.pinned")));
        if (merged.get("cccp.login") != null) {
            b.cccpCredentials(merged.get("cccp.login"), merged.getOrDefault("cccp.password", ""));
        }
        b.history(io.cccpexplorer.dashboard.history.HistorySettings.parse(merged::get));
        SupervisorSettings.apply(merged, b);
        return b.build();
    }

    /**
     * {@code PROJECT=host:port[:proxyPort]} entries separated by commas or whitespace; an IPv6 host is written in
     * brackets ({@code P=[::1]:20103}). Every part is validated; an error names the whole entry.
     */
    static List<ServerEntry> servers(String text) {
        List<ServerEntry> out = new ArrayList<>();
        for (String entry : list(text)) {
            try {
                out.add(server(entry));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("servers: entry '" + entry + "': " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static ServerEntry server(String entry) {
        int eq = entry.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("expected PROJECT=host:port");
        }
        String address = entry.substring(eq + 1);
        String host;
        String ports;
        if (address.startsWith("[")) {
            int close = address.indexOf(']');
            if (close < 0 || close + 1 >= address.length() || address.charAt(close + 1) != ':') {
                throw new IllegalArgumentException("expected PROJECT=[ipv6]:port");
            }
            host = address.substring(1, close);
            ports = address.substring(close + 2);
        } else {
            int colon = address.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("expected PROJECT=host:port");
            }
            host = address.substring(0, colon);
            ports = address.substring(colon + 1);
        }
        String[] p = ports.split(":", -1);
        if (p.length > 2) {
            throw new IllegalArgumentException("expected PROJECT=host:port[:proxyPort]");
        }
        return new ServerEntry(entry.substring(0, eq), host, port("port", p[0]),
                p.length == 2 ? port("proxy port", p[1]) : 0, null, ServerEntry.Source.CONFIG);
    }

    private static List<String> allowedHosts(List<String> names) {
        for (String name : names) {
            if (!ServerEntry.isHost(name)) {
                throw new IllegalArgumentException("allowed.hosts: '" + name
                        + "' (expected: host names without port, IPv6 without brackets)");
            }
        }
        return names;
    }

    static List<UserAccount> users(String text) {
        return list(text).stream().map(UserAccount::parse).toList();
    }

    private static List<String> list(String text) {
        List<String> out = new ArrayList<>();
        if (text != null) {
            for (String s : text.split("[,\\s]+")) {
                if (!s.isBlank()) {
                    out.add(s.trim());
                }
            }
        }
        return out;
    }

    private int integer(String key, int fallback, int min, int max) {
        String v = merged.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i >= min && i <= max) {
                return i;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + ": '" + v + "' (expected: an integer in " + min + ".." + max + ")");
    }

    private static int port(String key, String v) {
        try {
            int p = Integer.parseInt(v.trim());
            if (p > 0 && p <= 65535) {
                return p;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(key + " '" + v + "' (expected: 1..65535)");
    }

    private boolean bool(String key, boolean fallback) {
        String v = merged.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException(key + ": '" + v + "' (expected: on or off)");
        };
    }

    private static Duration duration(String key, String v) {
        try {
            String t = v.trim().toLowerCase(Locale.ROOT);
            if (t.endsWith("h")) {
                return Duration.ofHours(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            if (t.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(t.substring(0, t.length() - 1)));
            }
            return Duration.ofSeconds(Long.parseLong(t));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": '" + v + "' (expected: e.g. 8h, 30m, 90s)");
        }
    }

    /**
     * JSON objects written as the entries of their key: {@code {"DEMO": {"Front": ["Sales"]}}} →
     * {@code DEMO/Front=Sales}.
     */
    private static final java.util.Set<String> FLATTENED = java.util.Set.of("teams", "sl.targets");

    private static void flatten(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                flatten(e.getValue(), path.isEmpty() ? e.getKey() : path + "/" + e.getKey(), out);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(n -> items.add(n.asText()));
            out.add(path + "=" + String.join("+", items));
        } else {
            out.add(path + "=" + node.asText());
        }
    }

    /** Reads a properties or JSON file into canonical keys; JSON {@code servers} may be an array of objects. */
    static Map<String, String> readFile(Path file) {
        Map<String, String> out = new LinkedHashMap<>();
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
                JsonNode root = new ObjectMapper().readTree(file.toFile());
                if (root == null || !root.isObject()) {
                    throw new IllegalArgumentException("config file " + file + ": expected a JSON object");
                }
                for (Map.Entry<String, JsonNode> e : root.properties()) {
                    if (e.getKey().equals("servers") && e.getValue().isArray()) {
                        StringBuilder s = new StringBuilder();
                        for (JsonNode server : e.getValue()) {
                            String host = server.path("cccip").asText();
                            s.append(s.length() == 0 ? "" : ",").append(server.path("project").asText())
                                    .append('=').append(host.contains(":") ? "[" + host + "]" : host).append(':')
                                    .append(server.path("ccc_dispatch_port").asText());
                        }
                        out.put("servers", s.toString());
                    } else if (FLATTENED.contains(e.getKey()) && e.getValue().isObject()) {
                        List<String> entries = new ArrayList<>();
                        flatten(e.getValue(), "", entries);
                        out.put(e.getKey(), String.join(",", entries));
                    } else if (e.getValue().isArray()) {
                        List<String> items = new ArrayList<>();
                        e.getValue().forEach(n -> items.add(n.asText()));
                        out.put(e.getKey(), String.join(",", items));
                    } else {
                        out.put(e.getKey(), e.getValue().asText());
                    }
                }
            } else {
                Properties p = new Properties();
                try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                p.stringPropertyNames().forEach(k -> out.put(k, p.getProperty(k).trim()));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("config file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
