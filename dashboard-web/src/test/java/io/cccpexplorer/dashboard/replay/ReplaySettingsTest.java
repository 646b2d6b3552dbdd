package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logs root and limits come from the environment, validated; without a root the API says replay is off. */
class ReplaySettingsTest {

    @Test
    void readsTheEnvironment(@TempDir Path root) {
        ReplaySettings s = ReplaySettings.fromEnvironment(Map.of("DASHBOARD_LOGS_ROOT", root.toString(),
                "DASHBOARD_REPLAY_MAX_LOADS", "3", "DASHBOARD_REPLAY_IDLE_MINUTES", "45",
                "DASHBOARD_REPLAY_ZONE", "Europe/Paris"));

        assertThat(s.logsRoot()).contains(root.toAbsolutePath().normalize());
        assertThat(s.maxConcurrentLoads()).isEqualTo(3);
        assertThat(s.idleExpiry()).isEqualTo(Duration.ofMinutes(45));
        assertThat(s.zone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void refusesAMissingFolderAndBadNumbers(@TempDir Path root) throws Exception {
        Path file = Files.writeString(root.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> ReplaySettings.fromEnvironment(Map.of("DASHBOARD_LOGS_ROOT",
                root.resolve("missing").toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DASHBOARD_LOGS_ROOT");
        assertThatThrownBy(() -> ReplaySettings.fromEnvironment(Map.of("DASHBOARD_LOGS_ROOT", file.toString())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable folder");
        assertThatThrownBy(() -> ReplaySettings.fromEnvironment(Map.of("DASHBOARD_REPLAY_MAX_LOADS", "0")))
                .hasMessageContaining("DASHBOARD_REPLAY_MAX_LOADS");
        assertThatThrownBy(() -> ReplaySettings.fromEnvironment(Map.of("DASHBOARD_REPLAY_ZONE", "Mars/Olympus")))
                .hasMessageContaining("DASHBOARD_REPLAY_ZONE");
    }

    @Test
    void withoutARootEveryEndpointAnswers503(@TempDir Path unused) throws Exception {
        ReplaySettings off = ReplaySettings.fromEnvironment(Map.of());
        assertThat(off.logsRoot()).isEmpty();
        try (ReplaySnapshots snapshots = new ReplaySnapshots(off, Clock.systemUTC());
             ReplayHttp http = new ReplayHttp(new ReplayRoutes(snapshots), Clock.systemUTC())) {
            for (ReplayHttp.Answer a : new ReplayHttp.Answer[] {http.get("/api/replay/projects"),
                    http.get("/api/replay/snapshots"),
                    http.post("/api/replay/snapshots", Map.of("project", "ACME", "date", "2026-02-09"))}) {
                assertThat(a.status()).isEqualTo(503);
                assertThat(a.errorCode()).isEqualTo("replay_unavailable");
            }
            ReplayHttp.Answer page = http.get("/replay");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.text()).contains("<title>").doesNotContain("<script>");
        }
    }

    @Test
    void writesNeedTheCsrfToken(@TempDir Path root) throws Exception {
        try (ReplaySnapshots snapshots = new ReplaySnapshots(ReplaySettings.of(Optional.of(root), ZoneId.of("UTC")),
                Clock.systemUTC());
             ReplayHttp http = new ReplayHttp(new ReplayRoutes(snapshots), Clock.systemUTC())) {
            ReplayHttp.Answer a = http.postWithoutCsrf("/api/replay/snapshots",
                    Map.of("project", "ACME", "date", "2026-02-09"));
            assertThat(a.status()).isEqualTo(403);
            assertThat(a.errorCode()).isEqualTo("csrf_failed");
            assertThat(snapshots.list()).isEmpty();
        }
    }
}
