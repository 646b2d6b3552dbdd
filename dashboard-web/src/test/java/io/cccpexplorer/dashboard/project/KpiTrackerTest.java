package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.dashboard.feed.FeedSnapshot;
import io.cccpexplorer.dashboard.feed.LiveAgent;
import io.cccpexplorer.dashboard.feed.LiveCall;
import io.cccpexplorer.dashboard.feed.LiveQueue;
import io.cccpexplorer.dashboard.view.KpiView;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiTrackerTest {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-02-08T12:00:00+01:00");

    private static Clock at(OffsetDateTime t) {
        return Clock.fixed(t.toInstant(), ZoneId.of("+01:00"));
    }

    private static LiveCall ended(int id, int waitSeconds, Integer talkSeconds) {
        OffsetDateTime start = NOON.minusMinutes(30);
        OffsetDateTime answered = talkSeconds == null ? null : start.plusSeconds(waitSeconds);
        OffsetDateTime end = talkSeconds == null ? start.plusSeconds(waitSeconds) : answered.plusSeconds(talkSeconds);
        return new LiveCall(id, "session_" + id + "@h", LiveCall.Direction.INCOMING, "06", "08", "P__Q", "a",
                LiveCall.State.ENDED, start, answered, end);
    }

    private static LiveCall endedWithoutQueue(int id) {
        OffsetDateTime start = NOON.minusMinutes(20);
        return new LiveCall(id, "session_" + id + "@h", LiveCall.Direction.INCOMING, "06", "08", "", "",
                LiveCall.State.ENDED, start, start.plusSeconds(2), start.plusSeconds(40));
    }

    @Test
    void callsThatNeverQueuedCountNeitherAsAnsweredNorAsAbandoned() {
        KpiTracker kpis = new KpiTracker(at(NOON));
        LiveCall ivrOnly = endedWithoutQueue(7);
        LiveCall abandoned = ended(8, 25, null);
        kpis.onCall(ivrOnly);
        kpis.onCall(abandoned);
        KpiView v = kpis.view(snapshot(List.of(ivrOnly, abandoned)));
        assertThat(v.answeredToday()).isZero();
        assertThat(v.abandonedToday()).isEqualTo(1);
    }

    private static FeedSnapshot snapshot(List<LiveCall> calls) {
        LiveAgent a = new LiveAgent(1, "user_1@h", "a", "A", "P", "p", "agent", "En appel", NOON, null,
                List.of("P__Q"), null, NOON);
        LiveAgent b = new LiveAgent(2, "user_2@h", "b", "B", "P", "p", "agent", "Pause", NOON, null,
                List.of("P__Q"), null, NOON);
        LiveQueue q = new LiveQueue(3, "P__Q", "Q", "queue", false, 1, 2, 1, 2, 3, NOON.minusSeconds(45));
        LiveQueue vq = new LiveQueue(4, "P__VQ_ALL", "VQ", "queue", true, 1, 2, 1, 2, 3, NOON.minusSeconds(90));
        return new FeedSnapshot(List.of(a, b), calls, List.of(q, vq), 1, NOON);
    }

    @Test
    void countsEachEndedCallOnceAndComputesServiceLevel() {
        KpiTracker kpis = new KpiTracker(at(NOON));
        LiveCall fast = ended(1, 10, 100);
        LiveCall slow = ended(2, 40, 200);
        LiveCall abandoned = ended(3, 25, null);
        for (LiveCall c : List.of(fast, slow, abandoned, fast, slow)) {
            kpis.onCall(c);
        }
        KpiView v = kpis.view(snapshot(List.of(fast, slow, abandoned)));
        assertThat(v.answeredToday()).isEqualTo(2);
        assertThat(v.abandonedToday()).isEqualTo(1);
        assertThat(v.serviceLevel()).isEqualTo(1.0 / 3);
        assertThat(v.averageWaitSeconds()).isEqualTo(25.0);
        assertThat(v.averageHandleSeconds()).isEqualTo(150.0);
        assertThat(v.agentsLogged()).isEqualTo(2);
        assertThat(v.agentsByState()).containsEntry("En appel", 1).containsEntry("Pause", 1);
        // the virtual queue's counters are not added twice; its wait still counts for the longest
        assertThat(v.callsWaiting()).isEqualTo(2);
        assertThat(v.longestWaitSeconds()).isEqualTo(90);
    }

    @Test
    void callsInProgressAreNotOutcomesAndTheDayRollsOver() {
        Clock[] clock = {at(NOON)};
        Clock moving = new Clock() {
            @Override
            public ZoneId getZone() {
                return clock[0].getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return clock[0].instant();
            }
        };
        KpiTracker kpis = new KpiTracker(moving);
        kpis.onCall(new LiveCall(9, "session_9@h", LiveCall.Direction.INCOMING, "06", "08", "P__Q", null,
                LiveCall.State.WAITING, NOON, null, null));
        kpis.onCall(ended(1, 5, 60));
        assertThat(kpis.view(snapshot(List.of())).answeredToday()).isEqualTo(1);
        clock[0] = at(NOON.plusDays(1));
        KpiView tomorrow = kpis.view(snapshot(List.of()));
        assertThat(tomorrow.answeredToday()).isZero();
        assertThat(tomorrow.serviceLevel()).isNull();
    }

    @Test
    void seriesKeepsOneHourOfTenSecondPoints() {
        KpiTracker kpis = new KpiTracker(at(NOON));
        LiveCall active = new LiveCall(9, "session_9@h", LiveCall.Direction.INCOMING, "06", "08", "P__Q", null,
                LiveCall.State.WAITING, NOON, null, null);
        for (int i = 0; i < 400; i++) {
            kpis.sample(snapshot(List.of(active, ended(1, 5, 60))));
        }
        List<KpiView.Point> series = kpis.view(snapshot(List.of())).series();
        assertThat(series).hasSize(360);
        assertThat(series.get(0).callsInProgress()).isEqualTo(1);
        assertThat(series.get(0).waiting()).isEqualTo(2);
        assertThat(series.get(0).t()).isEqualTo(NOON.toInstant().toEpochMilli());
    }

    @Test
    void outgoingCallsWithoutAnswerAreNotAbandons() {
        KpiTracker kpis = new KpiTracker(at(NOON));
        LiveCall c = ended(5, 5, null);
        kpis.onCall(new LiveCall(c.objectId(), c.sessionId(), LiveCall.Direction.OUTGOING, c.caller(), c.called(),
                c.queue(), c.agentLogin(), c.state(), c.start(), null, c.end()));
        assertThat(kpis.view(snapshot(List.of())).abandonedToday()).isZero();
    }
}
