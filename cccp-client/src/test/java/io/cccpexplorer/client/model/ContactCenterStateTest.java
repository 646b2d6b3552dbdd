package io.cccpexplorer.client.model;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The model fed recorded row sequences directly (no server): statuses, intervals, ended calls and the day figures,
 * checked against values computed by hand.
 */
class ContactCenterStateTest {

    /** 2026-02-08 09:00 UTC, in seconds. */
    private static final long T = OffsetDateTime.of(2026, 2, 8, 9, 0, 0, 0, ZoneOffset.UTC).toEpochSecond();
    private static final String SALES = "DEMO__Sales";
    private static final String SUPPORT = "DEMO__Support";

    private final List<AgentInterval> intervals = new ArrayList<>();
    private final List<Change<Call>> ended = new ArrayList<>();
    private final List<Change<Call>> callChanges = new ArrayList<>();
    private final MutableClock clock = new MutableClock(Instant.ofEpochSecond(T + 3600));
    private ContactCenterState state;

    @BeforeEach
    void open() {
        ContactCenterListener listener = new ContactCenterListener() {
            @Override
            public void onAgentInterval(AgentInterval interval) {
                intervals.add(interval);
            }

            @Override
            public void onCallEnded(Change<Call> report) {
                ended.add(report);
            }

            @Override
            public void onCall(Change<Call> change) {
                callChanges.add(change);
            }
        };
        FigureSettings settings = FigureSettings.defaults(ZoneId.of("UTC")).withTeam("front", List.of(SALES, SUPPORT));
        state = new ContactCenterState(e -> e.accept(listener), settings, clock);
    }

    // ---- one agent's calls ----

