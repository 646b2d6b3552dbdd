package io.cccpexplorer.dashboard.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.client.model.Agent;
import io.cccpexplorer.client.model.AgentInterval;
import io.cccpexplorer.client.model.AgentStatus;
import io.cccpexplorer.client.model.Call;
import io.cccpexplorer.client.model.CallDirection;
import io.cccpexplorer.client.model.Change;
import io.cccpexplorer.client.model.ChangeKind;
import io.cccpexplorer.client.model.QueueTask;
import io.cccpexplorer.client.model.QueueTaskState;
import io.cccpexplorer.client.model.SessionEvent;
import io.cccpexplorer.dashboard.ManualClock;
import io.cccpexplorer.dashboard.feed.FeedListener;
import io.cccpexplorer.client.model.CallDisposition;
import io.cccpexplorer.history.HistoryBatch;
import io.cccpexplorer.history.HistoryException;
import io.cccpexplorer.history.PendingRollups;
import io.cccpexplorer.history.QueueFigures;
import io.cccpexplorer.history.QueueReportQuery;
import io.cccpexplorer.history.ReportInterval;
import io.cccpexplorer.history.StoredCall;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live write path: the model's ended calls and closed intervals reach the store; a dead store loses nothing
 * silently.
 */
class LiveRecorderTest {

    static final OffsetDateTime T = OffsetDateTime.parse("2026-02-10T09:00:00+01:00");

    @TempDir
    Path dir;

    static Call answeredCall(String id) {
        QueueTask task = new QueueTask(id, "t-" + id, "ACME__SAV", QueueTaskState.ENDED, T.plusSeconds(5),
                T.plusSeconds(17), T.plusSeconds(77), T.plusSeconds(90), "user_1@x", "alice", "managed");
        return Call.of(7, id, CallDirection.INCOMING, "0611111111", "0800", T, T.plusSeconds(1), T.plusSeconds(77),
                List.of(task));
    }

    static Call openCall(String id) {
        QueueTask task = new QueueTask(id, "t-" + id, "ACME__SAV", QueueTaskState.WAITING, T.plusSeconds(5), null,
                null, null, null, null, null);
        return Call.of(8, id, CallDirection.INCOMING, "0622222222", "0800", T, T.plusSeconds(1), null, List.of(task));
    }

    /** The model's first report of an ended call. */
    static Change<Call> ended(Call call) {
        return new Change<>(ChangeKind.ADDED, null, call, 1);
    }

    static final SessionEvent EVENT_1 = new SessionEvent(11, T.plusNanos(123_456_000), "ccxml", "c1", "", "create", "");
    static final SessionEvent EVENT_2 = new SessionEvent(12, T.plusSeconds(5).plusNanos(1_000), "ccxml", "c1", "",
            "queue", "ACME__SAV");

    /** A server whose calls have no console rows. */
    static final SessionEventSource NO_EVENTS = id -> CompletableFuture.completedFuture(List.of());

    HistoryService open() {
        return HistoryService.open(HistorySettings.embedded(ZoneId.of("Europe/Paris")), dir, Optional.empty(),
                Clock.systemUTC());
    }

