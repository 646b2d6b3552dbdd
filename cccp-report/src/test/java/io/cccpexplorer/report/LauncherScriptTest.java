package io.cccpexplorer.report;

import io.cccpexplorer.report.training.AotCacheBuild;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code bin/cccp-report}: finds the jar beside it, starts the JVM with the start-up flags, adds the
 * class-data-sharing archive only when one is there (and not switched off), stays silent when the archive is
 * unusable, passes arguments through untouched; with an AOT cache and the name of the JDK 25+ {@code java} it fits
 * (while that JDK is the same build), starts that {@code java} with the cache and the training run's options
 * instead. The jar here is a probe that prints the JVM's options and its arguments, so the script is tested
 * without a build of the real jar.
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/cccp-report");
    /** A developer's own settings must not change what the tests see. */
    private static final Predicate<String> UNSET = Set.of("CCCP_REPORT_CDS", "CCCP_REPORT_AOT", "CCCP_REPORT_JAVA_OPTS")
            ::contains;

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
    void anAotCacheStartsTheJavaItWasBuiltForWithTheTrainingRunsOptions(@TempDir Path jdk) throws Exception {
        Files.writeString(install.resolve("cccp-report.jsa"), "not an archive");
        Path java = fakeJava(jdk);
        Files.writeString(install.resolve("cccp-report.aot"), "a cache");
        Files.writeString(install.resolve("cccp-report.aot.jdk"), java + "\n" + RELEASE + "\n");

        Result r = run(install.resolve("cccp-report"), Map.of("CCCP_REPORT_JAVA_OPTS", "-Dx=y"), "-list", "two words");

        assertThat(r.code()).isZero();
        List<String> args = r.stdout().lines().toList();
        assertThat(args.get(0)).isEqualTo("java=" + java);
        // the options the cache was trained with, first and in order: a cache built under other ones is refused
        assertThat(args.subList(1, 1 + AotCacheBuild.LAUNCHER_OPTIONS.size()))
                .isEqualTo(AotCacheBuild.LAUNCHER_OPTIONS);
        assertThat(args).contains("-XX:AOTCache=" + install.resolve("cccp-report.aot"), "-Dx=y",
                        "-Dcccp.report.name=cccp-report", "-jar", install.resolve("cccp-report.jar").toString())
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile") || a.startsWith("-Xshare"));
        assertThat(args.subList(args.size() - 2, args.size())).containsExactly("-list", "two words");
    }

    @Test
    void withoutItsJavaOrItsBuildOrSwitchedOffTheAotCacheGivesWayToTheArchive(@TempDir Path jdk) throws Exception {
        Files.writeString(install.resolve("cccp-report.jsa"), "not an archive");
        Files.writeString(install.resolve("cccp-report.aot"), "a cache");
        Files.writeString(install.resolve("cccp-report.aot.jdk"), jdk.resolve("gone/bin/java") + "\n" + RELEASE + "\n");

        Result gone = run(install.resolve("cccp-report"), Map.of(), "-VV");

        assertThat(gone.code()).isZero();
        assertThat(gone.stdout()).contains("-XX:SharedArchiveFile=").doesNotContain("AOTCache");
        assertThat(gone.stderr()).isEmpty();

        Path java = fakeJava(jdk.resolve("jdk-25"));
        Files.writeString(install.resolve("cccp-report.aot.jdk"), java + "\n" + RELEASE + "\n");
        Result off = run(install.resolve("cccp-report"), Map.of("CCCP_REPORT_AOT", "off"), "-VV");

        assertThat(off.stdout()).contains("-XX:SharedArchiveFile=").doesNotContain("AOTCache", "java=");

        // the JDK updated in place since the cache was built: it would ignore the cache, so the archive is used
        Files.writeString(install.resolve("cccp-report.aot.jdk"), java + "\nJAVA_RUNTIME_VERSION=\"25.0.2+10-LTS\"\n");
        Result updated = run(install.resolve("cccp-report"), Map.of(), "-VV");

        assertThat(updated.stdout()).contains("-XX:SharedArchiveFile=").doesNotContain("AOTCache", "java=");
        assertThat(updated.stderr()).isEmpty();

        // a name file of the format before the build line: the archive too (a rebuild writes both lines)
        Files.writeString(install.resolve("cccp-report.aot.jdk"), java + "\n");
        assertThat(run(install.resolve("cccp-report"), Map.of(), "-VV").stdout())
                .contains("-XX:SharedArchiveFile=").doesNotContain("java=");
    }

    @Test
    void aDamagedAotCacheFallsBackSilentlyOnARealJdk25() throws Exception {
        Optional<AotCacheBuild.Jdk> jdk25 = AotCacheBuild.newest(AotCacheBuild.searchRoots())
                .filter(j -> j.feature() >= AotCacheBuild.FIRST_FEATURE);
        assumeTrue(jdk25.isPresent(), "no JDK 25 or newer on this machine");
        Files.writeString(install.resolve("cccp-report.aot"), "not a cache");
        Files.writeString(install.resolve("cccp-report.aot.jdk"),
                jdk25.get().java() + "\n" + jdk25.get().build() + "\n");

        Result r = run(install.resolve("cccp-report"), Map.of(), "-VV");

        assertThat(r.code()).isZero();
        // the JVM writes its warnings to stdout, among a report's rows: none may show
        assertThat(r.stdout()).contains("-XX:AOTCache=", "--sun-misc-unsafe-memory-access=allow")
                .doesNotContain("[aot]", "[cds]", "warning", "error").endsWith("args=[-VV]\n");
        assertThat(r.stderr()).isEmpty();
    }

    @Test
    void startedByARelativePathItGivesTheJvmAbsolutePaths() throws Exception {
        // a cache records the jar's path as given: trained from one directory, it must fit a run from another
        Files.writeString(install.resolve("cccp-report.jsa"), "not an archive");

        Result r = LauncherScripts.runFrom(install.getParent(), install.resolve("cccp-report"), UNSET, Map.of(),
                Duration.ofSeconds(60), "-VV");

        assertThat(r.code()).isZero();
        assertThat(r.stdout()).contains("-XX:SharedArchiveFile=/").endsWith("args=[-VV]\n");
        String archive = r.stdout().lines().filter(l -> l.startsWith("-XX:SharedArchiveFile=")).findFirst()
                .orElseThrow().substring("-XX:SharedArchiveFile=".length());
        assertThat(Path.of(archive).normalize()).isEqualTo(install.toRealPath().resolve("cccp-report.jsa"));
    }

    /** A JDK home of build {@code RELEASE} whose java prints its own path, then each argument on a line. */
    private static Path fakeJava(Path home) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"25.0.3\"\n" + RELEASE + "\n");
        Path java = home.resolve("bin/java");
        Files.writeString(java, "#!/usr/bin/env bash\necho \"java=$0\"\nprintf '%s\\n' \"$@\"\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return java;
    }

    private static final String RELEASE = "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"";

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
