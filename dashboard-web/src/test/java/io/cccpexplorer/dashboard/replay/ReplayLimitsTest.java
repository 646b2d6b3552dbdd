package io.cccpexplorer.dashboard.replay;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.simulator.traffic.TrafficProfile;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry's bounds: snapshots held at once, and records per snapshot. */
class ReplayLimitsTest {

    @Test
    void oneSnapshotTooManyIsRefusedUntilOneIsDeleted(@TempDir Path root) throws Exception {
        ReplayLogs.write(root, TrafficProfile.SMALL.withProject("ACME"), 3, Instant.parse("2026-02-09T08:00:00Z"),
                Instant.parse("2026-02-09T08:30:00Z"));
        ReplaySettings settings = ReplaySettings.of(Optional.of(root), ZoneId.of("UTC"))
                .withLimits(1, 1, Duration.ofMinutes(1), Duration.ofMinutes(10), 1_000_000);
        try (ReplaySnapshots snapshots = new ReplaySnapshots(settings, Clock.systemUTC());
             ReplayHttp http = new ReplayHttp(new ReplayRoutes(snapshots), Clock.systemUTC())) {
            ReplayHttp.Answer first = http.post("/api/replay/snapshots",
                    Map.of("project", "ACME", "date", "2026-02-09"));
            assertThat(first.status()).isEqualTo(202);

            ReplayHttp.Answer second = http.post("/api/replay/snapshots",
                    Map.of("project", "ACME", "date", "2026-02-09", "hour", "8"));

            assertThat(second.status()).isEqualTo(429);
            assertThat(second.errorCode()).isEqualTo("too_many_snapshots");
            assertThat(http.delete("/api/replay/snapshots/" + first.body().get("snapshot_id").asText()).status())
                    .isEqualTo(200);
            assertThat(http.post("/api/replay/snapshots", Map.of("project", "ACME", "date", "2026-02-09", "hour", "8"))
                    .status()).isEqualTo(202);
        }
    }

    @Test
    void aWindowLargerThanTheRecordLimitFailsInsteadOfFillingMemory(@TempDir Path root) throws Exception {
        ReplayLogs.write(root, TrafficProfile.SMALL.withProject("ACME"), 3, Instant.parse("2026-02-09T08:00:00Z"),
                Instant.parse("2026-02-09T08:30:00Z"));
        ReplaySettings settings = ReplaySettings.of(Optional.of(root), ZoneId.of("UTC"))
                .withLimits(1, 2, Duration.ofMinutes(1), Duration.ofMinutes(10), 500);
        try (ReplaySnapshots snapshots = new ReplaySnapshots(settings, Clock.systemUTC());
             ReplayHttp http = new ReplayHttp(new ReplayRoutes(snapshots), Clock.systemUTC())) {
            String id = http.post("/api/replay/snapshots", Map.of("project", "ACME", "date", "2026-02-09"))
                    .body().get("job_id").asText();
            ReplayHttp.Answer job = http.get("/api/replay/jobs/" + id);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!job.body().get("state").asText().equals("failed") && System.nanoTime() < deadline) {
                LockSupport.parkNanos(20_000_000);
                job = http.get("/api/replay/jobs/" + id);
            }

            assertThat(job.body().get("state").asText()).isEqualTo("failed");
            assertThat(job.body().get("reason").asText()).contains("more than 500 records");
            assertThat(job.body().get("records_loaded").asLong()).isBetween(500L, 1500L);
        }
    }
}