    @Test
    void anAvailableAgentWithACallIsRingingThenTalkingThenWrappingUp() {
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        assertThat(agent().status()).isEqualTo(AgentStatus.AVAILABLE);

        state.callRow(call(20, "session_A", 0, null));
        assertThat(call("session_A").status()).as("no queue yet").isEqualTo(CallStatus.IVR);
        state.taskRow(task(30, "session_A", "a1", SALES, 1, 10, null, null, null, null, null));
        assertThat(call("session_A").status()).isEqualTo(CallStatus.WAITING);

        // the server still says "Disponible"; the agent's task says the phone rings
        state.agentRow(alice(with(available(T), userTask("alerting", 20))));
        state.taskRow(task(30, "session_A", "a1", SALES, 2, 10, null, null, null, "user_1@x", null));
        assertThat(agent().status()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent().statusSince().toEpochSecond()).isEqualTo(T + 20);
        assertThat(agent().stateName()).isEqualTo("Disponible");
        assertThat(agent().currentCall()).isEqualTo(new CurrentCall("session_A", "0601020304", SALES,
                CallDirection.INCOMING));
        assertThat(call("session_A").status()).isEqualTo(CallStatus.RINGING);

        state.agentRow(alice(with(available(T), userTask("managing", 25))));
        state.taskRow(task(30, "session_A", "a1", SALES, 3, 10, 25, null, null, "user_1@x", null));
        assertThat(agent().status()).isEqualTo(AgentStatus.TALKING);
        assertThat(call("session_A").status()).isEqualTo(CallStatus.TALKING);
        assertThat(call("session_A").agentLogin()).isEqualTo("alice");

        // the caller hangs up (the call row first, as the dispatch sends it), the agent wraps up: the ccxml marks
        // the agent's task managed at the hang-up, and it runs on in post_managing through the wrap-up
        state.callRow(call(20, "session_A", 0, 85));
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                managedUserTask("post_managing", 85))));
        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 85, "user_1@x", "managed"));
        assertThat(agent().status()).isEqualTo(AgentStatus.WRAP_UP);
        assertThat(agent().currentCall().sessionId()).as("the call being wrapped up").isEqualTo("session_A");
        Call a = call("session_A");
        assertThat(a.status()).isEqualTo(CallStatus.ENDED);
        assertThat(a.disposition()).isEqualTo(CallDisposition.ANSWERED);
        assertThat(ended).extracting(Change::kind, Change::current).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ChangeKind.ADDED, a));

        // the wrap-up time is over (user_task_temporization_ended): the dispatch ends the task, the state follows
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                endedUserTask("post_managing", 85, 115))));
        assertThat(agent().status()).as("the wrap-up state").isEqualTo(AgentStatus.WRAP_UP);
        state.agentRow(alice(with(available(T + 115), endedUserTask("post_managing", 85, 115))));
        assertThat(agent().status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(agent().currentCall()).isNull();

        assertThat(intervals).extracting(AgentInterval::status, i -> i.start().toEpochSecond() - T,
                        i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, 0L, 20L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.RINGING, 20L, 25L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.TALKING, 25L, 85L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, 85L, 115L));
        assertThat(intervals.get(2).callSessionId()).isEqualTo("session_A");
        assertThat(intervals.get(3).queue()).isEqualTo(SALES);
        assertThat(callChanges).extracting(c -> c.current().status()).containsExactly(CallStatus.IVR,
                CallStatus.WAITING, CallStatus.RINGING, CallStatus.TALKING, CallStatus.ENDED, CallStatus.ENDED);
    }

    @Test
    void aManagedTaskStillInPostManagingIsTheWrapUpUntilTheTemporizationEndsItWhateverTheAgentsState() {
        // a site whose agents stay "Disponible" through their calls: only the agent's task tells the wrap-up, from
        // the hang-up (the task managed, in post_managing) to the end of the wrap-up time (the task ended)
        talkedFrom25To85();
        state.agentRow(alice(with(available(T), managedUserTask("post_managing", 85))));
        assertThat(agent().status()).as("the queue task has ended, the agent's task has not")
                .isEqualTo(AgentStatus.WRAP_UP);
        assertThat(agent().statusSince().toEpochSecond()).isEqualTo(T + 85);
        assertThat(agent().currentCall().sessionId()).isEqualTo("session_A");

        state.agentRow(alice(with(available(T), endedUserTask("post_managing", 85, 115))));
        assertThat(agent().status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(agent().statusSince().toEpochSecond()).as("since the task's end").isEqualTo(T + 115);
        assertThat(agent().currentCall()).isNull();
        assertTalkedFrom25AndWrappedUpFrom85To115();
    }

    @Test
    void aManagedTaskItsCcxmlNeverEndsStopsTheWrapUpWhenTheAgentShowsAvailable() {
        // the vendor's dispatch keeps a managed task running in post_managing for good when no
        // user_task_temporization_ended comes: the agent's available state entered since ends the wrap-up
        talkedFrom25To85();
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                managedUserTask("post_managing", 85))));
        assertThat(agent().status()).isEqualTo(AgentStatus.WRAP_UP);

        state.agentRow(alice(with(available(T + 115), managedUserTask("post_managing", 85))));
        assertThat(agent().status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(agent().statusSince().toEpochSecond()).isEqualTo(T + 115);
        assertThat(agent().currentCall()).isNull();
        assertTalkedFrom25AndWrappedUpFrom85To115();
    }

    @Test
    void aRingingTheQueueTaskShowsBeforeTheAgentsTaskDatesItClosesTheSameIntervals() {
        // the dispatch pushes each record's changes: here the queue task rings the agent one record before the
        // agent's own task dates the ringing; a server sending both at once gives the first test's order
        clock.set(Instant.ofEpochSecond(T + 3 * 3600));   // hours later: the clock must not date anything
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        state.callRow(call(20, "session_A", 0, null));
        state.taskRow(task(30, "session_A", "a1", SALES, 1, 10, null, null, null, null, null));
        state.taskRow(task(30, "session_A", "a1", SALES, 2, 10, null, null, null, "user_1@x", null));
        assertThat(agent().status()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent().statusSince()).as("not dated yet").isNull();
        assertThat(intervals).as("the available stretch ends when the ringing is dated").isEmpty();

        state.agentRow(alice(with(available(T), userTask("alerting", 20))));
        state.agentRow(alice(with(available(T), userTask("managing", 25))));
        state.taskRow(task(30, "session_A", "a1", SALES, 3, 10, 25, null, null, "user_1@x", null));

        assertThat(intervals).extracting(AgentInterval::status, i -> i.start().toEpochSecond() - T,
                        i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, 0L, 20L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.RINGING, 20L, 25L));
    }

    @Test
    void aQueueTaskStillInPostContactAfterTheAgentShowedAvailableReopensTheWrapUp() {
        // the agent's own row goes through the call and shows available at +115 before the queue task (another
        // list) reaches the model, still in post-contact: the model flips back to the wrap-up dated +85. Where the
        // other lists happen to be then (the latest date seen) must not end any interval: a live server and a fast
        // replay of its logs give the same intervals
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        state.callRow(call(20, "session_A", 0, null));
        state.agentRow(alice(with(available(T), userTask("managing", 25))));
        state.callRow(call(20, "session_A", 0, 85));
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                managedUserTask("post_managing", 85))));
        state.agentRow(alice(with(available(T + 115), endedUserTask("post_managing", 85, 115))));
        assertThat(agent().status()).isEqualTo(AgentStatus.AVAILABLE);
        state.callRow(call(21, "session_B", 300, null));   // another list reached +302: must not date anything
        state.taskRow(task(30, "session_A", "a1", SALES, 4, 10, 25, 85, null, "user_1@x", null));
        assertThat(agent().status()).as("the lagging queue task").isEqualTo(AgentStatus.WRAP_UP);
        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 118, "user_1@x", "managed"));
        assertThat(agent().status()).isEqualTo(AgentStatus.AVAILABLE);
        state.agentRow(alice(state("lunch", "Pause déjeuner", "pause", 400)));

        assertThat(intervals).extracting(AgentInterval::status, i -> i.start().toEpochSecond() - T,
                        i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, 0L, 25L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.TALKING, 25L, 85L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, 85L, 115L),
                        // re-opened by the lagging task and closed where the data ends it: the same start (a
                        // store keeps this end), as when the task reached the model first
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, 85L, 118L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, 118L, 400L));
        AgentDayFigures day = state.snapshot().agentFigures().get("alice");
        assertThat(day.wrapUpTime()).as("the wrap-up counted once").isEqualTo(Duration.ofSeconds(33));
        assertThat(day.availableTime()).isEqualTo(Duration.ofSeconds(25 + 282));
    }

    @Test
    void pausesCarryTheirReasonAndLogoutClosesTheLastIntervalWhereTheDataIs() {
        state.agentRow(alice(available(T)));
        state.agentRow(alice(state("lunch", "Pause déjeuner", "pause", 600)));
        assertThat(agent().status()).isEqualTo(AgentStatus.PAUSE);
        assertThat(agent().pauseReason()).isEqualTo("Pause déjeuner");

        // the last dated event of the site is a call connected at +900; the model's clock reads hours later (a day
        // read from its logs afterwards): the logout, which the data does not date, ends at +900, not at the clock
        state.callRow(call(21, "session_B", 898, null));   // created +898, connected +900
        clock.set(Instant.ofEpochSecond(T + 3 * 3600));
        state.agentRemoved(alice(state("lunch", "Pause déjeuner", "pause", 600)));

        assertThat(intervals).extracting(AgentInterval::status, AgentInterval::reason, AgentInterval::duration)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, null,
                        Duration.ofSeconds(600)),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.PAUSE, "Pause déjeuner",
                                Duration.ofSeconds(300)));
        AgentDayFigures day = state.snapshot().agentFigures().get("alice");
        assertThat(day.pauseTime()).isEqualTo(Duration.ofSeconds(300));
        assertThat(day.loggedTime()).isEqualTo(Duration.ofSeconds(900));
        assertThat(state.snapshot().agents()).isEmpty();
    }

    @Test
    void anAgentWhoseLoginHasNotArrivedYetIsInTheSnapshotWithoutFailingIt() {
        // a log import's replay shows the session's row before its user.login (the snapshot threw a
        // NullPointerException on the null key of the agent figures)
        Map<String, Value> v = new HashMap<>(alice(available(T)).values());
        v.remove("user.login");
        state.agentRow(new Row(10, v));

        ContactCenterSnapshot s = state.snapshot();

        assertThat(s.agents()).extracting(Agent::login).containsExactly((String) null);
        assertThat(s.agentFigures()).doesNotContainKey(null);
    }

    // ---- the day's figures ----

    @Test
    void queueTeamProjectAndAgentFiguresMatchTheHandComputedDay() {
        state.queueRow(queue(50, SALES));
        state.queueRow(queue(51, SUPPORT));
        state.agentRow(alice(available(T)));
        // A: answered by alice after 15 s (in target), 60 s talk, 30 s wrap-up
        state.callRow(call(20, "session_A", 0, null));
        state.agentRow(alice(with(available(T), userTask("alerting", 20))));
        state.taskRow(task(30, "session_A", "a1", SALES, 2, 10, null, null, null, "user_1@x", null));
        state.agentRow(alice(with(available(T), userTask("managing", 25))));
        state.taskRow(task(30, "session_A", "a1", SALES, 3, 10, 25, null, null, "user_1@x", null));
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85), userTask("post_managing", 85))));
        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 85, "user_1@x", "managed"));
        Map<String, Value> back = available(T + 115);
        back.put("user_tasks.last.end_date", date(T + 115));
        state.agentRow(alice(back));
        // B: hung up after 3 s (a short abandon); C: after 60 s (abandoned)
        state.taskRow(task(31, "session_B", "b1", SALES, 5, 100, null, null, 103, null, "caller hung up"));
        state.taskRow(task(32, "session_C", "c1", SALES, 5, 200, null, null, 260, null, "caller hung up"));
        // D: answered by bob (known only by his user id) after 40 s (late), 60 s talk
        state.taskRow(task(33, "session_D", "d1", SALES, 5, 300, 340, 400, 400, "user_2@x", "managed",
                "bob@cdep://head/db/projects/DEMO/Ccxml.xml"));
        // E: overflows from Sales after 30 s to Support, where it waits
        state.taskRow(task(34, "session_E", "e1", SALES, 5, 500, null, null, 530, null, "overflow"));
        state.callRow(call(24, "session_E", 490, null));
        state.taskRow(task(35, "session_E", "e2", SUPPORT, 1, 530, null, null, null, null, null));

        ContactCenterSnapshot s = state.snapshot();
        QueueFigures sales = s.queueFigures().get(SALES);
        assertThat(sales.offered()).isEqualTo(5);
        assertThat(sales.answered()).isEqualTo(2);
        assertThat(sales.shortAbandoned()).isEqualTo(1);
        assertThat(sales.abandoned()).isEqualTo(1);
        assertThat(sales.overflowed()).isEqualTo(1);
        assertThat(sales.abandonRate()).isCloseTo(1.0 / 4, within(1e-9));
        assertThat(sales.serviceLevel()).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(sales.serviceLevelTarget()).isEqualTo(Duration.ofSeconds(20));
        assertThat(sales.asa()).isEqualTo(Duration.ofMillis(27_500));
        assertThat(sales.aht()).as("(60 + 60 talk + 30 wrap-up) / 2").isEqualTo(Duration.ofSeconds(75));
        assertThat(sales.maxWait()).isEqualTo(Duration.ofSeconds(60));
        assertThat(sales.agentsLogged()).isEqualTo(1);
        assertThat(sales.agentsAvailable()).isEqualTo(1);

        QueueFigures support = s.queueFigures().get(SUPPORT);
        assertThat(support.offered()).isEqualTo(1);
        assertThat(support.waiting()).isEqualTo(1);
        assertThat(support.longestWait()).isEqualTo(Duration.ofSeconds(3600 - 530));
        assertThat(support.callsInProgress()).isEqualTo(1);
        assertThat(call("session_E").status()).isEqualTo(CallStatus.WAITING);

        QueueFigures front = s.teamFigures().get("front");
        assertThat(front.offered()).isEqualTo(6);
        assertThat(front.waiting()).isEqualTo(1);
        assertThat(front.agentsLogged()).as("alice serves both queues, counted once").isEqualTo(1);
        assertThat(s.projectFigures().offered()).isEqualTo(6);
        assertThat(s.projectFigures().answered()).isEqualTo(2);

        AgentDayFigures alice = s.agentFigures().get("alice");
        assertThat(alice.callsHandled()).isEqualTo(1);
        assertThat(alice.ringingTime()).isEqualTo(Duration.ofSeconds(5));
        assertThat(alice.talkTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(alice.wrapUpTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(alice.availableTime()).as("20 s, then from 115 s to the clock's 3600 s")
                .isEqualTo(Duration.ofSeconds(20 + 3485));
        assertThat(alice.loggedTime()).isEqualTo(Duration.ofSeconds(3600));
        assertThat(alice.occupancy()).isCloseTo(95.0 / 3600, within(1e-9));
        assertThat(s.agentFigures().get("bob").callsHandled()).isEqualTo(1);
    }

    @Test
    void theDayStartsAgainAtTheConfiguredHour() {
        state.queueRow(queue(50, SALES));
        state.taskRow(task(32, "session_C", "c1", SALES, 5, 200, null, null, 260, null, "caller hung up"));
        assertThat(state.snapshot().queueFigures().get(SALES).abandoned()).isEqualTo(1);

        clock.set(Instant.ofEpochSecond(T + 15 * 3600 + 1));   // 00:00:01 the next day
        assertThat(state.snapshot().queueFigures().get(SALES).abandoned()).isZero();
        state.taskRow(task(32, "session_C", "c1", SALES, 5, 200, null, null, 260, null, "caller hung up"));
        assertThat(state.snapshot().queueFigures().get(SALES).offered()).as("yesterday's call stays yesterday's")
                .isZero();
    }

    @Test
    void snapshotLookupsAndNoSorting() {
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        state.callRow(call(20, "session_A", 0, null));
        ContactCenterSnapshot s = state.snapshot();
        assertThat(s.queue(SALES).displayName()).isEqualTo("Sales");
        assertThat(s.call("session_A").objectId()).isEqualTo(20);
        assertThat(s.agentBySession("user_1@x").login()).isEqualTo("alice");
        assertThat(s.objectIdOfSession("session_A")).isEqualTo(20);
        assertThat(s.call("nope")).isNull();
        assertThat(state.snapshot()).as("cached while nothing changed").isSameAs(s);
    }

    // ---- ended calls whose queue task's row comes late ----

    @Test
    void aCallThatEndedBeforeItsTaskRowArrivedIsReportedAgainWithItsQueueAndAgent() {
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        state.callRow(call(20, "session_A", 0, null));
        // the call's end arrives; its queue task's row does not yet (a busy server answers it late)
        state.callRow(call(20, "session_A", 0, 85));
        assertThat(ended).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(r.current().disposition()).as("no task: seen as an IVR abandon")
                    .isEqualTo(CallDisposition.ABANDONED_IVR);
            assertThat(r.current().queue()).isNull();
        });

        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 85, "user_1@x", "managed"));
        Call whole = call("session_A");
        assertThat(whole.queue()).isEqualTo(SALES);
        assertThat(ended).as("reported again, as the model has it now").hasSize(2);
        Change<Call> correction = ended.get(1);
        assertThat(correction.kind()).isEqualTo(ChangeKind.UPDATED);
        assertThat(correction.previous()).as("what it corrects").isEqualTo(ended.get(0).current());
        assertThat(correction.current()).isEqualTo(whole);
        assertThat(correction.current().agentLogin()).isEqualTo("alice");
        assertThat(correction.current().disposition()).isEqualTo(CallDisposition.ANSWERED);
        Change<Call> cause = callChanges.get(callChanges.size() - 1);
        assertThat(correction.sequence()).as("right after the onCall change that caused it")
                .isEqualTo(cause.sequence());
        assertThat(cause.current()).isEqualTo(whole);

        // the same rows pushed again (a reconnect reloads the lists): nothing changed, nothing reported
        state.callRow(call(20, "session_A", 0, 85));
        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 85, "user_1@x", "managed"));
        assertThat(ended).hasSize(2);
    }

    @Test
    void aCallIsReportedWhenItsSessionEndsNotAtTheCallersHangUp() {
        state.queueRow(queue(50, SALES));
        state.callRow(call(20, "session_A", 0, null));
        // the caller hangs up: the call is over for the live views, dated by the disconnection
        Map<String, Value> hungUp = new HashMap<>(call(20, "session_A", 0, null).values());
        hungUp.put("connections.first.disconnected_date", date(T + 85));
        state.callRow(new Row(20, hungUp));
        assertThat(call("session_A").active()).isFalse();
        assertThat(ended).as("not reported while its end may still move").isEmpty();

        // the session ends a moment later: its terminate date is the call's end, reported once
        hungUp.put("terminate_date", new Value.DateValue(T + 85, 400, ZoneOffset.UTC));   // 0.4 ms later
        state.callRow(new Row(20, hungUp));
        assertThat(ended).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(ChangeKind.ADDED);
            assertThat(r.current()).isEqualTo(call("session_A"));
        });
    }

    @Test
    void aLateTaskStillInWrapUpHoldsTheCorrectionUntilItEnds() {
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        state.callRow(call(20, "session_A", 0, 85));
        assertThat(ended).extracting(Change::kind).containsExactly(ChangeKind.ADDED);

        // the task's row arrives in post-contact: the call is no longer whole, nothing is reported
        state.taskRow(task(30, "session_A", "a1", SALES, 4, 10, 25, 85, null, "user_1@x", null));
        assertThat(ended).hasSize(1);
        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 115, "user_1@x", "managed"));
        assertThat(ended).extracting(Change::kind).containsExactly(ChangeKind.ADDED, ChangeKind.UPDATED);
        assertThat(ended.get(1).previous()).as("the correction names the call as first reported")
                .isEqualTo(ended.get(0).current());
        assertThat(ended.get(1).current()).isEqualTo(call("session_A"));
    }

    @Test
    void aTaskRowThePurgeRemovesCorrectsNothing() {
        talkedFrom25To85();
        Call whole = call("session_A");
        assertThat(ended).extracting(Change::current).containsExactly(whole);

        state.taskRemoved(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 85, "user_1@x", "managed"));
        assertThat(call("session_A").queue()).as("the model's call lost the task").isNull();
        assertThat(ended).as("the call as reported stands").extracting(Change::current).containsExactly(whole);
    }

    // ---- rows as the server sends them ----

    private Agent agent() {
        return state.snapshot().agent("alice");
    }

    private Call call(String sessionId) {
        return state.snapshot().call(sessionId);
    }

    private static Value date(long seconds) {
        return new Value.DateValue(seconds, 0, ZoneOffset.UTC);
    }

    private static Value text(String s) {
        return new Value.StringValue(s);
    }

    private static Row queue(int id, String name) {
        return new Row(id, Map.of("name", text(name), "queue_type", text("queue")));
    }

    private static Map<String, Value> available(long since) {
        return state("available", "Disponible", "inbound", since - T);
    }

    private static Map<String, Value> state(String name, String display, String group, long sinceOffset) {
        Map<String, Value> v = new HashMap<>();
        v.put("states.last.name", text(name));
        v.put("states.last.display_name", text(display));
        v.put("states.last.group", text(group));
        v.put("states.last.start_date", date(T + sinceOffset));
        return v;
    }

    private static Map<String, Value> userTask(String stateName, long sinceOffset) {
        return Map.of("user_tasks.last.running", Value.BooleanValue.TRUE,
                "user_tasks.last.states.last.name", text(stateName),
                "user_tasks.last.states.last.start_date", date(T + sinceOffset));
    }

    @Test
    void theAgentsOwnLockedTaskNamesItsCallAndQueueBeforeAnyQueueTaskRow() {
        // the ccxml locked the task on the agent (user_task_locked: caller_session_id, queue_name); the queue task's
        // row, another list, has not arrived (a busy server answers it late)
        state.agentRow(alice(available(T)));
        state.agentRow(alice(with(available(T), locked(userTask("alerting", 20), "session_A", SUPPORT))));
        assertThat(agent().status()).isEqualTo(AgentStatus.RINGING);
        assertThat(agent().currentCall()).isEqualTo(new CurrentCall("session_A", null, SUPPORT, CallDirection.UNKNOWN));

        state.callRow(call(20, "session_A", 0, null));
        assertThat(agent().currentCall()).as("the call's row gives the caller")
                .isEqualTo(new CurrentCall("session_A", "0601020304", SUPPORT, CallDirection.INCOMING));

        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                locked(managedUserTask("post_managing", 85), "session_A", SUPPORT))));
        // the ccxml ends the task when the wrap-up time is over, a moment before the agent leaves its wrap-up state
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                locked(endedUserTask("post_managing", 85, 115), "session_A", SUPPORT))));
        assertThat(agent().currentCall().sessionId()).as("a wrap-up outliving its task").isEqualTo("session_A");
        state.agentRow(alice(with(available(T + 115), locked(endedUserTask("post_managing", 85, 115), "session_A",
                SUPPORT))));

        assertThat(intervals).filteredOn(i -> i.status() != AgentStatus.AVAILABLE)
                .extracting(AgentInterval::status, AgentInterval::callSessionId, AgentInterval::queue,
                        i -> i.start().toEpochSecond() - T, i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.RINGING, "session_A",
                        SUPPORT, 20L, 85L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, "session_A", SUPPORT, 85L, 115L));
    }

    @Test
    void aWrapUpStateThatFollowsTheTasksWrapUpByAMomentIsTheSameWrapUp() {
        // the ccxml logs the task's post_managing and the agent's wrap-up state 0.4 ms apart; the task ends (the
        // wrap-up time is over) before the agent leaves the state: the state carries on the wrap-up the task began,
        // one interval of the call's after-call work, not a 0.4 ms one and the rest
        Map<String, Value> wrapUpState = with(state("wrap_up", "Post-appel", "inbound", 85),
                Map.of("states.last.start_date", new Value.DateValue(T + 85, 400, ZoneOffset.UTC)));
        state.agentRow(alice(available(T)));
        state.agentRow(alice(with(available(T), locked(userTask("managing", 25), "session_A", SUPPORT))));
        state.agentRow(alice(with(available(T), locked(managedUserTask("post_managing", 85), "session_A", SUPPORT))));
        state.agentRow(alice(with(wrapUpState, locked(managedUserTask("post_managing", 85), "session_A", SUPPORT))));
        state.agentRow(alice(with(wrapUpState, locked(endedUserTask("post_managing", 85, 115), "session_A",
                SUPPORT))));
        assertThat(agent().status()).isEqualTo(AgentStatus.WRAP_UP);
        state.agentRow(alice(with(available(T + 116), locked(endedUserTask("post_managing", 85, 115), "session_A",
                SUPPORT))));

        assertThat(intervals).filteredOn(i -> i.status() != AgentStatus.AVAILABLE)
                .extracting(AgentInterval::status, AgentInterval::callSessionId, i -> i.start().toEpochSecond() - T,
                        i -> i.start().getNano(), i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.TALKING, "session_A", 25L, 0, 85L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, "session_A", 85L, 0, 116L));
    }

    @Test
    void aTaskJustCreatedForTheNextOfferDoesNotBringBackTheEndedTasksWrapUp() {
        // between user_task_create and the new task's first state, the agent's row still shows the ended task's
        // post_managing in a running task, not marked managed and not locked yet: the agent stays available
        // (before: a wrap-up since the old phase's start flickered in, and an interval reopened for the next call)
        state.agentRow(alice(available(T)));
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                locked(managedUserTask("post_managing", 85), "session_A", SUPPORT))));
        state.agentRow(alice(with(available(T + 115), locked(endedUserTask("post_managing", 85, 115), "session_A",
                SUPPORT))));
        List<Agent> seen = new ArrayList<>();
        state.agentRow(alice(with(available(T + 115), userTask("post_managing", 85))));
        seen.add(agent());
        state.agentRow(alice(with(available(T + 115), locked(userTask("post_managing", 85), "session_B", SUPPORT))));
        seen.add(agent());
        state.agentRow(alice(with(available(T + 115), locked(userTask("alerting", 200), "session_B", SUPPORT))));

        assertThat(seen).extracting(Agent::status, a -> a.statusSince().toEpochSecond() - T)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, 115L));
        assertThat(agent().status()).isEqualTo(AgentStatus.RINGING);
        assertThat(intervals).extracting(AgentInterval::status, AgentInterval::callSessionId,
                        i -> i.start().toEpochSecond() - T, i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, null, 0L, 85L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, "session_A", 85L, 115L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, null, 115L, 200L));
    }

    @Test
    void aSecondWrapUpOfAnotherCallIsAnIntervalOfItsOwn() {
        // back to back, with nothing between them in the data: the second wrap-up names another call
        state.agentRow(alice(available(T)));
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                locked(managedUserTask("post_managing", 85), "session_A", SUPPORT))));
        state.agentRow(alice(with(state("wrap_up", "Post-appel", "inbound", 85),
                locked(managedUserTask("post_managing", 140), "session_B", SUPPORT))));
        state.agentRow(alice(available(T + 160)));

        assertThat(intervals).filteredOn(i -> i.status() == AgentStatus.WRAP_UP)
                .extracting(AgentInterval::callSessionId, i -> i.start().toEpochSecond() - T,
                        i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("session_A", 85L, 140L),
                        org.assertj.core.groups.Tuple.tuple("session_B", 140L, 160L));
    }

    /** The agent's task as user_task_locked leaves it: naming its call and queue. */
    private static Map<String, Value> locked(Map<String, Value> userTask, String callSession, String queue) {
        return with(userTask, Map.of("user_tasks.last.caller_session_id", text(callSession),
                "user_tasks.last.queue_name", text(queue)));
    }

    /**
     * Alice, available since T, answers session_A at +25; the caller hangs up at +85 and the ccxml ends the queue
     * task then (task_result at the hang-up, as the simulator's traffic logs it).
     */
    private void talkedFrom25To85() {
        state.queueRow(queue(50, SALES));
        state.agentRow(alice(available(T)));
        state.callRow(call(20, "session_A", 0, null));
        state.agentRow(alice(with(available(T), userTask("managing", 25))));
        state.taskRow(task(30, "session_A", "a1", SALES, 3, 10, 25, null, null, "user_1@x", null));
        state.callRow(call(20, "session_A", 0, 85));
        state.taskRow(task(30, "session_A", "a1", SALES, 5, 10, 25, 85, 85, "user_1@x", "managed"));
    }

    private void assertTalkedFrom25AndWrappedUpFrom85To115() {
        assertThat(intervals).extracting(AgentInterval::status, i -> i.start().toEpochSecond() - T,
                        i -> i.end().toEpochSecond() - T)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AgentStatus.AVAILABLE, 0L, 25L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.TALKING, 25L, 85L),
                        org.assertj.core.groups.Tuple.tuple(AgentStatus.WRAP_UP, 85L, 115L));
    }

    /** The agent's task once user_task_managed is logged (at the hang-up or the transfer): it runs on. */
    private static Map<String, Value> managedUserTask(String stateName, long sinceOffset) {
        return with(userTask(stateName, sinceOffset), Map.of("user_tasks.last.managed", Value.BooleanValue.TRUE));
    }

    /** The agent's task once the dispatch ended it (user_task_temporization_ended: the wrap-up time is over). */
    private static Map<String, Value> endedUserTask(String stateName, long sinceOffset, long endOffset) {
        return Map.of("user_tasks.last.running", Value.BooleanValue.FALSE,
                "user_tasks.last.managed", Value.BooleanValue.TRUE,
                "user_tasks.last.states.last.name", text(stateName),
                "user_tasks.last.states.last.start_date", date(T + sinceOffset),
                "user_tasks.last.end_date", date(T + endOffset));
    }

    private static Map<String, Value> with(Map<String, Value> a, Map<String, Value> b) {
        Map<String, Value> v = new HashMap<>(a);
        v.putAll(b);
        return v;
    }

    private static Row alice(Map<String, Value> values) {
        Map<String, Value> v = new HashMap<>(values);
        v.put("session_id", text("user_1@x"));
        v.put("user.login", text("alice"));
        v.put("project_name", text("DEMO"));
        v.put("current_mode", text("agent interface"));
        v.put("active_queues", text("{a:{queue:'" + SALES + "'},b:{queue:'" + SUPPORT + "'}}"));
        v.put("login_date", date(T));
        return new Row(10, v);
    }

    private static Row call(int id, String session, long createdOffset, Integer endOffset) {
        Map<String, Value> v = new HashMap<>(Map.of("session_id", text(session), "create_date",
                date(T + createdOffset), "connections.first.incoming", Value.BooleanValue.TRUE,
                "connections.first.remote_address", text("sip:0601020304@192.0.2.1"),
                "connections.first.connected_date", date(T + createdOffset + 2)));
        if (endOffset != null) {
            v.put("terminate_date", date(T + endOffset));
        }
        return new Row(id, v);
    }

    private static Row task(int id, String call, String taskId, String queue, int serverState, long queuedOffset,
                            Integer answeredOffset, Integer wrapUpOffset, Integer endOffset, String manager,
                            String reason) {
        return task(id, call, taskId, queue, serverState, queuedOffset, answeredOffset, wrapUpOffset, endOffset,
                manager, reason, null);
    }

    private static Row task(int id, String call, String taskId, String queue, int serverState, long queuedOffset,
                            Integer answeredOffset, Integer wrapUpOffset, Integer endOffset, String manager,
                            String reason, String managerUserId) {
        Map<String, Value> v = new HashMap<>();
        v.put("session_id", text(call));
        v.put("task_id", text(taskId));
        v.put("queue_name", text(queue));
        v.put("state", new Value.NumberValue(serverState, false));
        v.put("waiting_date", date(T + queuedOffset));
        if (answeredOffset != null) {
            v.put("manage_date", date(T + answeredOffset));
        }
        if (wrapUpOffset != null) {
            v.put("post_manage_date", date(T + wrapUpOffset));
        }
        if (endOffset != null) {
            v.put("terminate_date", date(T + endOffset));
        }
        if (manager != null) {
            v.put("manager_session_id", text(manager));
        }
        if (managerUserId != null) {
            v.put("manager_user_id", text(managerUserId));
        }
        if (reason != null) {
            v.put("reason", text(reason));
        }
        return new Row(id, v);
    }

    /** The model's time, moved by the test. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