    @Test
    void endedCallsAndClosedIntervalsAreWrittenWithTheModelsFigures() throws Exception {
        try (HistoryService history = open()) {
            LiveRecorder recorder = history.startRecording(1000);
            SessionEventSource server = id -> CompletableFuture.completedFuture(id.equals("c1")
                    ? List.of(EVENT_2, EVENT_1, EVENT_2) : List.of());
            FeedListener listener = recorder.listener("ACME", server);
            listener.onCallEnded(ended(answeredCall("c1")));
            listener.onCallEnded(ended(openCall("c2")));
            listener.onAgentInterval(new AgentInterval("alice", "user_1@x", AgentStatus.TALKING, null, "c1",
                    "ACME__SAV", T.plusSeconds(17), T.plusSeconds(77)));
            awaitTrue(() -> recorder.written() >= 5); // two calls, two console rows, one interval

            StoredCall c1 = history.calls().call("ACME", "c1").orElseThrow();
            assertThat(c1.disposition()).isEqualTo(CallDisposition.ANSWERED);
            assertThat(c1.queue()).isEqualTo("ACME__SAV");
            assertThat(c1.agent()).isEqualTo("alice");
            assertThat(c1.waited()).isEqualTo(Duration.ofSeconds(12));
            assertThat(c1.talk()).isEqualTo(Duration.ofSeconds(60));
            assertThat(c1.wrapUp()).isEqualTo(Duration.ofSeconds(13));
            StoredCall c2 = history.calls().call("ACME", "c2").orElseThrow();
            assertThat(c2.open()).isTrue();
            assertThat(c2.disposition()).isNull();
            assertThat(c2.end()).isNull();
            assertThat(recorder.lost()).isZero();
            assertThat(recorder.eventsMissing()).isZero();
            assertThat(history.health()).containsKey("live");
            // the console's rows, by date, each event once, with its microseconds
            List<SessionEvent> rows = history.calls().events("ACME", "c1");
            assertThat(rows).extracting(SessionEvent::name).containsExactly("create", "queue");
            assertThat(rows.get(1).date().toInstant()).isEqualTo(EVENT_2.date().toInstant());
            assertThat(rows.get(1).data()).isEqualTo("ACME__SAV");
        }
    }

