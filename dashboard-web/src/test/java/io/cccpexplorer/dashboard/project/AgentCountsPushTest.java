package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.FigureSettings;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import io.cccpexplorer.dashboard.http.DashboardJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The KPI chips' counts ({@code agents} events) follow the agents between two {@code kpi} pushes: pushed when an
 * agent's status changed the counts, once for a burst of changes, never when nothing changed. The agents' own
 * rows ({@code user} events) are coalesced by the same push: one per changed agent.
 */
class AgentCountsPushTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);
    private final InMemoryFeed feed = new InMemoryFeed("ACME", clock);
    private final BusinessDay day = new BusinessDay(ZoneOffset.UTC, LocalTime.MIDNIGHT);
    // the feed delivers on its thread
    private final List<String> frames = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void aStatusChangeIsPushedOnceAsTheModelsCounts() {
        try (ProjectHub hub = new ProjectHub(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst",
                ServerEntry.Source.CONFIG), feed, clock, DashboardJson.create(), 100, day,
                new DayCurve(day, Duration.ofSeconds(10)), Duration.ofSeconds(10),
                FigureSettings.defaults(ZoneOffset.UTC))) {
            hub.attach(RecordedFrames.sink(frames), null);
            feed.putAgent(ModelRecords.agent(1, "alice").status(AgentStatus.AVAILABLE).build());
            feed.putAgent(ModelRecords.agent(2, "bob").status(AgentStatus.AVAILABLE).build());
            feed.awaitDelivered();
            hub.pushCoalesced();
            assertThat(userFrames()).hasSize(2);
            assertThat(agentsFrames()).hasSize(1);
            assertThat(agentsFrames().get(0)).contains("\"agents_by_status\":{\"available\":2}")
                    .contains("\"agents_logged\":2");

            hub.pushCoalesced();   // nothing changed since
            assertThat(agentsFrames()).hasSize(1);

            // a burst: alice talks, bob talks, bob is available again -> one push, the counts at the end
            feed.putAgent(ModelRecords.agent(1, "alice").status(AgentStatus.TALKING).build());
            feed.putAgent(ModelRecords.agent(2, "bob").status(AgentStatus.TALKING).build());
            feed.putAgent(ModelRecords.agent(2, "bob").status(AgentStatus.AVAILABLE).build());
            feed.awaitDelivered();
            hub.pushCoalesced();
            assertThat(userFrames()).as("one row per changed agent, not per change").hasSize(4);
            assertThat(agentsFrames()).hasSize(2);
            assertThat(agentsFrames().get(1)).contains("\"agents_by_status\":{\"available\":1,\"talking\":1}");

            // an agent changes but the counts do not (another available agent): nothing to push
            feed.putAgent(ModelRecords.agent(2, "bob").status(AgentStatus.AVAILABLE).build());
            feed.awaitDelivered();
            hub.pushCoalesced();
            assertThat(userFrames()).hasSize(5);
            assertThat(agentsFrames()).hasSize(2);
        }
    }

    private List<String> userFrames() {
        return frames.stream().filter(f -> f.contains("event: user\n")).toList();
    }

    private List<String> agentsFrames() {
        return frames.stream().filter(f -> f.contains("event: agents")).toList();
    }
}
