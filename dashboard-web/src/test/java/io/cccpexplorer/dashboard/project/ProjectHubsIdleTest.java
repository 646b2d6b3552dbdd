package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.http.DashboardJson;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A project's hub closes once nobody has used it for the idle timeout, counted on the injected clock: at the
 * timeout itself, not one tick later (with a zero timeout, a hub used in the same millisecond stayed open, and the
 * intraday test that closes it raced the clock).
 */
class ProjectHubsIdleTest {

    private static final Duration IDLE = Duration.ofMinutes(5);
    private final ManualClock clock = ManualClock.utc("2026-12-06T10:00:00Z");
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    private ProjectHubs hubs;

    @AfterEach
    void close() {
        hubs.close();
    }

    @Test
    void aHubStaysOpenUntilTheIdleTimeoutThenCloses() {
        hubs = hubs(IDLE);
        hubs.hub("ACME");

        clock.advance(IDLE.minusMillis(1));
        hubs.closeIdle();
        assertThat(openProjects()).containsExactly("ACME");

        clock.advance(Duration.ofMillis(1));
        hubs.closeIdle();
        assertThat(openProjects()).isEmpty();
    }

    @Test
    void aRequestRestartsTheIdleTimeout() {
        hubs = hubs(IDLE);
        hubs.hub("ACME");
        clock.advance(Duration.ofMinutes(4));
        hubs.hub("ACME");

        clock.advance(Duration.ofMinutes(4));
        hubs.closeIdle();
        assertThat(openProjects()).containsExactly("ACME");
        clock.advance(Duration.ofMinutes(1));
        hubs.closeIdle();
        assertThat(openProjects()).isEmpty();
    }

    @Test
    void aZeroTimeoutClosesAHubUsedInTheSameMillisecond() {
        hubs = hubs(Duration.ZERO);
        hubs.hub("ACME");
        hubs.closeIdle();
        assertThat(openProjects()).isEmpty();
    }

    @Test
    void aPinnedProjectNeverCloses() {
        hubs = new ProjectHubs(catalog(), server -> new InMemoryFeed(server.project(), clock), clock,
                DashboardJson.create(), 100, IDLE, day, Duration.ofSeconds(10), "ACME"::equals);
        hubs.hub("ACME");
        clock.advance(Duration.ofHours(1));
        hubs.closeIdle();
        assertThat(openProjects()).containsExactly("ACME");
    }

    private ProjectHubs hubs(Duration idle) {
        return new ProjectHubs(catalog(), server -> new InMemoryFeed(server.project(), clock), clock,
                DashboardJson.create(), 100, idle, day, Duration.ofSeconds(10));
    }

    private static ProjectCatalog catalog() {
        return new ProjectCatalog(Optional.empty(),
                List.of(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst", ServerEntry.Source.CONFIG)),
                List.of());
    }

    private List<String> openProjects() {
        return hubs.open().stream().map(ProjectHub::project).toList();
    }
}