    @Test
    void aCallTheStoreCannotHoldIsCountedAndFlaggedAndTheNextOneIsStillWritten() throws Exception {
        try (HistoryService history = open()) {
            LiveRecorder recorder = history.startRecording(1000);
            FeedListener listener = recorder.listener("ACME", NO_EVENTS);
            Call undated = Call.of(9, "c0", CallDirection.INCOMING, "0633333333", "0800", null, null, null, List.of());
            // before: an IllegalArgumentException the model's executor only logged
            listener.onCallEnded(ended(undated));
            listener.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recorder.written() >= 1);
            assertThat(history.calls().call("ACME", "c1")).isPresent();
            assertThat(history.calls().call("ACME", "c0")).isEmpty();
            assertThat(recorder.refused()).isEqualTo(1);
            assertThat(recorder.health()).containsEntry("refused", 1L);
            assertThat(recorder.health()).extractingByKey("gaps").asString().contains("ACME")
                    .contains("without the dates or disposition");
        }
    }

    @Test
    void consoleRowsThatCannotBeReadAreRetriedThenCountedAndTheCallIsStillWritten() throws Exception {
        try (HistoryService history = open()) {
            LiveRecorder recorder = history.startRecording(1000);
            AtomicInteger asked = new AtomicInteger();
            FeedListener listener = recorder.listener("ACME", id -> {
                asked.incrementAndGet();
                return CompletableFuture.failedFuture(new IllegalStateException("not connected"));
            });
            listener.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recorder.written() >= 1);
            assertThat(history.calls().call("ACME", "c1")).isPresent();
            assertThat(asked.get()).isEqualTo(SessionEventReader.ATTEMPTS);
            assertThat(recorder.eventsMissing()).isEqualTo(1);
            assertThat(recorder.health()).extractingByKey("gaps").asString().contains("ACME")
                    .contains("not connected");
        }
    }

    @Test
    void aDeadDatabaseIsRetriedAndWhatDoesNotFitIsCountedNeverGrown() throws Exception {
        HistoryService history = open();
        try {
            LiveRecorder recorder = history.startRecording(2);
            history.database().close(); // every write fails from now on
            FeedListener listener = recorder.listener("ACME", NO_EVENTS);
            for (int i = 0; i < 20; i++) {
                listener.onCallEnded(ended(answeredCall("c" + i)));
            }
            awaitTrue(() -> recorder.failures() >= 1);
            assertThat(recorder.queued()).isLessThanOrEqualTo(2);
            assertThat(recorder.lost()).isPositive();
            assertThat(recorder.written()).isZero();
            assertThat(recorder.health()).extractingByKey("gaps").asString().contains("ACME");
        } finally {
            history.close();
        }
    }

    @Test
    void batchesShareOneRollUpDueAfterTheirFirstRowsAndTheReportsThenCountThemAll() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-10T08:00:00Z");
        try (HistoryService history = open()) {
            LiveRecorder recorder = new LiveRecorder(history, 1000, clock, LiveRecorder.Store.of(history));
            FeedListener listener = recorder.listener("ACME", NO_EVENTS);
            listener.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recorder.written() >= 1);
            listener.onCallEnded(ended(answeredCall("c2")));
            awaitTrue(() -> recorder.written() >= 2);
            // the rows are stored, their roll-ups wait for the tick (before: recomputed with every batch)
            assertThat(history.calls().call("ACME", "c2")).isPresent();
            assertThat(queues(history)).isEmpty();
            assertThat(recorder.rollUps()).isZero();

            clock.advance(LiveRecorder.ROLL_UP_EVERY);
            awaitTrue(() -> recorder.rollUps() >= 1);
            assertThat(queues(history)).singleElement().satisfies(q -> {
                assertThat(q.offered()).isEqualTo(2);
                assertThat(q.answered()).isEqualTo(2);
            });
            assertThat(recorder.rollUps()).isEqualTo(1);   // one recompute for both batches
            assertThat(recorder.health()).containsEntry("roll_ups", 1L);
            recorder.close();
        }
    }

    @Test
    void aFailedRollUpIsCountedAndRetriedAndItsRowsStayWritten() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-10T08:00:00Z");
        try (HistoryService history = open()) {
            LiveRecorder.Store real = LiveRecorder.Store.of(history);
            AtomicInteger failing = new AtomicInteger(2);
            LiveRecorder recorder = new LiveRecorder(history, 1000, clock, new LiveRecorder.Store() {
                @Override
                public void write(HistoryBatch batch, PendingRollups pending) {
                    real.write(batch, pending);
                }

                @Override
                public void rollUp(PendingRollups pending) {
                    if (failing.getAndDecrement() > 0) {
                        throw new HistoryException("disk full", null);
                    }
                    real.rollUp(pending);
                }
            });
            FeedListener listener = recorder.listener("ACME", NO_EVENTS);
            listener.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recorder.written() >= 1);
            clock.advance(LiveRecorder.ROLL_UP_EVERY);
            awaitTrue(() -> recorder.rollUps() >= 1);
            assertThat(recorder.failures()).isEqualTo(2);
            assertThat(queues(history)).singleElement().satisfies(q -> assertThat(q.offered()).isEqualTo(1));
            assertThat(recorder.written()).isEqualTo(1);   // the rows were not written again
            assertThat(recorder.lost()).isZero();
            recorder.close();
        }
    }

    @Test
    void aCallTheModelCorrectsIsRewrittenIntoItsQueueAndCountedOnce() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-10T08:00:00Z");
        try (HistoryService history = open()) {
            LiveRecorder recorder = new LiveRecorder(history, 1000, clock, LiveRecorder.Store.of(history));
            FeedListener listener = recorder.listener("ACME", NO_EVENTS);
            // the call's end reached the model before its queue task's row: first an IVR abandon, then the call
            Call whole = answeredCall("c1");
            Call withoutTask = Call.of(7, "c1", CallDirection.INCOMING, "0611111111", "0800", T, T.plusSeconds(1),
                    T.plusSeconds(77), List.of());
            listener.onCallEnded(ended(withoutTask));
            awaitTrue(() -> recorder.written() >= 1);
            clock.advance(LiveRecorder.ROLL_UP_EVERY);
            awaitTrue(() -> recorder.rollUps() >= 1);
            assertThat(history.calls().call("ACME", "c1").orElseThrow().disposition())
                    .isEqualTo(CallDisposition.ABANDONED_IVR);

            listener.onCallEnded(new Change<>(ChangeKind.UPDATED, withoutTask, whole, 2));
            awaitTrue(() -> recorder.corrected() >= 1);
            clock.advance(LiveRecorder.ROLL_UP_EVERY);
            awaitTrue(() -> recorder.rollUps() >= 2);
            StoredCall c1 = history.calls().call("ACME", "c1").orElseThrow();
            assertThat(c1.disposition()).isEqualTo(CallDisposition.ANSWERED);
            assertThat(c1.queue()).isEqualTo("ACME__SAV");
            assertThat(c1.agent()).isEqualTo("alice");
            assertThat(queues(history)).singleElement().satisfies(q -> {
                assertThat(q.offered()).isEqualTo(1);
                assertThat(q.answered()).isEqualTo(1);
            });
            assertThat(recorder.written()).as("one call, written once, then corrected").isEqualTo(1);
            assertThat(recorder.corrected()).isEqualTo(1);
            assertThat(recorder.health()).containsEntry("corrected", 1L);
            recorder.close();
        }
    }

    @Test
    void rowsWrittenAgainCountInCorrectedAndEachRowOnceInWritten() throws Exception {
        try (HistoryService history = open()) {
            LiveRecorder recorder = history.startRecording(1000);
            FeedListener listener = recorder.listener("ACME", id -> CompletableFuture.completedFuture(
                    id.equals("c1") ? List.of(EVENT_1, EVENT_2) : List.of()));
            Agent alice = new Agent(10, "user_1@x", "alice", "Alice A.", "ACME", "agent", "agent interface",
                    AgentStatus.AVAILABLE, T, null, "Disponible", T, null, List.of(), null, T);
            listener.onAgent(new Change<>(ChangeKind.ADDED, null, alice, 1));
            awaitTrue(() -> recorder.written() >= 1);   // the session, stored open
            Call withoutTask = Call.of(7, "c1", CallDirection.INCOMING, "0611111111", "0800", T, T.plusSeconds(1),
                    T.plusSeconds(77), List.of());
            listener.onCallEnded(ended(withoutTask));
            awaitTrue(() -> recorder.written() >= 4);   // the call and its two console rows
            listener.onCallEnded(new Change<>(ChangeKind.UPDATED, withoutTask, answeredCall("c1"), 2));
            awaitTrue(() -> recorder.corrected() >= 3);
            AgentInterval wrapUp = new AgentInterval("alice", "user_1@x", AgentStatus.WRAP_UP, null, "c1",
                    "ACME__SAV", T.plusSeconds(77), T.plusSeconds(90));
            listener.onAgentInterval(wrapUp);
            awaitTrue(() -> recorder.written() >= 5);
            // the wrap-up re-opened, closed again: the same start, a later end, the same row
            listener.onAgentInterval(new AgentInterval("alice", "user_1@x", AgentStatus.WRAP_UP, null, "c1",
                    "ACME__SAV", T.plusSeconds(77), T.plusSeconds(120)));
            awaitTrue(() -> recorder.corrected() >= 4);
            listener.onAgent(new Change<>(ChangeKind.REMOVED, alice, null, 3));   // the logout completes the session
            awaitTrue(() -> recorder.corrected() >= 5);

            assertThat(recorder.written()).as("a session, a call, its two console rows, an interval").isEqualTo(5);
            assertThat(recorder.corrected()).as("each of them written again").isEqualTo(5);
            assertThat(recorder.health()).containsEntry("written", 5L).containsEntry("corrected", 5L);
            recorder.close();
        }
    }

    @Test
    void stoppingRollsUpWhatWasWrittenBeforeTheTick() throws Exception {
        ManualClock clock = ManualClock.utc("2026-02-10T08:00:00Z");
        try (HistoryService history = open()) {
            LiveRecorder recorder = new LiveRecorder(history, 1000, clock, LiveRecorder.Store.of(history));
            FeedListener listener = recorder.listener("ACME", NO_EVENTS);
            listener.onCallEnded(ended(answeredCall("c1")));
            awaitTrue(() -> recorder.written() >= 1);
            recorder.close();
            assertThat(queues(history)).singleElement().satisfies(q -> assertThat(q.offered()).isEqualTo(1));
        }
    }

    static List<QueueFigures> queues(HistoryService history) {
        LocalDate day = T.toLocalDate();
        return history.reports().queues(new QueueReportQuery("ACME", day, day, ReportInterval.DAY, List.of(),
                null));
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 60 s");
            }
            Thread.sleep(20);
        }
    }
}
