package io.cccpexplorer.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command line says when the dashboard cannot start. */
class DashboardStartupTest {

    @Test
    void aPortInUseIsNamedWithTheWayToChooseAnother(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            StringWriter err = new StringWriter();

            int code = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> DashboardMain.execute(
                    new String[] {"--port", Integer.toString(port), "--simulator", "off", "--data-dir",
                            data.toString()}, new PrintWriter(err, true)));

            assertThat(code).isEqualTo(2);
            assertThat(err.toString()).startsWith("error: port " + port + " on 127.0.0.1 is already in use (")
                    .contains("Address already in use")
                    .contains("DASHBOARD_PORT=" + (port + 1) + " or --port " + (port + 1))
                    .doesNotContain("\tat ");
        }
    }

    @Test
    void aNonLoopbackHostWithoutUsersIsRefusedBeforeAnythingStarts(@TempDir Path data) {
        StringWriter err = new StringWriter();

        int code = DashboardMain.execute(new String[] {"--host", "0.0.0.0", "--port", "0", "--simulator", "off",
                "--data-dir", data.toString()}, new PrintWriter(err, true));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: host 0.0.0.0 is not a loopback address")
                .contains("DASHBOARD_USERS");
    }
}
