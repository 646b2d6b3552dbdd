package io.cccpexplorer.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.spec.testing.LauncherScripts;
import io.cccpexplorer.spec.testing.LauncherScripts.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/cccp-simulator}: finds the jar beside it, starts the JVM with the options the simulator is measured
 * with (the serial collector; C1 and C2 with thresholds scaled: a connection's path compiled during the warm-up,
 * #11), puts {@code CCCP_SIMULATOR_JAVA_OPTS} after them so that they can be overridden, passes arguments through
 * untouched.
 * The jar here is a probe that prints the JVM's options and its arguments, so the script is tested without a build of
 * the real jar.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/cccp-simulator");
    /** A developer's own settings must not change what the tests see. */
    private static final Predicate<String> UNSET = Set.of("CCCP_SIMULATOR_JAR", "CCCP_SIMULATOR_JAVA_OPTS")::contains;

    @TempDir
    Path install;

    private Result run(Map<String, String> env, String... args) throws Exception {
        return LauncherScripts.run(install.resolve("cccp-simulator"), UNSET, env, Duration.ofSeconds(60), args);
    }

    @BeforeEach
    void installScriptAndProbeJar() throws IOException {
        Path script = install.resolve("cccp-simulator");
        Files.copy(SCRIPT, script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        LauncherScripts.writeProbeJar(install.resolve("cccp-simulator.jar"));
    }

    @Test
    void startsTheJarWithScaledThresholdsBothCompilersAndTheArgumentsUntouched() throws Exception {
        Result r = run(Map.of(), "--port", "0", "two words", "");

        assertThat(r.code()).isZero();
        // C1 only was measured slower on a quiet machine: the launcher must not stop the JIT at tier 1
        assertThat(r.stdout()).contains("-XX:CompileThresholdScaling=0.05\n").doesNotContain("TieredStopAtLevel")
                .endsWith("args=[--port][0][two words][]\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void keepsTheStatisticsSampler() throws Exception {
        // without its 50 ms wake-ups a connection's first answer was measured 15-51 us later (#11)
        assertThat(run(Map.of(), "--help").stdout()).doesNotContain("UsePerfData");
    }

    @Test
    void runsTheSerialCollectorUnlessTheCallerChoosesOne() throws Exception {
        // G1 was measured 15-36 % slower per report session; two collectors would stop the JVM at start
        assertThat(run(Map.of(), "--help").stdout()).contains("-XX:+UseSerialGC\n");

        Result r = run(Map.of("CCCP_SIMULATOR_JAVA_OPTS", "-Xmx300m -XX:+UseG1GC"), "--help");

        assertThat(r.code()).as(r.stderr()).isZero();
        assertThat(r.stdout()).contains("-XX:+UseG1GC\n").doesNotContain("UseSerialGC");
    }

    @Test
    void moreOptionsComeAfterOursSoTheCallersWin() throws Exception {
        Result r = run(Map.of("CCCP_SIMULATOR_JAVA_OPTS", "-XX:CompileThresholdScaling=1 -Xmx300m"), "--help");

        assertThat(r.code()).isZero();
        String out = r.stdout();
        assertThat(out.indexOf("-XX:CompileThresholdScaling=1\n")).as("the caller's option comes last, so it wins")
                .isGreaterThan(out.indexOf("-XX:CompileThresholdScaling=0.05\n"));
        assertThat(out).contains("-Xmx300m\n").endsWith("args=[--help]\n");
    }

    @Test
    void withoutAJarItSaysHowToBuildOne() throws Exception {
        Files.delete(install.resolve("cccp-simulator.jar"));

        Result r = run(Map.of(), "--help");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("cccp-simulator.jar not found", "mvn -pl cccp-simulator -am package");
    }
}
