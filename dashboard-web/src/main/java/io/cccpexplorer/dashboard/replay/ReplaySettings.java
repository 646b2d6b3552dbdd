package io.cccpexplorer.dashboard.replay;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the log replay runs: where the Logger folder is (the original's NFS mount point), how many days may load at
 * once, how long a load may take, when an idle snapshot is freed, and the time zone that local days and hours are
 * read in (log file hours are UTC).
 *
 * @param logsRoot           the Logger root ({@code ROOT/PROJECT/INSTANCE/PROCESS/CLASS/HOST/log_*.log}); empty =
 *                           replay disabled (the endpoints answer 503 {@code replay_unavailable})
 * @param maxConcurrentLoads loads running at the same time; more wait in the queue (state {@code queued})
 * @param maxSnapshots       snapshots held at once (loading or ready); one more is refused with 429
 * @param loadTimeout        deadline of one load, from its start to ready
 * @param idleExpiry         a snapshot unused this long is stopped and freed (never while a request uses it)
 * @param maxRecords         records one snapshot may hold; a larger window fails instead of exhausting memory
 * @param zone               the zone of the dates and hours users pick
 */
public record ReplaySettings(Optional<Path> logsRoot, int maxConcurrentLoads, int maxSnapshots, Duration loadTimeout,
                             Duration idleExpiry, long maxRecords, ZoneId zone) {

    /** Environment variable naming the Logger root. */
    public static final String LOGS_ROOT_ENV = "DASHBOARD_LOGS_ROOT";

    public ReplaySettings {
        Objects.requireNonNull(logsRoot, "logsRoot");
        Objects.requireNonNull(loadTimeout, "loadTimeout");
        Objects.requireNonNull(idleExpiry, "idleExpiry");
        Objects.requireNonNull(zone, "zone");
        logsRoot = logsRoot.map(ReplaySettings::validRoot);
        if (maxConcurrentLoads < 1 || maxSnapshots < 1 || maxRecords < 1) {
            throw new IllegalArgumentException("replay limits must be positive");
        }
        if (loadTimeout.isNegative() || loadTimeout.isZero() || idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("replay durations must be positive");
        }
    }

    /** Defaults: 2 loads at once, 8 snapshots, 10 min per load, freed after 30 idle minutes, 5 M records. */
    public static ReplaySettings of(Optional<Path> logsRoot, ZoneId zone) {
        return new ReplaySettings(logsRoot, 2, 8, Duration.ofMinutes(10), Duration.ofMinutes(30), 5_000_000L, zone);
    }

    /**
     * From the environment: {@code DASHBOARD_LOGS_ROOT} (the folder), {@code DASHBOARD_REPLAY_MAX_LOADS},
     * {@code DASHBOARD_REPLAY_MAX_SNAPSHOTS}, {@code DASHBOARD_REPLAY_IDLE_MINUTES}, {@code DASHBOARD_REPLAY_ZONE}
     * (e.g. {@code Europe/Paris}; default the system zone). A bad value is an error naming the variable.
     */
    public static ReplaySettings fromEnvironment(Map<String, String> env) {
        String root = blankToNull(env.get(LOGS_ROOT_ENV));
        ZoneId zone = ZoneId.systemDefault();
        String zoneText = blankToNull(env.get("DASHBOARD_REPLAY_ZONE"));
        if (zoneText != null) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("DASHBOARD_REPLAY_ZONE: '" + zoneText + "' is not a time zone");
            }
        }
        ReplaySettings d = of(Optional.ofNullable(root).map(Path::of), zone);
        return new ReplaySettings(d.logsRoot(), positive(env, "DASHBOARD_REPLAY_MAX_LOADS", d.maxConcurrentLoads()),
                positive(env, "DASHBOARD_REPLAY_MAX_SNAPSHOTS", d.maxSnapshots()), d.loadTimeout(),
                Duration.ofMinutes(positive(env, "DASHBOARD_REPLAY_IDLE_MINUTES", (int) d.idleExpiry().toMinutes())),
                d.maxRecords(), zone);
    }

    public ReplaySettings withLimits(int loads, int snapshots, Duration timeout, Duration idle, long records) {
        return new ReplaySettings(logsRoot, loads, snapshots, timeout, idle, records, zone);
    }

    private static Path validRoot(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute) || !Files.isReadable(absolute)) {
            throw new IllegalArgumentException(LOGS_ROOT_ENV + ": " + absolute + " is not a readable folder");
        }
        return absolute;
    }

    private static int positive(Map<String, String> env, String name, int fallback) {
        String raw = blankToNull(env.get(name));
        if (raw == null) {
            return fallback;
        }
        try {
            int v = Integer.parseInt(raw.trim());
            if (v > 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": '" + raw + "' (expected: a positive integer)");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
