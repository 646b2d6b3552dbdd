package io.cccpexplorer.client;

import io.cccpexplorer.client.testing.FakeDispatch;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.QueryObject;
import io.cccpexplorer.protocol.explorer.RestartConnection;
import io.cccpexplorer.protocol.explorer.ServerAskToDisconnect;
import io.cccpexplorer.protocol.explorer.SetObjectFormat;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.cccpexplorer.protocol.explorer.UseDefaultNamespacesIndex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static io.cccpexplorer.client.testing.FakeDispatch.u32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The connection layer against a scripted server: handshake, correlation, deadlines, failures, reconnects. */
class CccpConnectionTest {

    private static final ConnectionOptions FAST = ConnectionOptions.defaults()
            .withRequestTimeout(Duration.ofMillis(300))
            .withHandshakeTimeout(Duration.ofSeconds(2))
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(100));

    private FakeDispatch server;
    private CccpClient client;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        server.put("sessions", 3854, Map.of("session_id", str("session_1"), "session_type", u32(1)));
        server.put("sessions", 7143, Map.of("session_id", str("session_2"), "session_type", u32(1)));
        client = CccpClient.create(new CccpClientOptions(1));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private CccpConnection connect(ConnectionOptions options) throws Exception {
        return client.connect(ServerAddress.of("127.0.0.1", server.port()), Credentials.of("alice", "s3cret"), options)
                .toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static <T> T get(java.util.concurrent.CompletionStage<T> stage) throws Exception {
        return stage.toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    @Test
    void handshakeSendsTheVendorsInitializeAndTheCallersCredentials() throws Exception {
        CccpConnection conn = connect(FAST);

        assertThat(conn.state()).isEqualTo(ConnectionState.READY);
        assertThat(server.next(Initialize.class)).isEqualTo(new Initialize(0x020A008C, false));
        assertThat(server.next(Login.class)).isEqualTo(new Login(1, "alice", "s3cret", 1, false));
    }

    @Test
    void optionalDefaultNamespacesStepIsPartOfTheHandshake() throws Exception {
        CccpConnection conn = connect(FAST.withUseDefaultNamespaces(true));

        server.next(UseDefaultNamespacesIndex.class);
        assertThat(get(conn.listIds(ListQuery.of(0, "sessions")))).containsExactly(3854, 7143);
    }

    @Test
    void listIdsReturnsTheSnapshotAndStopsTheServerQuery() throws Exception {
        CccpConnection conn = connect(FAST);

        List<Integer> ids = get(conn.listIds(ListQuery.of(0, "sessions").filter(".[session_type eq 1]")));

        assertThat(ids).containsExactly(3854, 7143);
        QueryList sent = server.next(QueryList.class);
        assertThat(sent.filter()).isEqualTo(".[session_type eq 1]");
        assertThat(server.next(StopQuery.class).systemId()).isEqualTo(sent.systemId());
    }

    @Test
    void listRowsSendsTheFormatOnceAndOneQueryPerRowWithUniqueIds() throws Exception {
        CccpConnection conn = connect(FAST);
        RowFormat format = RowFormat.of("session_id", "session_type", "user.login");

        List<Row> rows = get(conn.listRows(ListQuery.of(0, "sessions"), format));
        List<Row> again = get(conn.listRows(ListQuery.of(0, "sessions"), format));

        assertThat(rows).extracting(r -> r.text("session_id")).containsExactlyInAnyOrder("session_1", "session_2");
        assertThat(rows.get(0).get("session_type")).isEqualTo(new Value.NumberValue(1, false));
        assertThat(rows.get(0).get("user.login")).isEqualTo(Value.Undefined.INSTANCE);
        assertThat(again).hasSize(2);
        long formats = server.received().stream().filter(SetObjectFormat.class::isInstance).count();
        List<Integer> objectQueryIds = server.received().stream().filter(QueryObject.class::isInstance)
                .map(m -> ((QueryObject) m).systemId()).toList();
        assertThat(formats).isEqualTo(1);
        assertThat(objectQueryIds).hasSize(4).doesNotHaveDuplicates();
    }

    @Test
    void silenceBecomesATimeoutThatNamesTheQuery() throws Exception {
        CccpConnection conn = connect(FAST);
        server.silence(true);

        assertThatThrownBy(() -> get(conn.listIds(ListQuery.of(0, "sessions"))))
                .hasCauseInstanceOf(CccpTimeoutException.class)
                .hasMessageContaining("query_list sessions on object 0 timed out after 300 ms");
        assertThatThrownBy(() -> get(conn.object(42, RowFormat.of("name"))))
                .hasCauseInstanceOf(CccpTimeoutException.class)
                .hasMessageContaining("query_object on object 42 timed out after 300 ms");
    }

    @Test
    void refusedLoginFailsWithTheServersReasonAndIsNotRetried() {
        server.refuseLogins("Login d\u00e9j\u00e0 effectu\u00e9");

        assertThatThrownBy(() -> connect(FAST.withInitialConnectAttempts(3)))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CccpLoginException.class)
                .hasMessageContaining("Login d\u00e9j\u00e0 effectu\u00e9");
        assertThat(server.received().stream().filter(Login.class::isInstance).count()).isEqualTo(1);
    }

    @Test
    void connectGivesUpAfterTheConfiguredAttempts() throws Exception {
        int port = server.port();
        server.close();

        CompletableFuture<CccpConnection> f = client.connect(ServerAddress.of("127.0.0.1", port),
                Credentials.of("a", "b"), FAST.withInitialConnectAttempts(2)).toCompletableFuture();

        assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(CccpConnectionException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1:" + port);
        server = new FakeDispatch();
    }

    @Test
    void requestsFailFastWhileNotReady() throws Exception {
        CccpConnection conn = connect(FAST.withReconnect(false));
        server.dropConnections();
        awaitState(conn, ConnectionState.CLOSED);

        assertThatThrownBy(() -> get(conn.listIds(ListQuery.of(0, "sessions"))))
                .hasCauseInstanceOf(CccpConnectionException.class)
                .hasMessageContaining("refused: connection to 127.0.0.1:" + server.port() + " is CLOSED");
    }

    @Test
    void malformedFrameClosesTheConnectionFailsPendingRequestsAndReconnects() throws Exception {
        CccpConnection conn = connect(FAST.withRequestTimeout(Duration.ofSeconds(3)));
        BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
        conn.addStateListener((previous, current, cause) -> states.add(current));
        server.silence(true);
        CompletableFuture<List<Integer>> pending = conn.listIds(ListQuery.of(0, "sessions")).toCompletableFuture();
        server.next(QueryList.class);

        server.sendRaw(new byte[] {4, 0, 0, 0, 0x20, 0x4E, 0, 0}); // length 4 < 8: not a frame

        assertThatThrownBy(() -> pending.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(CccpConnectionException.class).hasMessageContaining("query_list sessions");
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(ConnectionState.BACKING_OFF);
        server.silence(false);
        awaitState(conn, ConnectionState.READY);
        assertThat(get(conn.listIds(ListQuery.of(0, "sessions")))).containsExactly(3854, 7143);
    }

    @Test
    void serverRequestsToDisconnectOrRestartLeadToANewSession() throws Exception {
        CccpConnection conn = connect(FAST);
        BlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
        conn.addStateListener((previous, current, cause) -> states.add(current));

        server.broadcast(ServerAskToDisconnect.INSTANCE);
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(ConnectionState.BACKING_OFF);
        awaitInQueue(states, ConnectionState.READY);
        server.broadcast(RestartConnection.INSTANCE);
        assertThat(states.poll(5, TimeUnit.SECONDS)).isEqualTo(ConnectionState.BACKING_OFF);
        awaitInQueue(states, ConnectionState.READY);

        assertThat(server.received().stream().filter(Login.class::isInstance).count()).isEqualTo(3);
    }

    @Test
    void futuresCompleteOffTheIoThread() throws Exception {
        CccpConnection conn = connect(FAST);

        String thread = conn.listIds(ListQuery.of(0, "sessions"))
                .thenApply(ids -> Thread.currentThread().getName()).toCompletableFuture().get(5, TimeUnit.SECONDS);

        // on the completion pool, or on the caller's thread if the answer came first: never on the I/O thread
        assertThat(thread).doesNotStartWith("cccp-io");
    }

    static void awaitInQueue(BlockingQueue<ConnectionState> states, ConnectionState wanted)
            throws InterruptedException {
        for (ConnectionState s = states.poll(5, TimeUnit.SECONDS); s != wanted; s = states.poll(5, TimeUnit.SECONDS)) {
            assertThat(s).as("waiting for " + wanted).isNotNull();
        }
    }

    static void awaitState(CccpConnection conn, ConnectionState wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        CompletableFuture<Void> reached = new CompletableFuture<>();
        conn.addStateListener((previous, current, cause) -> {
            if (current == wanted) {
                reached.complete(null);
            }
        });
        if (conn.state() == wanted) {
            return;
        }
        try {
            reached.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("state " + wanted + " not reached; now " + conn.state());
        }
    }
}
