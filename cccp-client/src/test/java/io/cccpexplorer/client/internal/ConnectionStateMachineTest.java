package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.CccpConnectionException;
import io.cccpexplorer.client.CccpTimeoutException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import io.cccpexplorer.client.testing.Await;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.explorer.StopQuery;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.local.LocalAddress;
import io.netty.channel.local.LocalChannel;
import io.netty.channel.local.LocalIoHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The connection's state machine, deadlines, backoff and liveness with time moved by hand: an in-JVM transport
 * (Netty's {@code LocalChannel}) to a scripted server, a manual timer and a mock ticker. No test sleeps for a
 * deadline; each one advances time exactly to it.
 */
class ConnectionStateMachineTest {

    private static final Instant WALL = Instant.parse("2026-12-06T08:00:00Z");
    private static final ServerAddress ADDRESS = ServerAddress.of("dispatch", 20103);
    private static final ConnectionOptions OPTIONS = ConnectionOptions.defaults();

    private final ManualTime time = new ManualTime();
    private EventLoopGroup group;
    private EventLoopGroup serverGroup;
    private ClientResources resources;
    private LocalDispatch server;
    private final List<String> states = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        group = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
        time.settleOn(group.next()); // one loop: every connection of the test runs on it
        resources = new ClientResources(group, LocalChannel.class, address -> new LocalAddress(address.toString()),
                time, time.ticker(), Clock.fixed(WALL, ZoneOffset.UTC), Executors.newCachedThreadPool());
        // the server has its own thread: on a shared one, LocalChannel would hand our writes to the server's
        // decoder while it is still inside the decode that made it answer
        serverGroup = new MultiThreadIoEventLoopGroup(1, LocalIoHandler.newFactory());
        server = new LocalDispatch(serverGroup, ADDRESS.toString());
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        resources.close();
        serverGroup.shutdownGracefully(0, 1, TimeUnit.SECONDS).syncUninterruptibly();
    }

    private ConnectionCore connect(ConnectionOptions options) throws Exception {
        ConnectionCore core = resources.open(ADDRESS, Credentials.of("alice", "s3cret"), options);
        core.addStateListener((previous, current, cause) ->
                states.add(current + (cause == null ? "" : " (" + cause.getMessage() + ")")));
        core.start().get(10, TimeUnit.SECONDS);
        return core;
    }

    private static void awaitState(ConnectionCore core, ConnectionState wanted) {
        Await.until("state " + wanted + " (now " + core.state() + ")", () -> core.state() == wanted);
    }

    @Test
    void theHandshakeDeadlineFailsTheFirstConnectNamingIt() {
        server.ignoreHandshakes();
        ConnectionCore core = resources.open(ADDRESS, Credentials.of("alice", "s3cret"), OPTIONS);
        CompletableFuture<ConnectionCore> ready = core.start();
        Await.until("initialize received", () -> !server.drain(Initialize.class).isEmpty());

        time.advance(OPTIONS.handshakeTimeout().minusMillis(1));
        assertThat(ready).isNotDone();
        time.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> ready.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(CccpTimeoutException.class)
                .hasMessage("handshake with dispatch:20103 timed out after 10 s");
        awaitState(core, ConnectionState.CLOSED);
    }

    @Test
    void aRequestDeadlineIsTheRequestTimeoutExactly() throws Exception {
        ConnectionCore core = connect(OPTIONS);
        server.keepQuiet();
        CompletableFuture<?> ids = core.listEntries(ListQuery.of(0, "sessions"));
        Await.until("query_list received", () -> !server.drain(QueryList.class).isEmpty());

        time.advance(OPTIONS.requestTimeout().minusMillis(1));
        assertThat(ids).isNotDone();
        time.advance(Duration.ofMillis(1));

        assertThatThrownBy(() -> ids.get(10, TimeUnit.SECONDS)).cause().isInstanceOf(CccpTimeoutException.class)
                .hasMessage("query_list sessions on object 0 timed out after 5 s");
    }

    @Test
    void aServerBackAfterALongOutageIsReachedWithinTheBackoffCap() throws Exception {
        ConnectionCore core = connect(OPTIONS);
        server.stop();
        awaitState(core, ConnectionState.BACKING_OFF);

        // ten failed attempts: the bound grows 200 ms, 400 ms, ... and stays at the 5 s cap
        for (int attempt = 0; attempt < 10; attempt++) {
            int before = states.size();
            time.advance(OPTIONS.backoffMax());
            Await.until("attempt " + attempt + " failed", () -> states.size() > before
                    && states.get(states.size() - 1).startsWith("BACKING_OFF"));
        }
        server.start();
        time.advance(OPTIONS.backoffMax());

        awaitState(core, ConnectionState.READY);
    }

    @Test
    void aSilentServerIsProbedThenDroppedAndReconnected() throws Exception {
        ConnectionCore core = connect(OPTIONS);
        assertThat(core.lastDataReceived()).contains(WALL);
        server.drain(QueryList.class);
        server.keepQuiet();

        time.advance(OPTIONS.idleTimeout().minusMillis(1));
        assertThat(server.drain(QueryList.class)).as("no probe before the idle timeout").isEmpty();
        time.advance(Duration.ofMillis(1));
        Await.until("the liveness probe", () -> server.received().stream().anyMatch(m -> m instanceof QueryList q
                && q.filter().equals(Liveness.PROBE.filter())));
        assertThat(core.state()).isEqualTo(ConnectionState.READY);

        time.advance(OPTIONS.probeTimeout());
        Await.until("listeners told why", () -> states.contains("BACKING_OFF (server sent nothing for 40 s, not "
                + "even the answer to a liveness probe within 10 s)"));
        assertThat(core.lastDataReceived()).contains(WALL.minus(Duration.ofSeconds(40)));

        server.answerAgain();
        time.advance(OPTIONS.backoffMax());
        awaitState(core, ConnectionState.READY);
    }

    @Test
    void aServerThatAnswersTheProbeStaysConnectedAndTheProbeIsStopped() throws Exception {
        ConnectionCore core = connect(OPTIONS);
        server.drain(QueryList.class);

        // each round ends exactly when the silence since the last answer reaches the idle timeout: the probe goes
        // out then, its answer arrives at that instant, and the probe deadline of the previous round has passed
        // (10 s into the round) without harm
        for (int round = 0; round < 3; round++) {
            time.advance(OPTIONS.idleTimeout());
            Await.until("probe answered and stopped", () -> server.received().stream()
                    .anyMatch(m -> m instanceof StopQuery));
            server.received().clear();
        }

        assertThat(core.state()).isEqualTo(ConnectionState.READY);
        assertThat(states).containsExactly("HANDSHAKING", "READY");
    }

    @Test
    void livenessChecksCanBeTurnedOff() throws Exception {
        ConnectionCore core = connect(OPTIONS.withLiveness(Duration.ZERO, Duration.ofSeconds(1)));
        server.drain(QueryList.class);
        server.keepQuiet();

        time.advance(Duration.ofHours(1));

        assertThat(core.state()).isEqualTo(ConnectionState.READY);
        assertThat(server.drain(QueryList.class)).isEmpty();
    }

    @Test
    void aLiveListLeftUnansweredIsAskedForAgainWhileTheConnectionStaysUp() throws Exception {
        ConnectionCore core = connect(OPTIONS);
        server.silentOn("ghosts");
        List<String> heard = new CopyOnWriteArrayList<>();
        LiveList live = core.liveList(ListQuery.of(0, "ghosts"), RowFormat.of("session_id"), new LiveListListener() {
            @Override
            public void onReady() {
                heard.add("ready");
            }

            @Override
            public void onResync() {
                heard.add("resync");
            }
        });

        int attempts = OPTIONS.rowQueryAttempts();
        Await.until("query_list 1", () -> listQueries("ghosts") == 1);
        for (int attempt = 1; attempt < attempts; attempt++) {
            int sent = attempt;
            advanceUntil(sent + 1 + " query_lists", () -> listQueries("ghosts") > sent);
            assertThat(listQueries("ghosts")).as("one query at a time").isEqualTo(sent + 1);
        }
        advanceUntil("the first load reported failed", () -> live.ready().toCompletableFuture().isDone());
        assertThatThrownBy(() -> live.ready().toCompletableFuture().get()).cause()
                .isInstanceOf(CccpTimeoutException.class)
                .hasMessage("query_list ghosts on object 0 unanswered after 5 attempts of 5 s");

        // still silent: asked again after the backoff, no reconnect (it used to stay dead until one)
        advanceUntil("query_list " + (attempts + 1), () -> listQueries("ghosts") > attempts);
        server.silentOn(null);
        advanceUntil("query_list " + (attempts + 2), () -> listQueries("ghosts") > attempts + 1);
        // answered without more time: moving the clock on could time the answered query out before its answer
        Await.until("the list loaded", () -> heard.contains("resync"));

        assertThat(listQueries("ghosts")).isEqualTo(attempts + 2);
        assertThat(live.retriedQueries()).isEqualTo(attempts + 1);
        assertThat(core.state()).isEqualTo(ConnectionState.READY);
        assertThat(states).containsExactly("HANDSHAKING", "READY");
    }

    /**
     * Moves time in 100 ms steps until {@code condition} holds: a deadline, then a jittered backoff, whatever the
     * draw. Each step leaves the other threads 10 ms of real time to act on it first, so that a query sent at one
     * step reaches the server before the 50 steps to its own deadline have passed, even on a loaded machine (a CI
     * run once saw a query time out before its answer: one query too many).
     */
    private void advanceUntil(String what, java.util.function.BooleanSupplier condition) {
        for (int step = 0; step < 200 && !Await.holdsWithin(Duration.ofMillis(10), condition); step++) {
            time.advance(Duration.ofMillis(100));
        }
        Await.until(what, condition);
    }

    private final List<QueryList> queries = new CopyOnWriteArrayList<>();

    /** The {@code query_list}s of {@code field} the server received so far. */
    private long listQueries(String field) {
        queries.addAll(server.drain(QueryList.class));
        return queries.stream().filter(q -> q.field().equals(field)).count();
    }

    @Test
    void closingCancelsAPendingReconnect() throws Exception {
        ConnectionCore core = connect(OPTIONS);
        server.stop();
        server.received().clear();
        awaitState(core, ConnectionState.BACKING_OFF);

        core.close().get(10, TimeUnit.SECONDS);
        server.start();
        time.advance(OPTIONS.backoffMax().multipliedBy(3));

        assertThat(core.state()).isEqualTo(ConnectionState.CLOSED);
        assertThat(server.drain(Initialize.class)).isEmpty();
        assertThatThrownBy(() -> core.listEntries(ListQuery.of(0, "sessions")).get(10, TimeUnit.SECONDS))
                .cause().isInstanceOf(CccpConnectionException.class);
    }
}
