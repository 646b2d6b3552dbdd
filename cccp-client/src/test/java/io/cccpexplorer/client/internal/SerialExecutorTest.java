package io.cccpexplorer.client.internal;

import io.netty.util.concurrent.MockTicker;
import io.netty.util.concurrent.Ticker;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The serial executor's order, isolation and slow-listener rule, on a mock ticker (no task really waits). */
class SerialExecutorTest {

    private final MockTicker ticker = Ticker.newMockTicker();
    /** Runs each drain on the caller's thread: tasks queued by a running task run after it, in order. */
    private final SerialExecutor executor = new SerialExecutor(Runnable::run, ticker, 16, "test");

    @Test
    void aSlowTaskThatHeldOthersBackIsReported() {
        List<String> ran = new ArrayList<>();
        executor.execute(() -> {
            executor.execute(() -> ran.add("queued behind"));
            ticker.advance(600, TimeUnit.MILLISECONDS);
            ran.add("slow");
        });

        assertThat(ran).containsExactly("slow", "queued behind");
        assertThat(executor.slowTaskCount()).isEqualTo(1);
    }

    @Test
    void aSlowTaskWithNothingBehindItDelayedNoOne() {
        // the first callback of a run loads classes: slow, but no event waited for it
        executor.execute(() -> ticker.advance(600, TimeUnit.MILLISECONDS));

        assertThat(executor.slowTaskCount()).isZero();
    }

    @Test
    void aQuickTaskIsNeverReportedAndAFailingOneDoesNotStopTheNext() {
        List<String> ran = new ArrayList<>();
        executor.execute(() -> {
            executor.execute(() -> ran.add("next"));
            ticker.advance(500, TimeUnit.MILLISECONDS);
            throw new IllegalStateException("listener bug");
        });

        assertThat(ran).containsExactly("next");
        assertThat(executor.slowTaskCount()).isZero();
    }

    @Test
    void aFailingListenerCallIsCountedAndItsTaskGoesOn() {
        List<String> ran = new ArrayList<>();
        executor.execute(() -> {
            executor.call(() -> {
                throw new IllegalStateException("first listener's bug");
            });
            executor.call(() -> ran.add("second listener"));
        });
        executor.execute(() -> {
            throw new IllegalStateException("a task's bug");
        });
        executor.execute(() -> ran.add("next task"));

        assertThat(ran).containsExactly("second listener", "next task");
        assertThat(executor.failureCount()).isEqualTo(2);
    }

    @Test
    void knowsWhetherTheCallerIsOneOfItsTasks() {
        List<Boolean> inside = new ArrayList<>();
        executor.execute(() -> inside.add(executor.isCurrentThread()));

        assertThat(inside).containsExactly(true);
        assertThat(executor.isCurrentThread()).isFalse();
    }
}
