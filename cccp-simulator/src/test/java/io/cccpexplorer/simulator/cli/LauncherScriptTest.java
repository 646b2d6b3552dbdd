package io.cccpexplorer.simulator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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

    @TempDir
    Path install;

    @BeforeEach
    void installScriptAndProbeJar() throws IOException {
        Path script = install.resolve("cccp-simulator");
        Files.copy(SCRIPT, script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        writeProbeJar(install.resolve("cccp-simulator.jar"));
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

    private record Result(int code, String stdout, String stderr) {
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(install.resolve("cccp-simulator").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("CCCP_SIMULATOR_JAR");
        pb.environment().remove("CCCP_SIMULATOR_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A runnable jar whose main prints the JVM options and the arguments. */
    private static void writeProbeJar(Path jar) throws IOException {
        Path src = Files.createTempDirectory("probe");
        Files.writeString(src.resolve("Probe.java"), """
                public class Probe {
                    public static void main(String[] args) {
                        StringBuilder s = new StringBuilder();
                        for (String o : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                            s.append(o).append('\\n');
                        }
                        s.append("args=");
                        for (String a : args) {
                            s.append('[').append(a).append(']');
                        }
                        System.out.println(s);
                    }
                }
                """);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-d", src.toString(), src.resolve("Probe.java").toString())).isZero();
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Probe");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Probe.class"));
            out.write(Files.readAllBytes(src.resolve("Probe.class")));
            out.closeEntry();
        }
    }
}
