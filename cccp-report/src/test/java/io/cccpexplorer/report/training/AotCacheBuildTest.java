package io.cccpexplorer.report.training;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which JDK the AOT cache is built with, and what the build leaves beside the jar: the cache and the name of the
 * {@code java} it fits, or nothing (and no stale cache) when no JDK 25+ is there or the training run fails. The
 * JDKs here are fake homes whose {@code bin/java} records its arguments and writes the cache file it is asked for.
 */
class AotCacheBuildTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void theNewestJdkUnderTheRootsIsChosenAndFoldersThatAreNoJdkAreSkipped() throws IOException {
        Path roots = dir.resolve("jvm");
        fakeJdk(roots.resolve("jdk-17"), "17.0.15", 0);
        fakeJdk(roots.resolve("jdk-25"), "25.0.3", 0);
        fakeJdk(roots.resolve("jdk-26"), "26", 0);
        Files.createDirectories(roots.resolve("no-release/bin"));
        Path broken = fakeJdk(roots.resolve("bad-version"), "not a version", 0);

        assertThat(AotCacheBuild.newest(List.of(roots, dir.resolve("missing"))))
                .get().extracting(AotCacheBuild.Jdk::home).isEqualTo(roots.resolve("jdk-26"));
        assertThat(AotCacheBuild.Jdk.at(broken)).isEmpty();
        assertThat(AotCacheBuild.Jdk.at(roots.resolve("no-release"))).isEmpty();
    }

    @Test
    void theCacheIsTrainedWithTheLaunchersOptionsAndItsJavaIsNamedBesideIt() throws Exception {
        Path jdk = fakeJdk(dir.resolve("jvm/jdk-25"), "25.0.3", 0);
        Path jar = jar();

        int code = AotCacheBuild.build(jar, null, List.of(dir.resolve("jvm")), print(out), print(err));

        assertThat(code).isZero();
        Path cache = dir.resolve("dist/cccp-report.aot");
        assertThat(cache).hasContent("cache");
        assertThat(dir.resolve("dist/cccp-report.aot.jdk"))
                .hasContent(jdk.resolve("bin/java") + "\nJAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n");
        List<String> args = Files.readAllLines(jdk.resolve("args.txt"));
        assertThat(args.subList(0, AotCacheBuild.LAUNCHER_OPTIONS.size()))
                .isEqualTo(AotCacheBuild.LAUNCHER_OPTIONS);
        assertThat(args).contains("-XX:AOTCacheOutput=" + cache, jar.toString(), TrainingRun.class.getName());
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("AOT cache: " + cache, "JDK 25.0.3")
                .doesNotContain("the training said why");
        assertThat(dir.resolve("dist/cccp-report.aot.log")).doesNotExist();
    }

    @Test
    void withoutAJdk25OrWhenSwitchedOffNoCacheIsLeftNotEvenAnOldOne() throws Exception {
        fakeJdk(dir.resolve("jvm/jdk-21"), "21.0.9", 0);
        Path jar = jar();
        staleCache();

        assertThat(AotCacheBuild.build(jar, null, List.of(dir.resolve("jvm")), print(out), print(err))).isZero();
        assertThat(dir.resolve("dist/cccp-report.aot")).doesNotExist();
        assertThat(dir.resolve("dist/cccp-report.aot.jdk")).doesNotExist();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("no JDK 25 or newer found",
                "uses the class-data-sharing archive");

        fakeJdk(dir.resolve("jvm/jdk-25"), "25", 0);
        staleCache();
        assertThat(AotCacheBuild.build(jar, "none", List.of(dir.resolve("jvm")), print(out), print(err))).isZero();
        assertThat(dir.resolve("dist/cccp-report.aot")).doesNotExist();
        assertThat(dir.resolve("dist/cccp-report.aot.jdk")).doesNotExist();
    }

    @Test
    void aJdkNamedByTheEnvironmentWinsOverTheSearch() throws Exception {
        fakeJdk(dir.resolve("jvm/jdk-26"), "26", 0);
        Path chosen = fakeJdk(dir.resolve("elsewhere/jdk-25"), "25.0.1", 0);

        int code = AotCacheBuild.build(jar(), chosen.toString(), List.of(dir.resolve("jvm")), print(out), print(err));

        assertThat(code).isZero();
        assertThat(dir.resolve("dist/cccp-report.aot.jdk")).hasContent(chosen.resolve("bin/java")
                + "\nJAVA_VERSION=\"25.0.1\"\n");
        assertThat(dir.resolve("jvm/jdk-26/args.txt")).doesNotExist();
    }

    @Test
    void aFailedTrainingRunLeavesNoCacheAndFailsTheBuild() throws Exception {
        fakeJdk(dir.resolve("jvm/jdk-25"), "25", 3);

        int code = AotCacheBuild.build(jar(), null, List.of(dir.resolve("jvm")), print(out), print(err));

        assertThat(code).isEqualTo(1);
        assertThat(dir.resolve("dist/cccp-report.aot")).doesNotExist();
        assertThat(dir.resolve("dist/cccp-report.aot.jdk")).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("training run with", "failed (exit 3)",
                "the training said why");
    }

    private Path jar() throws IOException {
        Path jar = dir.resolve("dist/cccp-report.jar");
        Files.createDirectories(jar.getParent());
        Files.writeString(jar, "a jar");
        return jar;
    }

    private void staleCache() throws IOException {
        Files.writeString(dir.resolve("dist/cccp-report.aot"), "old");
        Files.writeString(dir.resolve("dist/cccp-report.aot.jdk"), "/old/java\n");
    }

    /** A JDK home: a release file with {@code version}, and a java that records its arguments and writes the cache. */
    private static Path fakeJdk(Path home, String version, int exitCode) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        // a Temurin-like release file names the exact build on a line of its own; the others only the version
        String build = version.equals("25.0.3") ? "JAVA_RUNTIME_VERSION=\"25.0.3+9-LTS\"\n" : "";
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n" + build);
        Path java = home.resolve("bin/java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                printf '%%s\\n' "$@" > "%s"
                echo "the training said why"
                for a in "$@"; do
                  case "$a" in -XX:AOTCacheOutput=*) [[ %d == 0 ]] && printf cache > "${a#-XX:AOTCacheOutput=}" ;; esac
                done
                exit %d
                """.formatted(home.resolve("args.txt"), exitCode, exitCode));
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return home;
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}
