package io.cccpexplorer.dashboard.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.DashboardConfig;
import io.cccpexplorer.dashboard.config.MysqlSettings;
import io.cccpexplorer.dashboard.config.ServerEntry;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectivityCheckTest {

    private static ServerEntry server(String host, int port) {
        return new ServerEntry("P", host, port, 0, null, ServerEntry.Source.CONFIG);
    }

    @Test
    void tcpProbeNamesWhatWentWrong() throws Exception {
        TcpProbe probe = new TcpProbe();
        try (ServerSocket listening = new ServerSocket(0)) {
            CheckResult ok = probe.probe(server("127.0.0.1", listening.getLocalPort()), Duration.ofSeconds(2));
            assertThat(ok.ok()).isTrue();
            assertThat(ok.line()).startsWith("OK   cccp P 127.0.0.1:");
        }
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        CheckResult refused = probe.probe(server("127.0.0.1", closed), Duration.ofSeconds(2));
        assertThat(refused.ok()).isFalse();
        assertThat(refused.detail()).contains("refused");
        CheckResult dns = probe.probe(server("no-such-host.invalid", 20103), Duration.ofSeconds(2));
        assertThat(dns.line()).startsWith("FAIL ").contains("DNS");
    }

    @Test
    void checksMysqlThenEveryServer() {
        DashboardConfig config = DashboardConfig.builder().simulator(false)
                .server(server("127.0.0.1", 1))
                .mysql(new MysqlSettings("127.0.0.1", 1, "root", "", "")).build();
        List<CheckResult> results = new ConnectivityCheck(config, (s, d) -> CheckResult.ok("probe " + s.project(),
                "fine"), Duration.ofSeconds(2)).run();
        assertThat(results).hasSize(2);
        assertThat(results.get(0).target()).startsWith("mysql root@127.0.0.1:1");
        assertThat(results.get(0).ok()).isFalse();
        assertThat(results.get(0).detail()).startsWith("MySQL unavailable");
        assertThat(results.get(1).target()).isEqualTo("probe P");
    }
}
