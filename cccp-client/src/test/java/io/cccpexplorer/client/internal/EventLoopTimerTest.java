package io.cccpexplorer.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.Timeout;
import io.netty.util.concurrent.EventExecutor;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client's timer on its event loops: one loop here, so deadlines fire in their order. */
class EventLoopTimerTest {

    private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    private final EventLoopTimer timer = new EventLoopTimer(group);

    @AfterEach
    void shutDown() {
        timer.stop();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    @Test
    void runsTheTaskOnTheEventLoopWhenDue() throws Exception {
        EventLoop loop = group.next();
        CompletableFuture<Timeout> ran = new CompletableFuture<>();
        CompletableFuture<Boolean> onLoop = new CompletableFuture<>();

        Timeout t = timer.newTimeout(self -> {
            onLoop.complete(loop.inEventLoop());
            ran.complete(self);
        }, 20, TimeUnit.MILLISECONDS);

        assertThat(ran.get(5, TimeUnit.SECONDS)).isSameAs(t);
        assertThat(onLoop.get()).isTrue();
        assertThat(t.isExpired()).isTrue();
        assertThat(t.isCancelled()).isFalse();
        assertThat(t.timer()).isSameAs(timer);
        assertThat(t.cancel()).as("too late to cancel").isFalse();
    }

    @Test
    void aTimeoutSetFromALoopRunsOnThatLoop() throws Exception {
        EventLoopGroup two = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        EventLoopTimer onTwo = new EventLoopTimer(two);
        try {
            // three timeouts from each loop: handed out in turn instead, some would land on the other loop
            for (EventExecutor loop : two) {
                for (int i = 0; i < 3; i++) {
                    CompletableFuture<Boolean> sameLoop = new CompletableFuture<>();
                    loop.execute(() -> onTwo.newTimeout(self -> sameLoop.complete(loop.inEventLoop()), 1,
                            TimeUnit.MILLISECONDS));
                    assertThat(sameLoop.get(5, TimeUnit.SECONDS)).isTrue();
                }
            }
        } finally {
            onTwo.stop();
            two.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
        }
    }

    @Test
    void aCancelledTimeoutNeverRuns() throws Exception {
        List<String> ran = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> later = new CompletableFuture<>();
        Timeout cancelled = timer.newTimeout(self -> ran.add("cancelled"), 10, TimeUnit.MILLISECONDS);
        timer.newTimeout(self -> later.complete(null), 50, TimeUnit.MILLISECONDS);

        assertThat(cancelled.cancel()).isTrue();
        later.get(5, TimeUnit.SECONDS);   // due after the cancelled one, on the same loop

        assertThat(ran).isEmpty();
        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelled.isExpired()).isFalse();
        assertThat(cancelled.cancel()).as("cancelled once").isFalse();
    }

    @Test
    void aFailingTaskDoesNotStopTheTimer() throws Exception {
        CompletableFuture<Void> next = new CompletableFuture<>();
        timer.newTimeout(self -> {
            throw new IllegalStateException("boom");
        }, 1, TimeUnit.MILLISECONDS);
        timer.newTimeout(self -> next.complete(null), 20, TimeUnit.MILLISECONDS);

        next.get(5, TimeUnit.SECONDS);
    }

    @Test
    void stopCancelsWhatIsPendingAndRefusesMore() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Timeout expired = timer.newTimeout(self -> done.complete(null), 0, TimeUnit.MILLISECONDS);
        done.get(5, TimeUnit.SECONDS);
        Timeout pending = timer.newTimeout(self -> { }, 1, TimeUnit.HOURS);

        assertThat(timer.stop()).containsExactly(pending);

        assertThat(pending.isCancelled()).isTrue();
        assertThat(expired.isExpired()).isTrue();
        assertThatThrownBy(() -> timer.newTimeout(self -> { }, 1, TimeUnit.SECONDS))
                .isInstanceOf(IllegalStateException.class);
    }
}
