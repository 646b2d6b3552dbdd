package io.cccpexplorer.simulator.cli;

import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.server.Transport;
import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line of the simulator (picocli); {@link #toConfig()} turns it into a {@link SimulatorConfig}. */
@Command(name = "cccp-simulator", mixinStandardHelpOptions = true, sortOptions = false,
        description = "A CCCP explorer server that behaves like ccenter_dispatch: synthetic traffic or replay of "
                + "Logger directories.",
        footer = {"", "Every option can also come from --config FILE (properties: port=20103, project=DEMO, ...; "
                + "or a JSON object with the same keys)."})
public final class SimulatorOptions {

    @Option(names = "--port", description = "TCP port of the first project; further projects take the next ports "
            + "(0 = ephemeral). Default: ${DEFAULT-VALUE}", defaultValue = "20103")
    int port;

    @Option(names = "--project", split = ",", description = "project name(s), one database and port each. "
            + "Default: DEMO (synthetic) or the replayed project")
    List<String> projects = new ArrayList<>();

    @Option(names = "--bind", description = "address to listen on. Default: ${DEFAULT-VALUE}",
            defaultValue = "127.0.0.1")
    String bind;

    @Option(names = "--replay", paramLabel = "DIR",
            description = "replay this Logger directory instead of synthetic traffic")
    Path replay;

    @Option(names = "--load-day", paramLabel = "YYYY-MM-DD", description = "with --replay: day loaded at start")
    LocalDate loadDay;

    @Option(names = "--speed", description = "synthetic: time factor (10 = ten times faster); replay: pace of a "
            + "loaded day (0 = all at once). Default: 1 synthetic, 0 replay")
    Double speed;

    @Option(names = "--scale", description = "synthetic traffic size: demo, small or large. Default: ${DEFAULT-VALUE}",
            defaultValue = "demo")
    String scale;

    @Option(names = "--agents", description = "synthetic: number of agents (overrides --scale)")
    Integer agents;

    @Option(names = "--queues", description = "synthetic: number of queues (overrides --scale)")
    Integer queues;

    @Option(names = "--calls-per-hour", description = "synthetic: call arrival rate (overrides --scale)")
    Double callsPerHour;

    @Option(names = "--curve", description = "synthetic: day curve, office (quiet at night) or flat (the peak rate "
            + "all day). Default: ${DEFAULT-VALUE}", defaultValue = "office")
    String curve;

    @Option(names = "--warm-up", paramLabel = "DURATION", description = "synthetic: start the traffic this long "
            + "before now (30m, 1h, 90s) and apply that past at start, so agents and calls are there at once. "
            + "Default: none")
    String warmUp;

    @Option(names = "--seed", description = "synthetic: random seed. Default: ${DEFAULT-VALUE}", defaultValue = "42")
    long seed;

    @Option(names = "--credentials", paramLabel = "LOGIN:PASSWORD,...|FILE",
            description = "accepted logins, or a file holding them (one per line or comma separated). "
                    + "Default: any login is accepted, like the vendor's dispatch")
    String credentials;

    @Option(names = "--record", paramLabel = "DIR",
            description = "synthetic: also record the traffic into this Logger directory")
    Path record;

    @Option(names = "--max-pending", description = "messages a slow client may have unsent before it is disconnected. "
            + "Default: ${DEFAULT-VALUE}", defaultValue = "100000")
    int maxPending;

    @Option(names = "--warm-sessions", paramLabel = "N", description = "sessions of a report script (connect, login, "
            + "list, objects) run against a throwaway server before the port opens, so that the first clients find "
            + "that path compiled; 0 for none. Default: ${DEFAULT-VALUE}", defaultValue = "1000")
    int warmSessions;

    @Option(names = "--transport", description = "socket layer: epoll (Linux) or nio. Default: epoll where Netty's "
            + "native library loads, else nio")
    String transport;

    @Option(names = "--config", paramLabel = "FILE", description = "read options from a properties or JSON file "
            + "(command-line options win)")
    Path config;

    /** The simulator configuration these options describe; a clear error for inconsistent options. */
    public SimulatorConfig toConfig() throws IOException {
        if (warmSessions < 0) {
            throw new IllegalArgumentException("--warm-sessions " + warmSessions + " (expected: 0 or more)");
        }
        if (loadDay != null && replay == null) {
            throw new IllegalArgumentException("--load-day needs --replay");
        }
        if (warmUp != null && replay != null) {
            throw new IllegalArgumentException("--warm-up applies to synthetic traffic; it cannot be used with "
                    + "--replay");
        }
        if (record != null && replay != null) {
            throw new IllegalArgumentException("--record records synthetic traffic; it cannot be used with --replay");
        }
        List<String> names = projects.isEmpty() ? List.of(replay == null ? "DEMO" : "") : projects;
        SimulatorConfig.Builder b = SimulatorConfig.builder().bindAddress(bind).maxPendingMessages(maxPending)
                .warmSessions(warmSessions).transport(transport());
        for (int i = 0; i < names.size(); i++) {
            int projectPort = port == 0 ? 0 : port + i;
            b.project(project(names.get(i), projectPort, i));
        }
        if (credentials != null) {
            b.credentials(readCredentials(credentials));
        }
        return b.build();
    }

    private Transport transport() {
        if (transport == null) {
            return Transport.preferred();
        }
        return switch (transport.toLowerCase(java.util.Locale.ROOT)) {
            case "epoll" -> Transport.EPOLL.requireAvailable();
            case "nio" -> Transport.NIO;
            default -> throw new IllegalArgumentException("--transport " + transport + " (expected: epoll or nio)");
        };
    }

    private ProjectConfig project(String name, int projectPort, int index) throws IOException {
        ProjectConfig p;
        if (replay != null) {
            String folder = name.isEmpty() ? onlyProject(replay) : name;
            p = ProjectConfig.replay(folder, projectPort, replay, Optional.ofNullable(loadDay));
            p = p.withSpeed(speed == null ? 0 : speed);
        } else {
            TrafficProfile profile = switch (scale.toLowerCase(java.util.Locale.ROOT)) {
                case "demo" -> TrafficProfile.DEMO;
                case "small" -> TrafficProfile.SMALL;
                case "large" -> TrafficProfile.LARGE;
                default -> throw new IllegalArgumentException("--scale " + scale + " (expected: demo, small or large)");
            };
            int wantedAgents = agents != null ? agents : profile.agents();
            int wantedQueues = queues != null ? queues : Math.min(profile.queues(), wantedAgents);
            // each step must stay valid (queues <= agents): shrink queues first, grow agents first
            profile = wantedQueues <= profile.agents()
                    ? profile.withQueues(wantedQueues).withAgents(wantedAgents)
                    : profile.withAgents(wantedAgents).withQueues(wantedQueues);
            if (callsPerHour != null) {
                profile = profile.withCallsPerHour(callsPerHour);
            }
            profile = profile.withCurve(switch (curve.toLowerCase(java.util.Locale.ROOT)) {
                case "office" -> DayCurve.OFFICE;
                case "flat" -> DayCurve.FLAT;
                default -> throw new IllegalArgumentException("--curve " + curve + " (expected: office or flat)");
            });
            p = ProjectConfig.synthetic(name, projectPort, profile, seed + index).withSpeed(speed == null ? 1 : speed);
            if (warmUp != null) {
                p = p.withWarmUp(parseDuration("--warm-up", warmUp));
            }
            if (record != null) {
                p = p.withRecording(record);
            }
        }
        return p;
    }

    /** {@code 90s}, {@code 30m}, {@code 1h} or an ISO-8601 duration ({@code PT30M}). */
    static Duration parseDuration(String option, String value) {
        String v = value.trim().toLowerCase(java.util.Locale.ROOT);
        try {
            Duration d;
            if (v.startsWith("pt")) {
                d = Duration.parse(v);
            } else if (v.length() > 1 && "smh".indexOf(v.charAt(v.length() - 1)) >= 0) {
                long n = Long.parseLong(v.substring(0, v.length() - 1));
                d = switch (v.charAt(v.length() - 1)) {
                    case 's' -> Duration.ofSeconds(n);
                    case 'm' -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
            } else {
                throw new IllegalArgumentException();
            }
            if (d.isNegative() || d.compareTo(Duration.ofDays(1)) > 0) {
                throw new IllegalArgumentException();
            }
            return d;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(option + " " + value + " (expected: a duration up to 24h such as "
                    + "90s, 30m, 1h or PT30M)");
        }
    }

    private static String onlyProject(Path root) throws IOException {
        List<String> found = new io.cccpexplorer.protocol.rlog.LoggerDirectory(root).projects();
        if (found.size() != 1) {
            throw new IllegalArgumentException("--replay " + root + " holds projects " + found
                    + ": name the one(s) to serve with --project");
        }
        return found.get(0);
    }

    static List<Credentials> readCredentials(String value) throws IOException {
        Path file = Path.of(value);
        if (!value.contains(":") || Files.isRegularFile(file)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("--credentials " + value + " is neither login:password nor a file");
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return Credentials.parse(String.join(",", text.lines().map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()));
        }
        return Credentials.parse(value);
    }
}
