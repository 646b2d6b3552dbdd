package io.cccpexplorer.report;

import io.cccpexplorer.spec.testing.LauncherScripts;
import io.cccpexplorer.spec.testing.LauncherScripts.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code bin/cccp-report}: finds the jar beside it, starts the JVM with the start-up flags, adds the
 * class-data-sharing archive only when one is there (and not switched off), stays silent when the archive is
 * unusable, passes arguments through untouched. The jar here is a probe that prints the JVM's options and its
 * arguments, so the script is tested without a build of the real jar.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/cccp-report");
    /** A developer's own settings must not change what the tests see. */
    private static final Predicate<String> UNSET = Set.of("CCCP_REPORT_CDS", "CCCP_REPORT_JAVA_OPTS")::contains;

    @TempDir
    Path install;

    private static Result run(Path script, Map<String, String> env, String... args) throws Exception {
        return LauncherScripts.run(script, UNSET, env, Duration.ofSeconds(60), args);
    }

    @BeforeEach
    void installScriptAndProbeJar() throws IOException {
        Path script = install.resolve("cccp-report");
        Files.copy(SCRIPT, script);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        LauncherScripts.writeProbeJar(install.resolve("cccp-report.jar"), "cccp.report.name");
    }

    @Test
    void startsTheJarWithTheStartUpFlagsAndTheArgumentsUntouched() throws Exception {
        Result r = run(install.resolve("cccp-report"), Map.of(), "-fields", "row.a;row.b", "two words", "");

        assertThat(r.code()).isZero();
        assertThat(r.stdout()).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:-UsePerfData")
                .doesNotContain("SharedArchiveFile")
                .contains("cccp.report.name=cccp-report\n")
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
        assertThat(r.stdout()).contains("cccp.report.name=ccenter_report\n");
    }

    @Test
    void withoutAJarItSaysHowToBuildOne() throws Exception {
        Files.delete(install.resolve("cccp-report.jar"));

        Result r = run(install.resolve("cccp-report"), Map.of(), "-VV");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("cccp-report.jar not found", "mvn -pl cccp-report -am package");
    }
}
