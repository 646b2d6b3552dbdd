package io.cccpexplorer.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage, errors and exit codes, as ccenter_report (captures/usage-all-binaries.txt). */
class ReportArgumentsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReportCommand(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1), Clock.systemUTC(), "ccenter_report").run(args);
    }

    private String stderr() {
        return err.toString(StandardCharsets.ISO_8859_1);
    }

    @Test
    void noArgumentsListsEveryMissingOptionThenTheUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(stderr().lines().map(l -> l.replaceFirst("^\\d\\d/\\d\\d/\\d{4} [0-9:.]+ : \\d+ : ", "")).limit(5))
                .containsExactly("-login not specified.", "-server not specified.",
                        "one of -list, -count and -content must be specified.", "-path must be specified.",
                        "ccenter_report Version 2.10.0.12 Dec  2 2025 09:35:52");
    }

    @Test
    void helpLikeOptionsAreBadArgumentsAsWithTheVendor() {
        assertThat(run("-h")).isEqualTo(2);
        assertThat(stderr()).startsWith("Bad argument <-h>\nccenter_report Version 2.10.0.12");
        assertThat(stderr()).contains("    -separator : Separator string used in results.\n");
    }

    @Test
    void versionOptions() {
        assertThat(run("-VV")).isZero();
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).isEqualTo("2.10.0.12\n");
        assertThat(run("-V")).isZero();
        assertThat(stderr()).contains("-login login -password password -server address port");
    }

    @Test
    void doubleDashHelpDescribesOurDifferences() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.ISO_8859_1)).contains("-timeout", "-format json", "-follow",
                "ccenter_report waits forever");
    }

    @Test
    void refusedConnectionIsExitFiveAfterBoundedAttempts() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        assertThat(run("-login", "a", "-password", "b", "-server", "127.0.0.1", Integer.toString(port),
                "-list", "-path", "/dispatch", "-field", "sessions", "-connect_attempts", "1")).isEqualTo(5);
        assertThat(stderr()).contains("Can't connect to server ( 127.0.0.1:" + port + " )");
    }
}
