package io.cccpexplorer.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.simulator.Credentials;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.server.Transport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorMainTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SimulatorMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true), false);
    }

    private static SimulatorConfig parse(String... args) throws Exception {
        SimulatorOptions o = new SimulatorOptions();
        new CommandLine(o).parseArgs(args);
        return o.toConfig();
    }

    @Test
    void startsAndPrintsWhatItServes() {
        assertThat(run("--port", "0", "--project", "DEMO,OTHER", "--agents", "6", "--queues", "2")).isZero();
        assertThat(out.toString()).contains("serving project DEMO on 127.0.0.1:").contains("serving project OTHER")
                .contains("synthetic traffic, seed 42").contains("any login accepted");
    }

    @Test
    void helpAndBadOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--replay").contains("--calls-per-hour").contains("--credentials");
        assertThat(run("--scale", "huge")).isEqualTo(2);
        assertThat(err.toString()).contains("--scale huge (expected: demo, small or large)");
        assertThat(run("--load-day", "2026-02-08")).isEqualTo(2);
        assertThat(run("--no-such-option")).isEqualTo(2);
    }

    @Test
    void optionsBecomeTheConfig() throws Exception {
        SimulatorConfig c = parse("--port", "20103", "--project", "A,B", "--credentials",
                "sup:se:cret,x:y", "--speed", "10");
        assertThat(c.projects()).extracting(ProjectConfig::name, ProjectConfig::port)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A", 20103),
                        org.assertj.core.groups.Tuple.tuple("B", 20104));
        assertThat(c.projects().get(0).speed()).isEqualTo(10.0);
        assertThat(c.credentials()).containsExactly(Credentials.of("sup", "se:cret"), Credentials.of("x", "y"));
    }

    @Test
    void warmUpAndCurveOptions() throws Exception {
        ProjectConfig p = parse("--warm-up", "30m", "--curve", "flat").projects().get(0);
        ProjectConfig.Synthetic source = (ProjectConfig.Synthetic) p.source();
        assertThat(source.warmUp()).isEqualTo(java.time.Duration.ofMinutes(30));
        assertThat(p.describe()).contains("warm-up 30 min");
        assertThat(SimulatorOptions.parseDuration("--warm-up", "90s")).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(SimulatorOptions.parseDuration("--warm-up", "1h")).isEqualTo(java.time.Duration.ofHours(1));
        assertThat(SimulatorOptions.parseDuration("--warm-up", "PT45M")).isEqualTo(java.time.Duration.ofMinutes(45));
        assertThat(((ProjectConfig.Synthetic) parse().projects().get(0).source()).warmUp()).isZero();

        assertThat(run("--warm-up", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("--warm-up soon (expected: a duration up to 24h");
        assertThat(run("--warm-up", "48h")).isEqualTo(2);
        assertThat(run("--curve", "sine")).isEqualTo(2);
        assertThat(err.toString()).contains("--curve sine (expected: office or flat)");
        assertThat(run("--replay", "/nonexistent", "--warm-up", "5m")).isEqualTo(2);
        assertThat(err.toString()).contains("--warm-up applies to synthetic traffic");
    }

    @Test
    void theCommandLineWarmsTheConnectionPathUnlessToldNot() throws Exception {
        assertThat(parse().warmSessions()).isEqualTo(1000);
        assertThat(parse("--warm-sessions", "0").warmSessions()).isZero();
        assertThat(SimulatorConfig.builder().project(ProjectConfig.empty("A", 0)).build().warmSessions())
                .as("embedders (tests) start without it").isZero();
        assertThat(run("--warm-sessions", "-1")).isEqualTo(2);
        assertThat(err.toString()).contains("--warm-sessions -1 (expected: 0 or more)");
    }

    @Test
    void theTransportIsChosenOrLeftToThePlatform() throws Exception {
        assertThat(parse().transport()).isEqualTo(Transport.preferred());
        assertThat(parse("--transport", "NIO").transport()).isEqualTo(Transport.NIO);
        assertThat(run("--transport", "io_uring")).isEqualTo(2);
        assertThat(err.toString()).contains("--transport io_uring (expected: epoll or nio)");
    }

    @Test
    void configFileSuppliesDefaults(@TempDir Path dir) throws Exception {
        Path props = dir.resolve("sim.properties");
        Files.writeString(props, "port=0\nproject=FROMFILE\nagents=4\nqueues=2\n");
        assertThat(run("--config", props.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("serving project FROMFILE");

        Path json = dir.resolve("sim.json");
        Files.writeString(json, "{\"port\": 0, \"project\": [\"J1\", \"J2\"], \"credentials\": \"a:b\"}");
        out.getBuffer().setLength(0);
        assertThat(run("--config", json.toString(), "--agents", "3", "--queues", "1")).isZero();
        assertThat(out.toString()).contains("serving project J1").contains("serving project J2").contains("1 accepted");
    }

    @Test
    void credentialsFromAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("logins.txt");
        Files.writeString(file, "# accepted\nsup:one\nadmin:two\n");
        assertThat(SimulatorOptions.readCredentials(file.toString()))
                .containsExactly(Credentials.of("sup", "one"), Credentials.of("admin", "two"));
    }
}
