package io.cccpexplorer.simulator.traffic;

import io.cccpexplorer.protocol.rlog.LoggerRecord;
import io.cccpexplorer.protocol.rlog.RlogEntry;
import io.cccpexplorer.protocol.rlog.ccxml.Alive;
import io.cccpexplorer.protocol.rlog.ccxml.ConnectionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.LoginOk;
import io.cccpexplorer.protocol.rlog.ccxml.SessionCreate;
import io.cccpexplorer.protocol.rlog.ccxml.SessionDelete;
import io.cccpexplorer.protocol.rlog.ccxml.SessionSetEntryPoint;
import io.cccpexplorer.protocol.rlog.ccxml.SessionTerminate;
import io.cccpexplorer.protocol.rlog.ccxml.TaskFailed;
import io.cccpexplorer.protocol.rlog.ccxml.TaskResult;
import io.cccpexplorer.protocol.rlog.ccxml.TaskStart;
import io.cccpexplorer.protocol.rlog.ccxml.UserState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillInState;
import io.cccpexplorer.protocol.rlog.ccxml.UserStillLogged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskCreate;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskLocked;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskManaged;
import io.cccpexplorer.protocol.rlog.ccxml.UserTaskState;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.cccpexplorer.simulator.traffic.TrafficRecords.micros;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SyntheticTrafficTest {

    private static final ZoneOffset CET = ZoneOffset.ofHours(1);
    /** 10:20 local (CET): the office curve is at its peak. */
    private static final Instant MORNING = Instant.parse("2026-02-09T09:20:00Z");

    @Test
    void sameSeedGivesTheSameRecordsHoweverTimeIsSliced() {
        Instant end = MORNING.plus(Duration.ofMinutes(90));
        List<RlogEntry> oneStep = new SyntheticTraffic(TrafficProfile.SMALL, 7, MORNING, CET).advanceTo(end);

        SyntheticTraffic sliced = new SyntheticTraffic(TrafficProfile.SMALL, 7, MORNING, CET);
        List<RlogEntry> manySteps = new ArrayList<>();
        for (Instant t = MORNING; !t.isAfter(end); t = t.plusMillis(37_300)) {
            manySteps.addAll(sliced.advanceTo(t));
        }
        manySteps.addAll(sliced.advanceTo(end));

        assertThat(oneStep).hasSizeGreaterThan(500).isEqualTo(manySteps);
        assertThat(new SyntheticTraffic(TrafficProfile.SMALL, 8, MORNING, CET).advanceTo(end)).isNotEqualTo(oneStep);
    }

    @Test
    void nothingIsStampedBeforeTheNextRecordTheTrafficAnnounces() {
        Instant end = MORNING.plus(Duration.ofMinutes(30));
        List<RlogEntry> oneStep = new SyntheticTraffic(TrafficProfile.SMALL, 7, MORNING, CET).advanceTo(end);

        // a driver that sleeps until the announced record, as the project's tick does
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL, 7, MORNING, CET);
        List<RlogEntry> woken = new ArrayList<>();
        int wakeUps = 0;   // as many as the records, here: the project's tick batches those within 50 ms
        for (Instant next = traffic.nextRecordAt().orElseThrow(); !next.isAfter(end);
             next = traffic.nextRecordAt().orElseThrow()) {
            assertThat(traffic.advanceTo(next.minusNanos(1_000))).as("a microsecond before %s", next).isEmpty();
            List<RlogEntry> due = traffic.advanceTo(next);
            if (!due.isEmpty()) {
                assertThat(micros(due.get(0))).as("announced exactly").isEqualTo(next.getEpochSecond() * 1_000_000L
                        + next.getNano() / 1_000);
            }
            woken.addAll(due);
            wakeUps++;
        }
        woken.addAll(traffic.advanceTo(end));

        assertThat(woken).hasSizeGreaterThan(500).isEqualTo(oneStep);
        assertThat(wakeUps).as("an announcement may be an action that logs nothing, a few").isGreaterThan(500)
                .isLessThan(oneStep.size() * 11 / 10);
    }

    @Test
    void aLivelySiteAtItsPeakHasARecordDueAFewTimesASecondNotTwentyTimes() {
        // the project's tick: it sleeps until the announced record, and at least 50 ms (closer records share a tick)
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.DEMO, 3, MORNING, CET);
        Instant end = MORNING.plus(Duration.ofMinutes(10));
        int ticks = 0;
        int records = 0;
        for (Instant t = MORNING; t.isBefore(end); ticks++) {
            records += traffic.advanceTo(t).size();
            Instant next = traffic.nextRecordAt().orElseThrow();
            t = next.isAfter(t.plusMillis(50)) ? next : t.plusMillis(50);
        }
        assertThat(records).as("the office peak: several records a second").isGreaterThan(10 * 60 * 3);
        assertThat(ticks).as("a 50 ms poll ticks 12,000 times in 10 minutes").isLessThan(12_000 / 10);
    }

    @Test
    void recordsAreDueStrictlyOrderedAndNumberedPerUtcHour() {
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.DEMO, 1, MORNING, CET);
        long previous = Long.MIN_VALUE;
        int previousNumber = 0;
        long previousHour = -1;
        for (int step = 1; step <= 120; step++) {
            Instant now = MORNING.plusSeconds(step * 45L);
            for (RlogEntry e : traffic.advanceTo(now)) {
                assertThat(micros(e)).isGreaterThan(previous).isLessThanOrEqualTo(now.getEpochSecond() * 1_000_000L);
                assertThat(e.date().offsetSeconds()).isEqualTo(3600);
                long hour = e.date().seconds() / 3600;
                assertThat(e.recordNumber()).isEqualTo(hour == previousHour ? previousNumber + 1 : 1);
                previous = micros(e);
                previousNumber = e.recordNumber();
                previousHour = hour;
            }
            assertThat(traffic.now()).isEqualTo(now);
        }
        assertThat(traffic.advanceTo(MORNING)).as("time never goes back").isEmpty();
    }

    @Test
    void theTopOfEachHourRepeatsWhoIsLoggedIn() {
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.SMALL, 3, MORNING, CET);
        List<RlogEntry> entries = traffic.advanceTo(Instant.parse("2026-02-09T10:00:01Z"));
        List<LoggerRecord> firstOfHour = entries.stream().filter(e -> e.date().seconds() >= 1_770_631_200L)
                .map(RlogEntry::record).toList();

        assertThat(firstOfHour.get(0)).isEqualTo(Alive.INSTANCE);
        assertThat(firstOfHour.subList(1, 1 + 2 * 8)).allSatisfy(r ->
                assertThat(r).isInstanceOfAny(UserStillLogged.class, UserStillInState.class));
    }

    @Test
    void aBelievableMorning() {
        // two hours of calls, then none: by 14:00 every call must have ended
        double[] curve = new double[24];
        curve[9] = 1;
        curve[10] = 1;
        TrafficProfile profile = TrafficProfile.DEMO.withCurve(DayCurve.of(curve)).withCallsPerHour(600);
        Instant nine = Instant.parse("2026-02-09T08:00:00Z");
        SyntheticTraffic traffic = new SyntheticTraffic(profile, 2026, nine, CET);

        List<RlogEntry> entries = traffic.advanceTo(nine.plus(Duration.ofHours(5)));
        TrafficStats stats = traffic.stats();

        Map<String, List<LoggerRecord>> sessions = TrafficRecords.bySession(entries);
        int calls = 0;
        int queued = 0;
        int abandoned = 0;
        int overflowed = 0;
        int answeredInOrder = 0;
        for (Map.Entry<String, List<LoggerRecord>> s : sessions.entrySet()) {
            List<LoggerRecord> records = s.getValue();
            if (records.get(0) instanceof SessionCreate create && create.sessionType() == 1) {
                calls++;
                assertThat(records.get(1)).isInstanceOf(SessionSetEntryPoint.class);
                assertThat(records.get(2)).isInstanceOfSatisfying(ConnectionCreate.class, c -> {
                    assertThat(c.incomingCall()).isTrue();
                    assertThat(c.remoteAddress()).startsWith("sip:+3319900");
                });
                assertThat(records.get(records.size() - 2)).isInstanceOf(SessionTerminate.class);
                assertThat(records.get(records.size() - 1)).isInstanceOf(SessionDelete.class);
                List<Integer> ids = records.stream().map(LoggerRecord::id).toList();
                if (records.stream().anyMatch(r -> r instanceof TaskResult t && t.reason().equals("managed"))) {
                    answeredInOrder++;
                    // task_start, alerting, managing, management_effective, post_managing, result
                    assertThat(isSubsequence(List.of(402, 405, 407, 408, 414, 403), ids)).as(s.getKey()).isTrue();
                }
                queued += records.stream().anyMatch(r -> r instanceof TaskStart) ? 1 : 0;
                abandoned += records.stream().anyMatch(r -> r instanceof TaskFailed f
                        && f.reason().equals("caller hung up")) ? 1 : 0;
                overflowed += records.stream().anyMatch(r -> r instanceof TaskFailed f
                        && f.reason().equals("overflow")) ? 1 : 0;
                records.stream().filter(r -> r instanceof TaskStart).map(r -> ((TaskStart) r).queueName())
                        .forEach(q -> assertThat(q).startsWith("DEMO__"));
            }
        }
        assertThat(answeredInOrder).isGreaterThan(800);
        assertThat(overflowed).as("calls waiting over 2 min overflow").isPositive().isEqualTo((int) stats.overflowed());
        assertThat(calls).isGreaterThan(1000).isEqualTo((int) stats.callsCreated());
        assertThat(stats.activeCalls()).isZero();
        assertThat(stats.callsTerminated()).isEqualTo(stats.callsCreated());
        assertThat((double) abandoned / queued).isCloseTo(profile.abandonRatio(), within(0.025));
        assertThat((double) stats.transferred() / stats.answered()).isCloseTo(profile.transferRatio(), within(0.025));
        assertThat(stats.loggedInAgents()).isLessThanOrEqualTo(profile.agents()).isGreaterThan(profile.agents() / 2);
    }

    private static boolean isSubsequence(List<Integer> wanted, List<Integer> ids) {
        int next = 0;
        for (int id : ids) {
            if (next < wanted.size() && id == wanted.get(next)) {
                next++;
            }
        }
        return next == wanted.size();
    }

    @Test
    void noAgentHandlesTwoCallsAtOnce() {
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.DEMO.withCallsPerHour(900), 11, MORNING, CET);
        Map<String, Integer> openTasks = new HashMap<>();
        Set<String> states = new HashSet<>();
        int tasks = 0;
        for (RlogEntry e : traffic.advanceTo(MORNING.plus(Duration.ofHours(3)))) {
            if (e.record() instanceof UserTaskCreate create) {
                assertThat(openTasks.merge(create.sessionId(), 1, Integer::sum)).as(create.sessionId()).isEqualTo(1);
                tasks++;
            } else if (e.record() instanceof UserTaskManaged managed) {
                assertThat(openTasks.merge(managed.sessionId(), -1, Integer::sum)).isZero();
            } else if (e.record() instanceof UserState state) {
                states.add(state.name());
            } else if (e.record() instanceof LoginOk login) {
                assertThat(openTasks.getOrDefault(login.sessionId(), 0)).isZero();
            }
        }
        assertThat(tasks).isGreaterThan(1000);
        assertThat(states).as("pauses carry their reason").containsExactlyInAnyOrder("available", "wrap_up",
                "pause", "lunch", "training");
    }

    @Test
    void anAgentsTaskIsLockedOnTheCallAndQueueItWasOfferedFrom() {
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.DEMO.withCallsPerHour(600), 3, MORNING, CET);
        Map<String, String> queueOfCallTask = new HashMap<>();
        Set<String> created = new HashSet<>();
        int locked = 0;
        for (RlogEntry e : traffic.advanceTo(MORNING.plus(Duration.ofHours(1)))) {
            if (e.record() instanceof TaskStart start) {
                queueOfCallTask.put(start.sessionId() + "/" + start.taskId(), start.queueName());
            } else if (e.record() instanceof UserTaskCreate create) {
                created.add(create.sessionId() + "/" + create.taskLoggerId());
            } else if (e.record() instanceof UserTaskLocked lock) {
                String task = lock.sessionId() + "/" + lock.taskLoggerId();
                assertThat(created.remove(task)).as("locked right after its create: %s", task).isTrue();
                assertThat(queueOfCallTask.get(lock.callerSessionId() + "/" + lock.callerTaskId()))
                        .as("the queue task it names").isEqualTo(lock.queueName());
                locked++;
            } else if (e.record() instanceof UserTaskState state) {
                assertThat(created).as("a state before the lock").doesNotContain(
                        state.sessionId() + "/" + state.taskLoggerId());
            }
        }
        assertThat(locked).isGreaterThan(300);
    }

    @Test
    void largeProfileReachesItsSizeQuicklyAndInBoundedMemory() {
        SyntheticTraffic traffic = new SyntheticTraffic(TrafficProfile.LARGE, 5, MORNING, CET);
        long records = 0;
        int peakCalls = 0;
        for (int s = 10; s <= 20 * 60; s += 10) {
            records += traffic.advanceTo(MORNING.plusSeconds(s)).size(); // consumed and dropped, as a server would
            if (s == 120) {
                assertThat(traffic.stats().loggedInAgents()).isEqualTo(5000);
            }
            peakCalls = Math.max(peakCalls, traffic.stats().activeCalls());
        }
        TrafficStats stats = traffic.stats();

        assertThat(stats.activeCalls()).isBetween(1700, 2400);
        assertThat(peakCalls).isLessThan(2600);
        assertThat(stats.loggedInAgents()).isGreaterThan(4900);
        assertThat(records).isEqualTo(stats.records());
    }
}
