package io.cccpexplorer.dashboard.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.CallStatus;
import io.cccpexplorer.client.model.ContactCenterSnapshot;
import io.cccpexplorer.dashboard.ModelRecords;
import io.cccpexplorer.dashboard.view.ChartPoint;
import io.cccpexplorer.dashboard.view.KpiView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class KpiTrackerTest {

    private static final OffsetDateTime NOON = OffsetDateTime.parse("2026-02-08T12:00:00+01:00");
    private static final BusinessDay DAY = new BusinessDay(ZoneId.of("Europe/Paris"), LocalTime.MIDNIGHT);

    private static Clock at(OffsetDateTime t) {
        return Clock.fixed(t.toInstant(), ZoneId.of("+01:00"));
    }

    private static ModelRecords.CallBuilder endedCall(int id, int waitSeconds, Integer talkSeconds) {
        OffsetDateTime start = NOON.minusMinutes(30);
        OffsetDateTime answered = talkSeconds == null ? null : start.plusSeconds(waitSeconds);
        OffsetDateTime end = talkSeconds == null ? start.plusSeconds(waitSeconds) : answered.plusSeconds(talkSeconds);
        return ModelRecords.call(id, "session_" + id + "@h").numbers("06", "08").queue("Q").agent("a")
                .state(CallStatus.ENDED).times(start, answered, end);
    }

    private static Call ended(int id, int waitSeconds, Integer talkSeconds) {
        return endedCall(id, waitSeconds, talkSeconds).build();
    }

    private static Call endedWithoutQueue(int id) {
        OffsetDateTime start = NOON.minusMinutes(20);
        return ModelRecords.call(id, "session_" + id + "@h").numbers("06", "08").state(CallStatus.ENDED)
                .times(start, start.plusSeconds(2), start.plusSeconds(40)).build();
    }

    private static Call waiting(int id) {
        return ModelRecords.call(id, "session_" + id + "@h").numbers("06", "08").queue("Q").state(CallStatus.WAITING)
                .times(NOON, null, null).build();
    }

    @Test
    void callsThatNeverQueuedCountNeitherAsAnsweredNorAsAbandoned() {
        KpiTracker kpis = new KpiTracker(at(NOON), DAY);
        Call ivrOnly = endedWithoutQueue(7);
        Call abandoned = ended(8, 25, null);
        kpis.onCall(ivrOnly);
        kpis.onCall(abandoned);
        KpiView v = kpis.view(snapshot(List.of(ivrOnly, abandoned)));
        assertThat(v.answeredToday()).isZero();
        assertThat(v.abandonedToday()).isEqualTo(1);
    }

    private static ContactCenterSnapshot snapshot(List<Call> calls) {
        return ContactCenterSnapshot.of(
                List.of(ModelRecords.agent(1, "a").state("En appel", NOON).queues("Q").loggedInSince(NOON).build(),
                        ModelRecords.agent(2, "b").state("Pause", NOON).queues("Q").loggedInSince(NOON).build()),
                calls,
                List.of(ModelRecords.queue(3, "P__Q").counters(2, 1, 2, 3).oldestWaiting(NOON.minusSeconds(45)).build(),
                        ModelRecords.queue(4, "P__VQ_ALL").virtual().counters(2, 1, 2, 3)
                                .oldestWaiting(NOON.minusSeconds(90)).build()),
                1, NOON.toInstant());
    }

    @Test
    void countsEachEndedCallOnceAndComputesServiceLevel() {
        KpiTracker kpis = new KpiTracker(at(NOON), DAY);
        Call fast = ended(1, 10, 100);
        Call slow = ended(2, 40, 200);
        Call abandoned = ended(3, 25, null);
        for (Call c : List.of(fast, slow, abandoned, fast, slow)) {
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
        KpiTracker kpis = new KpiTracker(moving, DAY);
        kpis.onCall(waiting(9));
        kpis.onCall(ended(1, 5, 60));
        assertThat(kpis.view(snapshot(List.of())).answeredToday()).isEqualTo(1);
        clock[0] = at(NOON.plusDays(1));
        KpiView tomorrow = kpis.view(snapshot(List.of()));
        assertThat(tomorrow.answeredToday()).isZero();
        assertThat(tomorrow.serviceLevel()).isNull();
    }

    @Test
    void aPointCountsCallsInProgressTheServersWaitingCallsAndTheDaysServiceLevel() {
        KpiTracker kpis = new KpiTracker(at(NOON), DAY);
        kpis.onCall(ended(1, 5, 60));
        kpis.onCall(ended(2, 25, null));
        ChartPoint p = kpis.point(snapshot(List.of(waiting(9), ended(1, 5, 60))));
        assertThat(p.t()).isEqualTo(NOON.toInstant().toEpochMilli());
        assertThat(p.callsInProgress()).isEqualTo(1);
        assertThat(p.waiting()).isEqualTo(2);   // the real queue's counter; the virtual queue's is not added
        assertThat(p.serviceLevel()).isEqualTo(0.5);
        assertThat(kpis.view(snapshot(List.of())).point()).as("the figures alone carry no point").isNull();
    }

    @Test
    void outgoingCallsWithoutAnswerAreNotAbandons() {
        KpiTracker kpis = new KpiTracker(at(NOON), DAY);
        kpis.onCall(endedCall(5, 5, null).direction(CallDirection.OUTGOING).build());
        assertThat(kpis.view(snapshot(List.of())).abandonedToday()).isZero();
    }
}
