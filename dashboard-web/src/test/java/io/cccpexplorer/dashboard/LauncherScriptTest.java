package io.cccpexplorer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.cccpexplorer.spec.testing.LauncherScripts;
import io.cccpexplorer.spec.testing.LauncherScripts.Result;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/dashboard}, the container's entry point, run as the container runs it ({@code DASHBOARD_HOST=0.0.0.0}
 * from the Containerfile). The jar is a manifest-only jar whose {@code Class-Path} is this test's class path, so
 * the script starts the real {@link DashboardMain} without a packaged build. Not tested here (no container engine
 * on these machines): building the image, and a container actually serving on 0.0.0.0 (tests bind loopback only).
 */
class LauncherScriptTest {

    private static final Path SCRIPT = Path.of("bin/dashboard");

    @TempDir
    Path dir;

    @Test
    void theContainersSettingsWithoutUsersRefuseToStartAndSayWhatToSet() throws Exception {
        Path jar = classPathJar(dir.resolve("dashboard-web.jar"));

        Result r = run(Map.of("DASHBOARD_JAR", jar.toString(), "DASHBOARD_HOST", "0.0.0.0", "DASHBOARD_PORT", "0",
                "DASHBOARD_SIMULATOR", "off", "DASHBOARD_DATA_DIR", dir.toString()));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).startsWith("error: host 0.0.0.0 is not a loopback address")
                .contains("DASHBOARD_USERS=name:role:hash", "hash-password");
        assertThat(r.stdout()).doesNotContain("listening");
    }

    @Test
    void withUsersTheSameSettingsPassTheBindRule() {
        // the other half of the rule, without binding 0.0.0.0 in a test
        assertThatCode(() -> BindRule.check("0.0.0.0", true)).doesNotThrowAnyException();
    }

    @Test
    void passesArgumentsThroughToTheDashboard() throws Exception {
        Path jar = classPathJar(dir.resolve("dashboard-web.jar"));

        Result r = run(Map.of("DASHBOARD_JAR", jar.toString()), "hash-password", "--help");

        assertThat(r.code()).isZero();
        assertThat(r.stdout() + r.stderr()).contains("hash-password");
    }

    @Test
    void withoutAJarItSaysHowToBuildOne() throws Exception {
        Result r = run(Map.of("DASHBOARD_JAR", dir.resolve("none.jar").toString()));

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.stderr()).contains("dashboard-web.jar not found", "mvn -pl dashboard-web -am package");
    }

    private static Result run(Map<String, String> env, String... args) throws Exception {
        return LauncherScripts.run(SCRIPT, k -> k.startsWith("DASHBOARD_") || k.startsWith("MYSQL_"), env,
                Duration.ofSeconds(120), args);
    }

    /** A jar with only a manifest: DashboardMain as main class, this JVM's class path as its Class-Path. */
    private static Path classPathJar(Path jar) throws IOException {
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(entry -> Path.of(entry).toAbsolutePath().toUri().getRawPath())
                .collect(Collectors.joining(" "));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, DashboardMain.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.flush();
        }
        return jar;
    }
}
