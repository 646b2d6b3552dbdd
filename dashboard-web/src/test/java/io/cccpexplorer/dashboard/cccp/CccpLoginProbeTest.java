package io.cccpexplorer.dashboard.cccp;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.check.CheckResult;
import io.cccpexplorer.dashboard.config.ServerEntry;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code check} against a real cccp-simulator project. */
class CccpLoginProbeTest {

    private static EmbeddedSimulator simulator;

    @BeforeAll
    static void start() {
        simulator = EmbeddedSimulator.start("PROBE", 8, 1L, Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        simulator.close();
    }

    private static ServerEntry entry() {
        return new ServerEntry("PROBE", "127.0.0.1", simulator.port(), 0, null, ServerEntry.Source.CONFIG);
    }

    @Test
    void goodCredentialsLogInAndList() {
        try (CccpLoginProbe probe = new CccpLoginProbe(simulator.login(), simulator.password())) {
            CheckResult r = probe.probe(entry(), Duration.ofSeconds(5));
            assertThat(r.ok()).as(r.line()).isTrue();
            assertThat(r.detail()).contains("login as '" + simulator.login() + "' ok");
        }
    }

    @Test
    void wrongCredentialsAreNamed() {
        try (CccpLoginProbe probe = new CccpLoginProbe(simulator.login(), "wrong")) {
            CheckResult r = probe.probe(entry(), Duration.ofSeconds(5));
            assertThat(r.ok()).isFalse();
            assertThat(r.line()).startsWith("FAIL cccp PROBE 127.0.0.1:");
            assertThat(r.detail()).isNotBlank();
        }
    }

    @Test
    void missingCredentialsAreNamed() {
        try (CccpLoginProbe probe = new CccpLoginProbe(null, null)) {
            CheckResult r = probe.probe(entry(), Duration.ofSeconds(5));
            assertThat(r.ok()).isFalse();
            assertThat(r.detail()).contains("CCCP_LOGIN");
        }
    }
}
