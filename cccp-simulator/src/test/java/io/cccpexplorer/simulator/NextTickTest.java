package io.cccpexplorer.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.simulator.apply.RecordApplier;
import io.cccpexplorer.simulator.source.RecordFeed;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NextTickTest {

    private static final Instant NOW = Instant.parse("2026-02-09T09:20:00Z");
    /** The windowed queries ran 200 ms ago: their next second is 800 ms away. */
    private static final Instant WINDOW_RAN = NOW.minusMillis(200);

    @Test
    void aFeedWithNothingThatCanBecomeDueWakesForTheWindowedQueriesOnly() {
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(false, null), 1.0)).isEqualTo(new NextTick(800, true));
    }

    @Test
    void aLiveFeedThatDoesNotKnowItsNextRecordIsPolled() {
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, null), 1.0))
                .isEqualTo(new NextTick(NextTick.TICK_MILLIS, false));
    }

    @Test
    void aLiveFeedIsWokenWhenItsNextRecordIsDue() {
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusMillis(300)), 1.0))
                .isEqualTo(new NextTick(300, false));
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusMillis(900)), 1.0))
                .as("the windowed queries' second comes first").isEqualTo(new NextTick(800, true));
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusMillis(800)), 1.0))
                .as("both at once: the windowed queries run").isEqualTo(new NextTick(800, true));
    }

    @Test
    void recordsDueSoonerThanTheShortestDelayWaitForIt() {
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusMillis(3)), 1.0))
                .isEqualTo(new NextTick(NextTick.TICK_MILLIS, false));
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.minusSeconds(5)), 1.0))
                .as("already due (a tick that stopped at its batch bound)")
                .isEqualTo(new NextTick(NextTick.TICK_MILLIS, false));
    }

    @Test
    void theFirstTickRunsTheWindowedQueriesAtOnce() {
        assertThat(NextTick.plan(NOW, Instant.MIN, feed(true, NOW.plusSeconds(30)), 1.0))
                .isEqualTo(new NextTick(NextTick.TICK_MILLIS, true));
    }

    @Test
    void aClockOfUnknownPaceIsPolledEveryTick() {
        // an embedder's clock (a test's manual one) may jump a minute at once: nothing can be planned on it
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusSeconds(30)), NextTick.UNKNOWN_RATE))
                .isEqualTo(new NextTick(NextTick.TICK_MILLIS, false));
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(false, null), NextTick.UNKNOWN_RATE))
                .as("even with nothing that can become due").isEqualTo(new NextTick(NextTick.TICK_MILLIS, false));
    }

    @Test
    void aFastClockShortensTheRealDelay() {
        // ten times real time: 3 s of the project's clock are 300 real ms, its windowed second 80 ms away
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusSeconds(3)), 10.0))
                .isEqualTo(new NextTick(80, true));
        assertThat(NextTick.realMillisUntil(NOW, NOW.plusMillis(1), 3.0)).as("rounded up, never early").isEqualTo(1);
    }

    @Test
    void aStoppedClockTicksOnceASecond() {
        assertThat(NextTick.plan(NOW, WINDOW_RAN, feed(true, NOW.plusSeconds(3)), 0.0))
                .isEqualTo(new NextTick(NextTick.IDLE_TICK_MILLIS, false));
    }

    @Test
    void aFarRecordOrASilentFeedStillTicksOnceASecondAtMost() {
        assertThat(NextTick.plan(NOW, NOW, feed(true, Instant.MAX), 1.0))
                .isEqualTo(new NextTick(NextTick.IDLE_TICK_MILLIS, true));
        assertThat(NextTick.plan(NOW, NOW.plusSeconds(3600), feed(false, null), 1.0))
                .as("a clock stepped back an hour: the windowed queries still run within a second")
                .isEqualTo(new NextTick(NextTick.IDLE_TICK_MILLIS, true));
    }

    private static RecordFeed feed(boolean live, Instant next) {
        return new RecordFeed() {
            @Override
            public void advance(Instant now, RecordApplier applier) {
            }

            @Override
            public boolean live() {
                return live;
            }

            @Override
            public Optional<Instant> nextRecordAt() {
                return Optional.ofNullable(next);
            }
        };
    }
}
