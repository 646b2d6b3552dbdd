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
import java.util.function.Predicate;
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
        hubs = hubs(IDLE, project -> false);
        hubs.hub("ACME");

        assertThat(openAfter(IDLE.minusMillis(1))).containsExactly("ACME");
        assertThat(openAfter(Duration.ofMillis(1))).isEmpty();
    }

    @Test
    void aRequestRestartsTheIdleTimeout() {
        hubs = hubs(IDLE, project -> false);
        hubs.hub("ACME");
        clock.advance(Duration.ofMinutes(4));
        hubs.hub("ACME");

        assertThat(openAfter(Duration.ofMinutes(4))).containsExactly("ACME");
        assertThat(openAfter(Duration.ofMinutes(1))).isEmpty();
    }

    @Test
    void aZeroTimeoutClosesAHubUsedInTheSameMillisecond() {
        hubs = hubs(Duration.ZERO, project -> false);
        hubs.hub("ACME");
        assertThat(openAfter(Duration.ZERO)).isEmpty();
    }

    @Test
    void aPinnedProjectNeverCloses() {
        hubs = hubs(IDLE, "ACME"::equals);
        hubs.hub("ACME");
        assertThat(openAfter(Duration.ofHours(1))).containsExactly("ACME");
    }

    private ProjectHubs hubs(Duration idle, Predicate<String> keepOpen) {
        return new ProjectHubs(catalog(), server -> new InMemoryFeed(server.project(), clock), clock,
                DashboardJson.create(), 100, idle, day, Duration.ofSeconds(10), keepOpen);
    }

    private static ProjectCatalog catalog() {
        return new ProjectCatalog(Optional.empty(),
                List.of(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst", ServerEntry.Source.CONFIG)),
                List.of());
    }

    /** The projects still open once {@code idle} passed and the periodic close ran. */
    private List<String> openAfter(Duration idle) {
        clock.advance(idle);
        hubs.closeIdle();
        return hubs.open().stream().map(ProjectHub::project).toList();
    }
}
