package io.cccpexplorer.client;

import io.cccpexplorer.client.model.ContactCenter;
import io.cccpexplorer.client.testing.Await;
import io.cccpexplorer.client.testing.FakeDispatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import static io.cccpexplorer.client.testing.FakeDispatch.str;
import static io.cccpexplorer.client.testing.FakeDispatch.u32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Blocking calls: a listener that blocks on a stage of its own connection gets its answer (it used to wait
 * forever, the completion queued behind it), and the blocking view has the asynchronous API's calls under the
 * same names, with the same results and failures.
 */
class BlockingCallsTest {

    private static final ConnectionOptions OPTIONS = ConnectionOptions.defaults()
            .withRequestTimeout(Duration.ofSeconds(2));
    private static final ListQuery AGENTS = ListQuery.of(0, "sessions").filter(".[session_type eq 3]");
    private static final RowFormat ID = RowFormat.of("session_id");
    private static final RowFormat LOGIN = RowFormat.of("user.login");

    private FakeDispatch server;
    private CccpClient client;
    private CccpConnection conn;

    @BeforeEach
    void start() throws Exception {
        server = new FakeDispatch();
        for (int i = 1; i <= 5; i++) {
            server.put("sessions", i, Map.of("session_id", str("s" + i), "user.login", str("agent" + i),
                    "session_type", u32(3)));
        }
        client = CccpClient.create(new CccpClientOptions(1));
        conn = client.connect(ServerAddress.of("127.0.0.1", server.port()), Credentials.of("a", "b"), OPTIONS)
                .toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aListenerMayBlockOnAStageOfItsOwnConnection() throws Exception {
        Map<Integer, String> logins = new ConcurrentHashMap<>();
        try (LiveList agents = conn.liveList(AGENTS, ID, new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                try {
                    // the embedding that used to hang: a one-shot query awaited inside the listener
                    Row more = conn.object(row.objectId(), LOGIN).toCompletableFuture().get(10, TimeUnit.SECONDS);
                    logins.put(row.objectId(), more.text("user.login"));
                } catch (Exception e) {
                    logins.put(row.objectId(), "failed: " + e);
                }
            }
        })) {
            agents.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
            Await.until("five logins", () -> logins.size() == 5);
        }

        assertThat(logins).containsEntry(1, "agent1").containsEntry(5, "agent5").hasSize(5);
    }

    @Test
    void aListenerMayUseTheBlockingView() throws Exception {
        Map<Integer, String> logins = new ConcurrentHashMap<>();
        try (LiveList agents = conn.liveList(AGENTS, ID, new LiveListListener() {
            @Override
            public void onAdded(Row row) {
                logins.put(row.objectId(), conn.sync().object(row.objectId(), LOGIN).text("user.login"));
            }
        })) {
            agents.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
            Await.until("five logins", () -> logins.size() == 5);
        }

        assertThat(logins).containsEntry(3, "agent3").hasSize(5);
    }

    @Test
    void awaitingAListsReadinessInsideAListenerFailsAtOnceSayingWhatToDo() throws Exception {
        Map<String, Object> outcome = new ConcurrentHashMap<>();
        try (LiveList agents = conn.liveList(AGENTS, ID, new LiveListListener() {
            @Override
            public void onReady() {
                // ready() completes on this very executor, after the listener: it cannot be awaited here
                LiveList again = conn.liveList(AGENTS, LOGIN, new LiveListListener() { });
                try {
                    again.ready().toCompletableFuture().get(10, TimeUnit.SECONDS);
                    outcome.put("result", "completed");
                } catch (Exception | Error e) {
                    outcome.put("result", e);
                }
                // chaining works: the stage completes once this listener has returned
                again.ready().thenAccept(list -> outcome.put("chained", list.snapshot().size()));
            }
        })) {
            agents.ready().toCompletableFuture().get(30, TimeUnit.SECONDS);
            Await.until("the chained stage", () -> outcome.containsKey("chained"));
        }

        assertThat(outcome.get("result")).isInstanceOf(IllegalStateException.class).asString()
                .contains("would never end").contains("Chain the work instead (thenAccept)");
        assertThat(outcome.get("chained")).isEqualTo(5);
    }

    @Test
    void theBlockingViewReturnsWhatTheStagesComplete() throws Exception {
        assertThat(conn.sync().listIds(AGENTS)).isEqualTo(conn.listIds(AGENTS).toCompletableFuture().get());
        assertThat(conn.sync().listRows(AGENTS, LOGIN)).containsExactlyInAnyOrderElementsOf(
                conn.listRows(AGENTS, LOGIN).toCompletableFuture().get());
        assertThat(conn.sync().object(2, LOGIN)).isEqualTo(conn.object(2, LOGIN).toCompletableFuture().get());
        assertThat(conn.sync().async()).isSameAs(conn);
    }

    @Test
    void theBlockingViewThrowsTheClientsOwnExceptions() {
        server.silence(true);

        assertThatThrownBy(() -> conn.sync().listIds(AGENTS)).isInstanceOf(CccpTimeoutException.class)
                .hasMessage("query_list sessions on object 0 with filter .[session_type eq 3] timed out after 2 s");
    }

    @Test
    void theModelOpensWithoutBlockingAndFailsTheSameWayAsItsBlockingTwin() throws Exception {
        ServerAddress address = ServerAddress.of("127.0.0.1", server.port());
        try (ContactCenter model = ContactCenter.openAsync(client, address, Credentials.of("a", "b"), OPTIONS)
                .toCompletableFuture().get(10, TimeUnit.SECONDS)) {
            assertThat(model.connectionState()).isEqualTo(ConnectionState.READY);
            assertThat(model.connection().address()).isEqualTo(address);
        }

        server.refuseLogins("Login inconnu");
        assertThatThrownBy(() -> ContactCenter.openAsync(client, address, Credentials.of("a", "b"), OPTIONS)
                .toCompletableFuture().get(10, TimeUnit.SECONDS)).cause().isInstanceOf(CccpLoginException.class)
                .hasMessage("login refused by the server: Login inconnu");
        assertThatThrownBy(() -> ContactCenter.open(client, address, Credentials.of("a", "b"), OPTIONS))
                .isInstanceOf(CccpLoginException.class).hasMessage("login refused by the server: Login inconnu");
    }

    @Test
    void theBlockingViewHasEveryAsyncCallUnderTheSameName() {
        List<Method> blocking = Arrays.stream(CccpSyncConnection.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.getName().equals("async")).toList();
        assertThat(blocking).extracting(Method::getName)
                .containsExactlyInAnyOrder("listIds", "listEntries", "listRows", "object", "object", "sendEvent",
                        "request");

        for (Method sync : blocking) {
            Method async;
            try {
                async = CccpConnection.class.getMethod(sync.getName(), sync.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new AssertionError("CccpConnection has no " + sync.getName()
                        + Arrays.toString(sync.getParameterTypes()), e);
            }
            assertThat(async.getGenericReturnType()).as(sync.getName()).isInstanceOf(ParameterizedType.class);
            ParameterizedType stage = (ParameterizedType) async.getGenericReturnType();
            assertThat(stage.getRawType()).as(sync.getName()).isEqualTo(java.util.concurrent.CompletionStage.class);
            Type expected = sync.getGenericReturnType() == void.class ? Void.class : sync.getGenericReturnType();
            assertThat(stage.getActualTypeArguments()[0]).as(sync.getName()).isEqualTo(expected);
        }
    }
}
