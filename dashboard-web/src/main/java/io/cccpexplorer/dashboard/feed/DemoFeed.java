// LEAD NOTE (05:40 UTC, for the web helper): issue #5 requires that the zero-configuration start runs the REAL
// cccp-simulator (io.cccpexplorer.simulator.Simulator.start with a synthetic project) and that the dashboard reads it
// through cccp-client (CccpFeeds / ContactCenter). A second traffic generator in dashboard main code duplicates the
// simulator and would be a stub: remove DemoFeed/DemoTraffic from main code before you report (tests may keep an
// in-test feed), and make FeedSources start the embedded simulator. Delete this note when done.
package io.cccpexplorer.dashboard.feed;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * An in-process project with moving synthetic traffic ({@link DemoTraffic} stepped on a shared timer). Used for the
 * zero-configuration start and by the load tool; closing it stops the traffic.
 */
public final class DemoFeed implements ProjectFeed {

    private final InMemoryFeed state;
    private final ScheduledFuture<?> ticking;

    private DemoFeed(InMemoryFeed state, ScheduledFuture<?> ticking) {
        this.state = state;
        this.ticking = ticking;
    }

    /**
     * @param agents agents logged in (queues: one per 8 agents, 2 to 40)
     * @param step how often the traffic advances by one step
     */
    public static DemoFeed start(String project, int agents, long seed, Clock clock, ScheduledExecutorService timer,
                                 Duration step) {
        InMemoryFeed state = new InMemoryFeed(project, clock);
        DemoTraffic traffic = new DemoTraffic(state, project, agents, Math.max(2, Math.min(40, agents / 8)), seed,
                clock);
        ScheduledFuture<?> ticking = timer.scheduleAtFixedRate(traffic::step, step.toMillis(), step.toMillis(),
                TimeUnit.MILLISECONDS);
        return new DemoFeed(state, ticking);
    }

    @Override
    public FeedSnapshot snapshot() {
        return state.snapshot();
    }

    @Override
    public ConnectionStatus connection() {
        return state.connection();
    }

    @Override
    public AutoCloseable subscribe(FeedListener listener) {
        return state.subscribe(listener);
    }

    @Override
    public CompletionStage<ConsoleFeed> console(String sessionId, Consumer<ConsoleEvent> onEvent) {
        return state.console(sessionId, onEvent);
    }

    @Override
    public void close() {
        ticking.cancel(false);
        state.close();
    }
}
