package io.cccpexplorer.dashboard.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DemoTrafficTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-08T09:00:00Z"), ZoneOffset.ofHours(1));

    private static FeedSnapshot run(long seed, int steps) {
        InMemoryFeed feed = new InMemoryFeed("T", CLOCK);
        DemoTraffic traffic = new DemoTraffic(feed, "T", 50, 4, seed, CLOCK);
        for (int i = 0; i < steps; i++) {
            traffic.step();
        }
        FeedSnapshot s = feed.snapshot();
        feed.close();
        return s;
    }

    @Test
    void theSameSeedGivesTheSameTraffic() {
        FeedSnapshot a = run(7, 120);
        FeedSnapshot b = run(7, 120);
        assertThat(a.agents()).isEqualTo(b.agents());
        assertThat(a.calls()).isEqualTo(b.calls());
        assertThat(a.calls()).isNotEmpty();
        assertThat(a.queues()).hasSize(4).allSatisfy(q -> assertThat(q.name()).startsWith("T__"));
        assertThat(a.queues().stream().mapToInt(LiveQueue::logged).sum()).isGreaterThanOrEqualTo(50);
    }

    @Test
    void callsGetAnsweredByAgentsOfTheirQueue() {
        FeedSnapshot s = run(3, 200);
        List<LiveCall> talking = s.calls().stream().filter(c -> c.state() == LiveCall.State.TALKING).toList();
        assertThat(talking).isNotEmpty();
        for (LiveCall c : talking) {
            LiveAgent agent = s.agents().stream().filter(a -> a.login().equals(c.agentLogin())).findFirst()
                    .orElseThrow();
            assertThat(agent.queues()).contains(c.queue());
            assertThat(agent.currentCallSessionId()).isEqualTo(c.sessionId());
        }
    }

    @Test
    void listenersSeeChangesInOrderOffTheCallersThread() throws InterruptedException {
        InMemoryFeed feed = new InMemoryFeed("T", CLOCK);
        List<String> seen = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread caller = Thread.currentThread();
        feed.subscribe(new FeedListener() {
            @Override
            public void onQueue(ChangeOp op, LiveQueue q) {
                seen.add(op.wire() + ":" + q.waiting() + (Thread.currentThread() == caller ? ":caller" : ""));
                if (q.waiting() == 3) {
                    done.countDown();
                }
            }
        });
        for (int w = 1; w <= 3; w++) {
            feed.putQueue(new LiveQueue(1, "T__Q", "Q", "queue", false, 0, 1, 0, w, w, null));
        }
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("add:1", "update:2", "update:3");
        feed.close();
    }
}
