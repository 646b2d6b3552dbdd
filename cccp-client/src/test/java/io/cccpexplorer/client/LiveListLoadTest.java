package io.cccpexplorer.client;

import io.cccpexplorer.client.testing.Await;
import io.cccpexplorer.client.testing.FakeDispatch;
import io.cccpexplorer.client.testing.FakeDispatch.ObjectAnswers;
import io.cccpexplorer.protocol.explorer.ExplorerMessage;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.StopQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static io.cccpexplorer.client.testing.FakeDispatch.u32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Large live lists against a slow or lossy server (issue #4): every row arrives in the end, the connection never
 * has more object queries outstanding than its window, a silent query is stopped before it is retried, and an
 * object that never answers is reported instead of hanging the list.
 */
class LiveListLoadTest {

    private static final RowFormat FORMAT = RowFormat.of("session_id", "user.login");
    private static final ListQuery AGENTS = ListQuery.of(0, "sessions");

    private FakeDispatch server;
    private CccpClient client;
    private final Map<Integer, CccpTimeoutException> failures = new ConcurrentHashMap<>();
    private final LiveListListener failureRecorder = new LiveListListener() {
        @Override
        public void onRowFailed(int objectId, CccpTimeoutException cause) {
            failures.put(objectId, cause);
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        client = CccpClient.create(new CccpClientOptions(1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private void agents(int count) {
        for (int id = 1; id <= count; id++) {
            server.put("sessions", id, Map.of("session_id", str("user_" + id), "user.login", str("login_" + id),
                    "session_type", u32(3)));
        }
    }

    private CccpConnection connect(ConnectionOptions options) throws Exception {
        return client.connect(ServerAddress.of("127.0.0.1", server.port()), Credentials.of("a", "b"), options)
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static ConnectionOptions options(Duration timeout, int window, int attempts) {
        return ConnectionOptions.defaults().withRequestTimeout(timeout)
                .withBackoff(Duration.ofMillis(10), Duration.ofMillis(40))
                .withObjectQueryWindow(window).withRowQueryAttempts(attempts);
    }

    @Test
    void slowServerGetsEveryRowAndNeverMoreThanTheWindowOutstanding() throws Exception {
        agents(400);
        server.answerObjects((objectId, attempt) -> 15);
        // 400 answers of 15 ms through a window of 16: the last row is sent ~375 ms after the first. Without the
        // window every deadline would start at subscription time; with it each one measures a single answer
        CccpConnection conn = connect(options(Duration.ofSeconds(2), 16, 3));

        LiveList live = conn.liveList(AGENTS, FORMAT, failureRecorder);
        live.ready().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(live.snapshot()).hasSize(400);
        assertThat(live.snapshot().get(400).text("user.login")).isEqualTo("login_400");
        assertThat(live.pendingRows()).isEmpty();
        assertThat(live.failedRows()).isEmpty();
        assertThat(failures).isEmpty();
        assertThat(server.maxOutstandingObjectQueries()).isLessThanOrEqualTo(16).isGreaterThan(1);
    }

    @Test
    void theWindowIsWhatBoundsTheOutstandingQueries() throws Exception {
        // the counter-check of the test above: with a window larger than the list, the server sees them all at once
        agents(100);
        server.answerObjects((objectId, attempt) -> 200);
        CccpConnection conn = connect(options(Duration.ofSeconds(5), 1_000, 1));

        LiveList live = conn.liveList(AGENTS, FORMAT, failureRecorder);
        live.ready().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(live.snapshot()).hasSize(100);
        assertThat(server.maxOutstandingObjectQueries()).isEqualTo(100);
    }

    @Test
    void lostAnswersAreRetriedWithStopQueryFirstAndEveryRowArrives() throws Exception {
        agents(40);
        // the first answer of every even object is lost
        server.answerObjects((objectId, attempt) -> objectId % 2 == 0 && attempt == 1 ? ObjectAnswers.NEVER : 0);
        CccpConnection conn = connect(options(Duration.ofMillis(300), 8, 4));

        LiveList live = conn.liveList(AGENTS, FORMAT, failureRecorder);
        live.ready().toCompletableFuture().get(20, TimeUnit.SECONDS);

        assertThat(live.snapshot()).hasSize(40);
        assertThat(live.retriedQueries()).isEqualTo(20);
        assertThat(failures).isEmpty();
        for (int id = 1; id <= 40; id++) {
            assertThat(server.objectQueryCount(id)).as("query_objects for object %d", id)
                    .isEqualTo(id % 2 == 0 ? 2 : 1);
        }
        assertStoppedBeforeRetried(drain());
        assertThat(server.maxOutstandingObjectQueries()).isLessThanOrEqualTo(8);
    }

    @Test
    void pendingRowsNameTheRowsStillLoadingAndReadyWaitsForThem() throws Exception {
        agents(10);
        server.answerObjects((objectId, attempt) -> objectId == 7 && attempt == 1 ? ObjectAnswers.NEVER : 0);
        CccpConnection conn = connect(options(Duration.ofSeconds(1), 4, 3));
        CountDownLatch othersArrived = new CountDownLatch(9);

        LiveList live = conn.liveList(AGENTS, FORMAT, new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                othersArrived.countDown();
            }
        });
        assertThat(othersArrived.await(5, TimeUnit.SECONDS)).isTrue();

        // the first query of object 7 is still waiting for its 1 s deadline
        assertThat(live.pendingRows()).containsExactly(7);
        assertThat(live.ready().toCompletableFuture()).isNotDone();
        live.ready().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(live.pendingRows()).isEmpty();
        assertThat(live.snapshot()).containsKey(7).hasSize(10);
    }

    @Test
    void aPermanentlySilentObjectIsReportedNotHung() throws Exception {
        agents(20);
        server.answerObjects((objectId, attempt) -> objectId == 13 ? ObjectAnswers.NEVER : 0);
        CccpConnection conn = connect(options(Duration.ofMillis(200), 4, 3));
        CompletableFuture<Integer> readySize = new CompletableFuture<>();

        LiveList live = conn.liveList(AGENTS, FORMAT, failureRecorder);
        live.ready().thenAccept(l -> readySize.complete(l.snapshot().size()));

        assertThat(readySize.get(10, TimeUnit.SECONDS)).isEqualTo(19);
        assertThat(live.failedRows()).containsExactly(13);
        assertThat(live.pendingRows()).as("a row given up on is not loading").isEmpty();
        assertThat(failures).containsOnlyKeys(13);
        assertThat(failures.get(13)).hasMessageContaining("object 13").hasMessageContaining("3 attempts");
        // the failed row is asked for again while the session lasts, its failure not reported again
        Await.until("object 13 asked for again after its failure", () -> server.objectQueryCount(13) >= 5);
        assertThat(failures).containsOnlyKeys(13);
        assertThat(live.failedRows()).containsExactly(13);
        // every query of it is stopped before the next, and closing the list stops the last: nothing is left on
        // the server
        live.close();
        List<ExplorerMessage> messages = new ArrayList<>();
        Set<Integer> ids13 = new HashSet<>();
        Set<Integer> stopped = new HashSet<>();
        Await.until("every query of object 13 stopped", () -> {
            for (ExplorerMessage m : drain()) {
                messages.add(m);
                if (m instanceof QueryObject q && q.objectId() == 13) {
                    ids13.add(q.systemId());
                } else if (m instanceof StopQuery s) {
                    stopped.add(s.systemId());
                }
            }
            return stopped.containsAll(ids13);
        });
        assertStoppedBeforeRetried(messages);
        assertThat(ids13).hasSizeGreaterThanOrEqualTo(5).doesNotHaveDuplicates();
    }

    @Test
    void aRowThatFailedArrivesOnceTheServerAnswersItWithoutAReconnect() throws Exception {
        agents(5);
        // object 3 is lost for its first three queries (all of its attempts), answered from the fourth on
        server.answerObjects((objectId, attempt) -> objectId == 3 && attempt <= 3 ? ObjectAnswers.NEVER : 0);
        CccpConnection conn = connect(options(Duration.ofMillis(200), 4, 3));
        CountDownLatch arrived = new CountDownLatch(1);

        LiveList live = conn.liveList(AGENTS, FORMAT, new LiveListListener() {
            @Override
            public void onRowFailed(int objectId, CccpTimeoutException cause) {
                failures.put(objectId, cause);
            }

            @Override
            public void onAdded(Row row) {
                if (row.objectId() == 3) {
                    arrived.countDown();
                }
            }
        });
        live.ready().toCompletableFuture().get(10, TimeUnit.SECONDS);
        assertThat(failures).containsOnlyKeys(3);

        assertThat(arrived.await(10, TimeUnit.SECONDS)).as("object 3 arrived after its failure").isTrue();
        assertThat(live.snapshot()).containsKey(3).hasSize(5);
        assertThat(live.failedRows()).as("no longer failed once answered").isEmpty();
        assertThat(server.objectQueryCount(3)).isEqualTo(4);
        assertThat(conn.state()).isEqualTo(ConnectionState.READY);
    }

    @Test
    void aSilentListIsRetriedThenFailsReadyWithAClearError() throws Exception {
        // the fake server does not answer a list it does not know
        CccpConnection conn = connect(options(Duration.ofMillis(200), 4, 2));

        LiveList live = conn.liveList(ListQuery.of(0, "nowhere"), FORMAT, failureRecorder);

        assertThatThrownBy(() -> live.ready().toCompletableFuture().get(10, TimeUnit.SECONDS))
                .hasCauseInstanceOf(CccpTimeoutException.class)
                .hasMessageContaining("query_list nowhere").hasMessageContaining("2 attempts");
        // the list is still asked for after the failure (ConnectionStateMachineTest, on manual time); closing it
        // stops its query
        live.close();
        List<Integer> listIds = new ArrayList<>();
        Set<Integer> stopped = new HashSet<>();
        Await.until("every list query stopped", () -> {
            for (ExplorerMessage m : drain()) {
                if (m instanceof QueryList q) {
                    listIds.add(q.systemId());
                } else if (m instanceof StopQuery s) {
                    stopped.add(s.systemId());
                }
            }
            return stopped.containsAll(listIds);
        });
        assertThat(listIds).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(live.retriedQueries()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void optionsRejectAnEmptyWindowOrNoAttempts() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ConnectionOptions.defaults().withObjectQueryWindow(0))
                .withMessageContaining("objectQueryWindow");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> ConnectionOptions.defaults().withRowQueryAttempts(0))
                .withMessageContaining("rowQueryAttempts");
        assertThat(ConnectionOptions.defaults().objectQueryWindow()).isEqualTo(256);
    }

    private List<ExplorerMessage> drain() {
        List<ExplorerMessage> out = new ArrayList<>();
        server.received().drainTo(out);
        return out;
    }

    /** For each object queried more than once: the previous query's stop_query came before the next query. */
    private static void assertStoppedBeforeRetried(List<ExplorerMessage> messages) {
        Map<Integer, Integer> lastQuery = new HashMap<>();
        Set<Integer> stopped = new HashSet<>();
        int retries = 0;
        for (ExplorerMessage m : messages) {
            if (m instanceof StopQuery s) {
                stopped.add(s.systemId());
            } else if (m instanceof QueryObject q) {
                Integer previous = lastQuery.put(q.objectId(), q.systemId());
                if (previous != null) {
                    retries++;
                    assertThat(stopped).as("stop_query %d before the retry of object %d", previous, q.objectId())
                            .contains(previous);
                    assertThat(q.systemId()).as("a new id for the retry").isNotEqualTo(previous);
                }
            }
        }
        assertThat(retries).as("retries seen").isPositive();
    }
}
