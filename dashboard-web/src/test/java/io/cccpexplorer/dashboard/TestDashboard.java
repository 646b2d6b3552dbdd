package io.cccpexplorer.dashboard;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.dashboard.config.ServerEntry;
import io.cccpexplorer.dashboard.feed.InMemoryFeed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A real dashboard on 127.0.0.1:0 whose projects ACME and BETA are in-test feeds the test drives directly.
 */
public final class TestDashboard implements AutoCloseable {

    public static final ZoneOffset PARIS = ZoneOffset.ofHours(1);
    private final Map<String, InMemoryFeed> feeds = new ConcurrentHashMap<>();
    private final DashboardServer server;

    public TestDashboard(UnaryOperator<DashboardConfig.Builder> tweak) {
        Clock clock = Clock.system(PARIS);
        DashboardConfig.Builder b = DashboardConfig.builder().port(0).simulator(false)
                .server(new ServerEntry("ACME", "192.0.2.10", 20263, 20264, "cst-1", ServerEntry.Source.CONFIG))
                .server(new ServerEntry("BETA", "192.0.2.11", 20363, 20364, "cst-2", ServerEntry.Source.CONFIG))
                .clock(clock).zone(PARIS)
                .feedOpener(s -> feeds.computeIfAbsent(s.project(), p -> seeded(p, clock)));
        this.server = DashboardServer.start(tweak.apply(b).build());
    }

    public TestDashboard() {
        this(b -> b);
    }

    public DashboardServer server() {
        return server;
    }

    public TestBrowser browser() {
        return new TestBrowser(server.uri());
    }

    /** The project's feed, opened through the dashboard (as a browser would) if needed. */
    public InMemoryFeed feed(String project) {
        server.hubs().hub(project);
        return feeds.get(project);
    }

    /**
     * Each project starts with one agent, one queue and one waiting call, all named after the project, and the
     * figures a model would give them (the queue's and the project's: one call waiting for 30 s).
     */
    private static InMemoryFeed seeded(String project, Clock clock) {
        InMemoryFeed feed = new InMemoryFeed(project, clock);
        OffsetDateTime now = OffsetDateTime.now(clock);
        feed.putQueue(ModelRecords.queue(10, project + "__SAV").displayName("Sav").counters(1, 0, 1, 1)
                .oldestWaiting(now.minusSeconds(30)).build());
        feed.putAgent(agent(project, 20, "agent_" + project.toLowerCase(), now));
        feed.putCall(ModelRecords.call(30, "session_1@1.1.Ccxml.ps-" + project).numbers("0611111111", "0800000001")
                .queue("SAV").state(CallStatus.WAITING).times(now.minusSeconds(30), null, null).build());
        feed.setFigures(java.util.Map.of(project + "__SAV", ModelRecords.figures(project + "__SAV").agents(1, 1, 0)
                        .live(1, 30, 1).day(1, 0, 0, 0, 0).build()), java.util.Map.of(),
                ModelRecords.figures(project).agents(1, 1, 0).live(1, 30, 1).day(1, 0, 0, 0, 0).build());
        return feed;
    }

    public static Agent agent(String project, int objectId, String login, OffsetDateTime now) {
        return ModelRecords.agent(objectId, login).sessionId("user_" + objectId + "@1.1.Ccxml.ps-" + project)
                .project(project).state("Disponible", now.minusMinutes(5)).phone("tel:0100000000").queues("SAV")
                .loggedInSince(now.minusHours(1)).build();
    }

    @Override
    public void close() {
        server.close();
    }
}
