package io.cccpexplorer.simulator;

import io.cccpexplorer.simulator.source.TrafficFactory;
import io.cccpexplorer.simulator.traffic.SyntheticTraffic;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One simulated dispatch: a project name, the port it listens on (0 = ephemeral) and where its data comes from.
 *
 * @param name      the project name (for replay: the project folder under the Logger root)
 * @param port      the TCP port, 0 for an ephemeral one
 * @param source    where the records come from
 * @param speed     time factor: synthetic traffic runs {@code speed} times faster than the clock; a replay with
 *                  speed &gt; 0 feeds a loaded day at that pace instead of all at once (0 = at once)
 * @param recordDir if present, every synthetic record is also written to this Logger directory
 */
public record ProjectConfig(String name, int port, Source source, double speed, Optional<Path> recordDir) {

    public ProjectConfig {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(recordDir, "recordDir");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: " + port + " (expected: 0..65535)");
        }
        if (!(speed >= 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed: " + speed + " (expected: >= 0)");
        }
        if (name.isBlank() || name.contains("/")) {
            throw new IllegalArgumentException("project name: '" + name + "' (expected: a folder name)");
        }
    }

    /** Where a project's records come from. */
    public sealed interface Source permits Empty, Synthetic, Replay {
    }

    /** No records: the database starts empty and changes only through {@link LiveDatabase}. */
    public record Empty() implements Source {
    }

    /**
     * Generated traffic.
     *
     * @param warmUp how long before the start the traffic begins: the records of that past are applied at start,
     *               before the server accepts clients, so agents are logged in and calls run at once
     */
    public record Synthetic(TrafficFactory traffic, long seed, Duration warmUp) implements Source {
        public Synthetic {
            Objects.requireNonNull(traffic, "traffic");
            Objects.requireNonNull(warmUp, "warmUp");
            if (warmUp.isNegative()) {
                throw new IllegalArgumentException("warm-up: " + warmUp + " (expected: >= 0)");
            }
        }
    }

    /** Log files of a Logger directory; {@code loadDay} is loaded at start, other days on the load_day event. */
    public record Replay(Path loggerRoot, Optional<LocalDate> loadDay) implements Source {
        public Replay {
            Objects.requireNonNull(loggerRoot, "loggerRoot");
            Objects.requireNonNull(loadDay, "loadDay");
        }
    }

    public static ProjectConfig empty(String name, int port) {
        return new ProjectConfig(name, port, new Empty(), 1.0, Optional.empty());
    }

    /**
     * Synthetic traffic from the traffic generator ({@link SyntheticTraffic}) shaped by {@code profile}, whose
     * project name becomes {@code name}.
     */
    public static ProjectConfig synthetic(String name, int port, TrafficProfile profile, long seed) {
        TrafficProfile named = profile.withProject(name);
        return synthetic(name, port, (s, start, offset) -> new SyntheticTraffic(named, s, start, offset), seed);
    }

    /** Synthetic traffic from any generator. */
    public static ProjectConfig synthetic(String name, int port, TrafficFactory traffic, long seed) {
        return new ProjectConfig(name, port, new Synthetic(traffic, seed, Duration.ZERO), 1.0, Optional.empty());
    }

    public static ProjectConfig replay(String name, int port, Path loggerRoot, Optional<LocalDate> loadDay) {
        return new ProjectConfig(name, port, new Replay(loggerRoot, loadDay), 0.0, Optional.empty());
    }

    public ProjectConfig withSpeed(double newSpeed) {
        return new ProjectConfig(name, port, source, newSpeed, recordDir);
    }

    /**
     * Starts the synthetic traffic {@code warmUp} before the clock's now (see {@link Synthetic#warmUp()}).
     *
     * @throws IllegalStateException if the project is not synthetic
     */
    public ProjectConfig withWarmUp(Duration warmUp) {
        if (!(source instanceof Synthetic s)) {
            throw new IllegalStateException("a warm-up needs synthetic traffic; project " + name + " has "
                    + describe());
        }
        return new ProjectConfig(name, port, new Synthetic(s.traffic(), s.seed(), warmUp), speed, recordDir);
    }

    public ProjectConfig withRecording(Path dir) {
        return new ProjectConfig(name, port, source, speed, Optional.of(dir));
    }

    /** A one-line description for logs and the CLI banner. */
    public String describe() {
        if (source instanceof Synthetic s) {
            return "synthetic traffic, seed " + s.seed() + ", speed x" + speed
                    + (s.warmUp().isZero() ? "" : ", warm-up " + s.warmUp().toMinutes() + " min")
                    + recordDir.map(d -> ", recording to " + d).orElse("");
        }
        if (source instanceof Replay r) {
            return "replay of " + r.loggerRoot() + r.loadDay().map(d -> ", day " + d + " loaded at start").orElse("")
                    + (speed > 0 ? ", paced x" + speed : "");
        }
        return "empty database";
    }
}
