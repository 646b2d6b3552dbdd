package io.cccpexplorer.report;

import io.cccpexplorer.report.testing.CaptureScript;
import io.cccpexplorer.report.testing.ReplayServer;
import io.cccpexplorer.report.training.AotCacheBuild;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The golden captures again, each as a process of the JDK the launcher runs with the AOT cache (the newest JDK 25+
 * the build finds) and with the options it gives that JDK: stdout byte for byte the vendor's, exit code 0. The
 * in-process {@link ReportGoldenTest} runs on the build's JDK 17 only; a JDK's own formatting (numbers, dates) must
 * not change what a report prints. Skipped where the machine has no JDK 25 (the launcher then runs JDK 17 too).
 */
class ReportGoldenOnLauncherJdkTest {

    private static Path java;

    @BeforeAll
    static void findTheLaunchersJdk() throws Exception {
        Optional<AotCacheBuild.Jdk> jdk = AotCacheBuild.newest(AotCacheBuild.searchRoots())
                .filter(j -> j.feature() >= AotCacheBuild.FIRST_FEATURE);
        assumeTrue(jdk.isPresent(), "no JDK 25 or newer on this machine");
        java = jdk.get().java();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cccpexplorer.report.ReportGoldenTest#captures")
    void printsWhatTheVendorPrinted(String capture, List<String> query) throws Exception {
        CaptureScript script = CaptureScript.read(ReportGoldenTest.CAPTURES.resolve(capture + ".frames.txt"));
        String[] credentials = script.credentials();
        try (ReplayServer server = new ReplayServer(script, 1_000)) {
            List<String> command = new ArrayList<>(List.of(java.toString()));
            command.addAll(AotCacheBuild.LAUNCHER_OPTIONS);
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReportMain.class.getName(),
                    "-login", credentials[0], "-password", credentials[1], "-server", "127.0.0.1",
                    Integer.toString(server.port())));
            command.addAll(query);
            Path out = Files.createTempFile("report", ".out");
            Path err = Files.createTempFile("report", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                        .start();
                p.getOutputStream().close();
                assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();
                server.finished().get(10, TimeUnit.SECONDS);

                assertThat(p.exitValue()).as("exit code, stderr: %s", Files.readString(err)).isZero();
                assertThat(new String(Files.readAllBytes(out), StandardCharsets.ISO_8859_1))
                        .isEqualTo(ReportGoldenTest.vendorStdout(
                                ReportGoldenTest.CAPTURES.resolve(capture + ".stdout.txt")));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        }
    }
}
