package io.cccpexplorer.client;

import io.cccpexplorer.client.testing.Await;
import io.cccpexplorer.client.testing.FakeDispatch;
import io.cccpexplorer.protocol.explorer.ListResponse;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.StopQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static io.cccpexplorer.client.testing.FakeDispatch.u32;
import static org.assertj.core.api.Assertions.assertThat;

/** Live lists against the scripted server: deltas, removals, stop_query, reconnect reconciliation, slow listeners. */
class LiveListTest {

    private static final ConnectionOptions FAST = ConnectionOptions.defaults()
            .withRequestTimeout(Duration.ofSeconds(2))
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(50));
    private static final RowFormat FORMAT = RowFormat.of("session_id", "user.login", "states.last.display_name");

    private FakeDispatch server;
    private CccpClient client;
    private CccpConnection conn;
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private final LiveListListener recorder = new LiveListListener() {
        @Override
        public void onAdded(Row row) {
            events.add("added " + row.objectId() + " " + row.text("states.last.display_name"));
        }

        @Override
        public void onUpdated(Row previous, Row current) {
            events.add("updated " + current.objectId() + " " + previous.text("states.last.display_name") + "->"
                    + current.text("states.last.display_name"));
        }

        @Override
        public void onRemoved(Row row) {
            events.add("removed " + row.objectId());
        }

        @Override
        public void onRowFailed(int objectId, CccpTimeoutException cause) {
            events.add("failed " + objectId);
        }

        @Override
        public void onReady() {
            events.add("ready");
        }

        @Override
        public void onResync() {
            events.add("resync");
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        server.put("sessions", 1, agent("user_1", "Pause"));
        server.put("sessions", 2, agent("user_2", "Disponible"));
        client = CccpClient.create(new CccpClientOptions(1));
        conn = client.connect(ServerAddress.of("127.0.0.1", server.port()), Credentials.of("a", "b"), FAST)
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static Map<String, io.cccpexplorer.protocol.blob.FieldValue> agent(String sessionId, String state) {
        return Map.of("session_id", str(sessionId), "user.login", str(sessionId + "_login"),
                "states.last.display_name", str(state), "session_type", u32(3));
    }

    private List<String> take(int n) throws InterruptedException {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String e = events.poll(5, TimeUnit.SECONDS);
            assertThat(e).as("event %d of %d after %s", i + 1, n, out).isNotNull();
            out.add(e);
        }
        return out;
    }

    @Test
    void snapshotThenDeltasThenRemovalWithStopQuery() throws Exception {
        LiveList live = conn.liveList(ListQuery.of(0, "sessions"), FORMAT, recorder);

        assertThat(take(3)).containsExactlyInAnyOrder("added 1 Pause", "added 2 Disponible", "ready");
        server.update("sessions", 1, Map.of("states.last.display_name", str("Disponible")));
        assertThat(take(1)).containsExactly("updated 1 Pause->Disponible");
        List<QueryObject> objectQueries = List.of(server.next(QueryObject.class), server.next(QueryObject.class));
        int systemIdOf2 = objectQueries.stream().filter(q -> q.objectId() == 2).findFirst().orElseThrow().systemId();

        server.remove("sessions", 2, 2);

        assertThat(take(1)).containsExactly("removed 2");
        assertThat(server.next(StopQuery.class).systemId()).isEqualTo(systemIdOf2);
        assertThat(live.snapshot()).containsOnlyKeys(1);
        assertThat(live.snapshot().get(1).text("user.login")).isEqualTo("user_1_login");
    }

    @Test
    void addedObjectsAreQueriedAndDeletedOnesRemoved() throws Exception {
        conn.liveList(ListQuery.of(0, "sessions"), FORMAT, recorder);
        take(3);

        server.put("sessions", 3, agent("user_3", "Pause"));
        assertThat(take(1)).containsExactly("added 3 Pause");
        server.remove("sessions", 1, 3);
        assertThat(take(1)).containsExactly("removed 1");
    }

    @Test
    void closeStopsEveryQueryOnTheServer() throws Exception {
        LiveList live = conn.liveList(ListQuery.of(0, "sessions"), FORMAT, recorder);
        take(3);
        assertThat(server.liveQueries()).isEqualTo(3);

        live.close();

        for (int i = 0; i < 3; i++) {
            server.next(StopQuery.class);
        }
        assertThat(server.liveQueries()).isZero();
    }

    @Test
    void reconnectReconcilesWithoutDuplicatesOrGhosts() throws Exception {
        LiveList live = conn.liveList(ListQuery.of(0, "sessions"), FORMAT, recorder);
        take(3);

        server.stop();
        server.remove("sessions", 1, 3);                         // vanished while we were away
        server.update("sessions", 2, Map.of("states.last.display_name", str("Pause")));
        server.put("sessions", 3, agent("user_3", "Disponible"));
        server.restart();

        assertThat(take(4)).containsExactlyInAnyOrder("removed 1", "updated 2 Disponible->Pause",
                "added 3 Disponible", "resync");
        assertThat(live.snapshot()).containsOnlyKeys(2, 3);
        assertThat(events.poll(200, TimeUnit.MILLISECONDS)).as("nothing more").isNull();
    }

    @Test
    void slowListenerSwitchesToResyncAndEndsConsistent() throws Exception {
        conn.close();
        conn = client.connect(ServerAddress.of("127.0.0.1", server.port()), Credentials.of("a", "b"),
                FAST.withEventQueueCapacity(16)).toCompletableFuture().get(5, TimeUnit.SECONDS);
        CountDownLatch release = new CountDownLatch(1);
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        CountDownLatch resynced = new CountDownLatch(1);
        LiveList live = conn.liveList(ListQuery.of(0, "sessions"), FORMAT, new LiveListListener() {
            @Override
            public void onUpdated(Row previous, Row current) {
                await(release);
                seen.add(current.text("states.last.display_name"));
            }

            @Override
            public void onResync() {
                resynced.countDown();
            }
        });
        live.ready().toCompletableFuture().get(5, TimeUnit.SECONDS);

        for (int i = 0; i < 500; i++) {
            server.update("sessions", 1, Map.of("states.last.display_name", str("state " + i)));
        }
        Await.until("live list state", () -> conn.droppedEventCount() > 0);
        release.countDown();

        assertThat(resynced.await(5, TimeUnit.SECONDS)).isTrue();
        Await.until("the last state delivered",
                () -> "state 499".equals(live.snapshot().get(1).text("states.last.display_name")));
        assertThat(seen.size()).isLessThan(500);
        assertThat(seen.get(seen.size() - 1)).isEqualTo("state 499");
    }

    @Test
    void liveListSurvivesAnUnansweredObject() throws Exception {
        conn.close();
        conn = client.connect(ServerAddress.of("127.0.0.1", server.port()), Credentials.of("a", "b"),
                FAST.withRequestTimeout(Duration.ofMillis(300)).withRowQueryAttempts(2))
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
        // the server does not know "ghosts": it stays silent, and the test answers the list by hand with an
        // object that exists (1) and one that does not (99), whose query_object then stays unanswered
        LiveList live = conn.liveList(ListQuery.of(0, "ghosts"), FORMAT, recorder);
        server.next(QueryList.class);
        server.broadcast(new ListResponse(1, 1, new io.cccpexplorer.protocol.objects.ProtocolList(List.of(
                io.cccpexplorer.protocol.objects.ListItem.added(1, 0),
                io.cccpexplorer.protocol.objects.ListItem.added(99, 1)))));

        assertThat(take(3)).containsExactly("added 1 Pause", "failed 99", "ready");
        assertThat(live.snapshot()).containsOnlyKeys(1);
        assertThat(live.failedRows()).containsExactly(99);
        assertThat(live.pendingRows()).isEmpty();
    }

    @Test
    void aListenerThatThrowsIsCountedAndItsListGoesOn() throws Exception {
        LiveList live = conn.liveList(ListQuery.of(0, "sessions"), FORMAT, new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                throw new IllegalStateException("listener bug on " + row.objectId());
            }

            @Override
            public void onUpdated(Row previous, Row current) {
                events.add("updated " + current.objectId());
            }

            @Override
            public void onReady() {
                throw new IllegalStateException("listener bug on ready");
            }
        });

        // ready() completes although onReady threw (it used to stay pending: the exception skipped its completion)
        live.ready().toCompletableFuture().get(5, TimeUnit.SECONDS);
        server.update("sessions", 1, Map.of("states.last.display_name", str("Disponible")));

        assertThat(take(1)).containsExactly("updated 1");
        assertThat(live.snapshot()).containsOnlyKeys(1, 2);
        assertThat(conn.listenerFailureCount()).isEqualTo(3);
    }

    @Test
    void liveObjectMergesDeltasAndComesBackAfterAReconnect() throws Exception {
        BlockingQueue<String> versions = new LinkedBlockingQueue<>();
        LiveObject object = conn.liveObject(2, FORMAT, row -> versions.add(row.text("states.last.display_name")));

        assertThat(versions.poll(5, TimeUnit.SECONDS)).isEqualTo("Disponible");
        server.update("sessions", 2, Map.of("states.last.display_name", str("Pause")));
        assertThat(versions.poll(5, TimeUnit.SECONDS)).isEqualTo("Pause");
        server.stop();
        server.update("sessions", 2, Map.of("states.last.display_name", str("Repas")));
        server.restart();
        assertThat(versions.poll(5, TimeUnit.SECONDS)).isEqualTo("Repas");
        assertThat(object.current().orElseThrow().text("user.login")).isEqualTo("user_2_login");

        object.close();
        assertThat(server.next(StopQuery.class)).isNotNull();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
