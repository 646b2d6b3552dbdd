package io.cccpexplorer.client.model;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpClientOptions;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.testing.FakeDispatch;
import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.objects.ListItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.cccpexplorer.client.testing.FakeDispatch.date;
import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The model over the scripted server, which understands the {@code session_type eq N} part of the model's
 * filters, so agent and call sessions share the "sessions" list as on the dispatch.
 */
class ContactCenterTest {

    private static final FieldValue AGENT = FakeDispatch.u32(3);
    private static final FieldValue CALL = FakeDispatch.u32(1);

    private FakeDispatch server;
    private CccpClient client;
    private ContactCenter cc;
    private final BlockingQueue<Change<?>> changes = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        server.put("queues", 50, Map.of("name", str("DEMO__Sales"), "display_name", str("Sales"),
                "queue_type", str("queue"), "virtual_queue", FieldValue.Bool.FALSE,
                "waiting_tasks_count", FakeDispatch.u32(0)));
        server.createList("file_tasks");
        server.createList("sessions");
        client = CccpClient.create(new CccpClientOptions(1));
        cc = ContactCenter.open(client, ServerAddress.of("127.0.0.1", server.port()), Credentials.of("a", "b"),
                ConnectionOptions.defaults().withRequestTimeout(Duration.ofSeconds(2)));
        cc.addListener(new ContactCenterListener() {
            @Override
            public void onAgent(Change<Agent> change) {
                changes.add(change);
            }

            @Override
            public void onCall(Change<Call> change) {
                changes.add(change);
            }

            @Override
            public void onQueue(Change<QueueStats> change) {
                changes.add(change);
            }
        });
        cc.ready().toCompletableFuture().get(5, TimeUnit.SECONDS);
        awaitCondition(() -> cc.snapshot().queues().size() == 1);
        while (changes.poll(100, TimeUnit.MILLISECONDS) != null) {
            // the initial ADDED changes
        }
    }

    @AfterEach
    void stop() {
        cc.close();
        client.close();
        server.close();
    }

    @Test
    void queuesAreLoadedAndUpdatedWithSequenceNumbers() throws Exception {
        assertThat(cc.snapshot().queues()).extracting(QueueStats::displayName).containsExactly("Sales");
        long before = cc.snapshot().sequence();

        server.update("queues", 50, Map.of("waiting_tasks_count", FakeDispatch.u32(3),
                "oldest_waiting_date", date(1_770_000_000L, 3600)));

        Change<?> change = poll();
        assertThat(change.kind()).isEqualTo(ChangeKind.UPDATED);
        assertThat(((QueueStats) change.current()).waiting()).isEqualTo(3);
        assertThat(change.sequence()).isGreaterThan(before);
        assertThat(cc.snapshot().queues().get(0).oldestWaiting().getOffset().getTotalSeconds()).isEqualTo(3600);
    }

    @Test
    void agentSessionsBecomeAgentsAndTheTechnicalLoginIsSetApart() throws Exception {
        server.put("sessions", 10, Map.of("session_id", str("user_1@x"), "user.login", str("alice"),
                "session_type", AGENT,
                "user.name", str("Alice"), "states.last.display_name", str("Disponible"),
                "active_queues", str("{k:{type:'queue',queue:'DEMO__Sales',task:'call'}}")));
        server.put("sessions", 11, Map.of("session_id", str("user_2@x"), "user.login", str("consistent"),
                "session_type", AGENT));

        awaitCondition(() -> cc.snapshot().technicalAgents().size() == 1 && cc.snapshot().agents().size() == 1);
        Agent alice = cc.snapshot().agents().get(0);
        assertThat(alice.login()).isEqualTo("alice");
        assertThat(alice.stateName()).isEqualTo("Disponible");
        assertThat(alice.queues()).containsExactly("DEMO__Sales");
        assertThat(alice.status()).isEqualTo(AgentStatus.AVAILABLE);
        assertThat(cc.snapshot().agent("alice")).isEqualTo(alice);
        assertThat(cc.snapshot().agentsOf("DEMO__Sales")).containsExactly(alice);
        assertThat(cc.snapshot().technicalAgents().get(0).login()).isEqualTo("consistent");
    }

    @Test
    void aCallWaitsInAQueueThenTalksToAnAgent() throws Exception {
        server.put("sessions", 10, Map.of("session_id", str("user_1@x"), "user.login", str("alice"),
                "session_type", AGENT));
        server.put("sessions", 20, Map.of("session_id", str("session_9@x"), "session_type", CALL,
                "create_date", date(1_000, 3600),
                "connections.first.incoming", FieldValue.Bool.TRUE,
                "connections.first.remote_address", str("sip:0601020304@192.0.2.1")));
        server.put("file_tasks", 30, Map.of("session_id", str("session_9@x"), "queue_name", str("DEMO__Sales"),
                "waiting_date", date(1_005, 3600)));
        awaitCondition(() -> callStatus("session_9@x") == CallStatus.WAITING);

        server.update("file_tasks", 30, Map.of("manager_session_id", str("user_1@x"), "state", FakeDispatch.u32(3),
                "manage_date", date(1_020, 3600)));

        awaitCondition(() -> callStatus("session_9@x") == CallStatus.TALKING);
        Call call = cc.snapshot().calls().stream().filter(c -> c.sessionId().equals("session_9@x")).findFirst()
                .orElseThrow();
        assertThat(call.agentLogin()).isEqualTo("alice");
        assertThat(call.queue()).isEqualTo("DEMO__Sales");
        assertThat(call.caller()).isEqualTo("0601020304");
        awaitCondition(() -> cc.snapshot().agents().stream()
                .anyMatch(a -> a.login().equals("alice") && a.status() == AgentStatus.TALKING
                        && a.currentCall() != null && a.currentCall().sessionId().equals("session_9@x")
                        && "0601020304".equals(a.currentCall().caller())));
    }

    @Test
    void aSessionsCallAgentAndObjectIdAreLookedUpWithoutASnapshotAndMatchIt() throws Exception {
        server.put("sessions", 10, Map.of("session_id", str("user_1@x"), "user.login", str("alice"),
                "session_type", AGENT));
        server.put("sessions", 20, Map.of("session_id", str("session_9@x"), "session_type", CALL,
                "create_date", date(1_000, 3600)));
        server.put("file_tasks", 30, Map.of("session_id", str("session_9@x"), "queue_name", str("DEMO__Sales"),
                "manager_session_id", str("user_1@x"), "state", FakeDispatch.u32(3),
                "waiting_date", date(1_005, 3600), "manage_date", date(1_020, 3600)));
        awaitCondition(() -> callStatus("session_9@x") == CallStatus.TALKING);

        ContactCenterSnapshot s = cc.snapshot();
        assertThat(cc.call("session_9@x")).contains(s.calls().get(0));
        assertThat(cc.call("session_9@x").orElseThrow().agentLogin()).isEqualTo("alice");
        assertThat(cc.agent("user_1@x")).contains(s.agents().get(0));
        // an agent's session is no call, a call's no agent, an unknown session neither
        assertThat(cc.call("user_1@x")).isEmpty();
        assertThat(cc.agent("session_9@x")).isEmpty();
        assertThat(cc.call("session_0@x")).isEmpty();
        // the object id a console follows, either kind, as the snapshot has it
        assertThat(cc.objectIdOfSession("user_1@x")).hasValue(s.objectIdOfSession("user_1@x")).hasValue(10);
        assertThat(cc.objectIdOfSession("session_9@x")).hasValue(s.objectIdOfSession("session_9@x")).hasValue(20);
        assertThat(cc.objectIdOfSession("session_0@x")).isEmpty();

        server.remove("sessions", 20, ListItem.REMOVED);
        awaitCondition(() -> cc.call("session_9@x").isEmpty());
        assertThat(cc.objectIdOfSession("session_9@x")).as("gone with its call").isEmpty();
        assertThat(cc.snapshot().calls()).noneMatch(c -> c.sessionId().equals("session_9@x"));
    }

    @Test
    void aCallThatEndedBeforeWeLookedKeepsItsQueueAndTheAgentWhoHasLoggedOut() throws Exception {
        server.put("sessions", 10, Map.of("session_id", str("user_1@x"), "user.login", str("alice"),
                "session_type", AGENT));
        awaitCondition(() -> cc.snapshot().agents().size() == 1);
        server.remove("sessions", 10, ListItem.REMOVED);
        awaitCondition(() -> cc.snapshot().agents().isEmpty());

        server.put("sessions", 21, Map.of("session_id", str("session_8@x"), "session_type", CALL,
                "create_date", date(1_000, 3600), "terminate_date", date(1_300, 3600)));
        server.put("file_tasks", 31, Map.of("session_id", str("session_8@x"), "queue_name", str("DEMO__Sales"),
                "manager_session_id", str("user_1@x"), "waiting_date", date(1_005, 3600),
                "manage_date", date(1_020, 3600), "terminate_date", date(1_290, 3600)));

        awaitCondition(() -> cc.snapshot().calls().stream().anyMatch(c -> c.sessionId().equals("session_8@x")
                && "DEMO__Sales".equals(c.queue())));
        Call call = cc.snapshot().calls().stream().filter(c -> c.sessionId().equals("session_8@x")).findFirst()
                .orElseThrow();
        assertThat(call.status()).isEqualTo(CallStatus.ENDED);
        assertThat(call.disposition()).isEqualTo(CallDisposition.ANSWERED);
        assertThat(call.agentLogin()).isEqualTo("alice");
        assertThat(call.answered()).isNotNull();
        assertThat(cc.snapshot().agents()).isEmpty();
    }

    @Test
    void sessionEventsFeedFollowsTheEventsList() throws Exception {
        server.put("sessions", 20, Map.of("session_id", str("session_9@x"), "session_type", CALL));
        awaitCondition(() -> cc.snapshot().calls().size() == 1);
        server.put("events", 70, Map.of("date", date(1_000, 3600), "name", str("connection.connected"),
                "source", str("ccxml"), "string_data", str("hello")));
        BlockingQueue<SessionEvent> events = new LinkedBlockingQueue<>();

        // the fake server ignores the object id of "events": every session shares one events list
        SessionEventFeed feed = cc.sessionEvents("session_9@x", events::add);

        assertThat(events.poll(5, TimeUnit.SECONDS)).extracting(SessionEvent::name, SessionEvent::data)
                .containsExactly("connection.connected", "hello");
        server.put("events", 71, Map.of("date", date(1_001, 3600), "name", str("connection.disconnected")));
        assertThat(events.poll(5, TimeUnit.SECONDS).name()).isEqualTo("connection.disconnected");
        assertThat(feed.snapshot()).extracting(SessionEvent::objectId).containsExactly(70, 71);
        feed.close();
    }

    @Test
    void caughtUpWaitsForAListenerStillHandlingAnEarlierChange() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
        cc.addListener(new ContactCenterListener() {
            @Override
            public void onAgent(Change<Agent> change) {
                try { // the model's executor is held up, as a loaded machine does to an import's collector
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                heard.add(change.current().login());
            }
        });
        server.put("sessions", 10, Map.of("session_id", str("user_1@x"), "user.login", str("alice"),
                "session_type", AGENT));
        awaitCondition(() -> cc.snapshot().agents().size() == 1);

        java.util.concurrent.CompletableFuture<java.util.List<String>> caughtUp = cc.caughtUp()
                .thenApply(ignored -> java.util.List.copyOf(heard)).toCompletableFuture();
        // what the import used to wait for (an answer sent after the push, the model's state has the change) is
        // true while the listener has not heard the change: not caught up
        cc.connection().listRows(io.cccpexplorer.client.ListQuery.of(0, "sessions")
                        .filter(".[session_type eq 99]"), io.cccpexplorer.client.RowFormat.of("session_id"))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertThat(heard).isEmpty();
        assertThat(caughtUp).isNotDone();

        release.countDown();
        assertThat(caughtUp.get(5, TimeUnit.SECONDS)).containsExactly("alice");
        assertThat(cc.droppedChangeCount()).isZero();
    }

    private CallStatus callStatus(String sessionId) {
        Call call = cc.snapshot().call(sessionId);
        return call == null ? null : call.status();
    }

    private Change<?> poll() throws InterruptedException {
        Change<?> c = changes.poll(5, TimeUnit.SECONDS);
        assertThat(c).as("a change within 5 s").isNotNull();
        return c;
    }

    @Test
    void aListenerThatThrowsIsCountedAndTheNextOneStillGetsTheChange() throws Exception {
        BlockingQueue<Change<?>> afterIt = new LinkedBlockingQueue<>();
        cc.addListener(new ContactCenterListener() {
            @Override
            public void onQueue(Change<QueueStats> change) {
                throw new IllegalStateException("listener bug");
            }
        });
        cc.addListener(new ContactCenterListener() {
            @Override
            public void onQueue(Change<QueueStats> change) {
                afterIt.add(change);
            }
        });

        server.update("queues", 50, Map.of("waiting_tasks_count", FakeDispatch.u32(3)));

        assertThat(((QueueStats) poll().current()).waiting()).isEqualTo(3);
        Change<?> change = afterIt.poll(5, TimeUnit.SECONDS);
        assertThat(change).as("the listener after the one that threw").isNotNull();
        assertThat(((QueueStats) change.current()).waiting()).isEqualTo(3);
        assertThat(cc.listenerFailureCount()).isEqualTo(1);
        assertThat(cc.droppedChangeCount()).isZero();
    }

    /**
     * A list whose first load failed (its {@code query_list} unanswered after every attempt: the server does not
     * know "queues" yet) and that answers later, on the same connection: {@code ready()} keeps its failure,
     * {@code loaded()} turns true and the listeners hear a resync. Without {@code loaded()} the model could only
     * tell its first outcome, and a dashboard built on it said "unavailable" for the whole session.
     */
    @Test
    void aListAnsweringAfterTheFirstLoadFailedMakesTheModelLoadedWithoutAReconnect() throws Exception {
        try (FakeDispatch late = new FakeDispatch()) {
            late.createList("file_tasks");
            late.createList("sessions");
            CccpClient lateClient = CccpClient.create(new CccpClientOptions(1));
            try (ContactCenter model = ContactCenter.open(lateClient, ServerAddress.of("127.0.0.1", late.port()),
                    Credentials.of("a", "b"), ConnectionOptions.defaults().withRequestTimeout(Duration.ofMillis(100))
                            .withBackoff(Duration.ofMillis(50), Duration.ofMillis(100)))) {
                BlockingQueue<String> resyncs = new LinkedBlockingQueue<>();
                model.addListener(new ContactCenterListener() {
                    @Override
                    public void onResync() {
                        resyncs.add("resync");
                    }
                });

                assertThatThrownBy(() -> model.ready().toCompletableFuture().get(30, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(CccpTimeoutException.class).hasMessageContaining("query_list queues");
                assertThat(model.loaded()).isFalse();

                late.put("queues", 50, Map.of("name", str("DEMO__Sales"), "display_name", str("Sales")));

                awaitCondition(model::loaded);
                assertThat(resyncs.poll(5, TimeUnit.SECONDS)).isEqualTo("resync");
                assertThat(model.snapshot().queues()).extracting(QueueStats::displayName).containsExactly("Sales");
                assertThat(model.ready().toCompletableFuture()).isCompletedExceptionally();   // its first outcome
                assertThat(model.connectionState()).isEqualTo(ConnectionState.READY);
                assertThat(late.received().stream().filter(Login.class::isInstance).count())
                        .as("logins: no reconnect").isEqualTo(1);
            } finally {
                lateClient.close();
            }
        }
    }

    private static void awaitCondition(java.util.function.BooleanSupplier condition) {
        io.cccpexplorer.client.testing.Await.until("the model's state", condition);
    }
}
