package io.cccpexplorer.report;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/cccp-report}: finds the jar beside it, starts the JVM with the start-up flags, adds the
 * class-data-sharing archive only when one is there (and not switched off), stays silent when the archive is
 * unusable, passes arguments through untouched. The jar here is a probe that prints the JVM's options and its
 * arguments, so the script is tested without a build of the real jar.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/cccp-report");

    @TempDir
    Path install;

    @BeforeEach
    void installScriptAndProbeJar() throws IOException {
        Path script = install.resolve("cccp-report");
        Files.copy(SCRIPT, script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        writeProbeJar(install.resolve("cccp-report.jar"));
    }

    @Test
    void startsTheJarWithTheStartUpFlagsAndTheArgumentsUntouched() throws Exception {
        Result r = run(install.resolve("cccp-report"), Map.of(), "-fields", "row.a;row.b", "two words", "");

        assertThat(r.code()).isZero();
        assertThat(r.stdout()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData")
                .doesNotContain("SharedArchiveFile")
                .contains("name=cccp-report\n")
                .endsWith("args=[-fields][row.a;row.b][two words][]\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void anArchiveBesideTheJarIsUsedAndAnUnusableOneFallsBackSilently() throws Exception {
        Files.writeString(install.resolve("cccp-report.jsa"), "not an archive");

        Result r = run(install.resolve("cccp-report"), Map.of(), "-VV");

        assertThat(r.code()).isZero();
        assertThat(r.stdout()).contains("-XX:SharedArchiveFile=" + install.resolve("cccp-report.jsa"))
                .endsWith("args=[-VV]\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void theArchiveCanBeSwitchedOffAndMoreOptionsAdded() throws Exception {
        Files.writeString(install.resolve("cccp-report.jsa"), "not an archive");

        Result r = run(install.resolve("cccp-report"), Map.of("CCCP_REPORT_CDS", "off",
                "CCCP_REPORT_JAVA_OPTS", "-Xmx300m -Dx=y"), "-VV");

        assertThat(r.stdout()).doesNotContain("SharedArchiveFile").contains("-Xmx300m", "-Dx=y");
    }

    @Test
    void aSymlinkedScriptStillFindsItsJarAndNamesItselfAfterTheLink(@TempDir Path bin) throws Exception {
        Path link = Files.createSymbolicLink(bin.resolve("ccenter_report"), install.resolve("cccp-report"));

        Result r = run(link, Map.of(), "-VV");

        assertThat(r.code()).isZero();
        assertThat(r.stdout()).contains("name=ccenter_report\n");
    }

    @Test
    void withoutAJarItSaysHowToBuildOne() throws Exception {
        Files.delete(install.resolve("cccp-report.jar"));

        Result r = run(install.resolve("cccp-report"), Map.of(), "-VV");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("cccp-report.jar not found", "mvn -pl cccp-report -am package");
    }

    private record Result(int code, String stdout, String stderr) {
    }

    private static Result run(Path script, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove("CCCP_REPORT_CDS");
        pb.environment().remove("CCCP_REPORT_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the launcher ended").isTrue();
        return new Result(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    /** A runnable jar whose main prints the JVM options, the program name property and the arguments. */
    private static void writeProbeJar(Path jar) throws IOException {
        Path src = Files.createTempDirectory("probe");
        Files.writeString(src.resolve("Probe.java"), """
                public class Probe {
                    public static void main(String[] args) {
                        StringBuilder s = new StringBuilder();
                        for (String o : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                            s.append(o).append('\\n');
                        }
                        s.append("name=").append(System.getProperty("cccp.report.name")).append('\\n').append("args=");
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
