package io.cccpexplorer.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.Initialize;
import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.protocol.explorer.LoginOk;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.MutableClock;
import io.cccpexplorer.simulator.TestRecords;
import io.cccpexplorer.simulator.db.DispatchDatabase;
import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.util.concurrent.DefaultEventExecutor;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which threads accept and carry a connection: the database thread itself when it is an event loop (one thread
 * accepts, reads, answers and writes, as the single-threaded dispatch does), the boss and the I/O workers
 * otherwise. The groups that must not be used are shut down: a connection given to them is closed at once.
 */
class ConnectionThreadTest {

    private final MutableClock clock = new MutableClock(TestRecords.START);
    private final EventLoopGroup boss = group();
    private final EventLoopGroup workers = group();
    private EventLoopGroup dbLoop;
    private DefaultEventExecutor dbExecutor;
    private ExplorerServer server;

    private static EventLoopGroup group() {
        return new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
        boss.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        if (dbLoop != null) {
            dbLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
        if (dbExecutor != null) {
            dbExecutor.shutdownGracefully(0, 1, TimeUnit.SECONDS);
        }
    }

    private int start(io.netty.util.concurrent.EventExecutor dbThread, EventLoopGroup... shutDown) throws Exception {
        for (EventLoopGroup g : shutDown) {
            g.shutdownGracefully(0, 0, TimeUnit.SECONDS).sync();
        }
        server = new ExplorerServer("ACME", new DispatchDatabase(), dbThread, clock, TestRecords.OFFSET,
                Authenticator.ANYONE, DayLoader.NONE, 100, "1.2.3.host");
        return server.start("127.0.0.1", 0, boss, workers);
    }

    @Test
    void aDatabaseThreadThatIsAnEventLoopAcceptsAndCarriesItsConnections() throws Exception {
        dbLoop = group();
        int port = start((EventLoop) dbLoop.next(), boss, workers);
        try (ExplorerTestClient c = ExplorerTestClient.connect(port)) {
            c.send(new Initialize(0x020A008C, false));
            assertThat(c.next(ConnectionOk.class)).isNotNull();
            c.send(new Login(1, "admin", "x", 1, false));
            assertThat(c.next(LoginOk.class).sessionId()).isEqualTo(1);
        }
    }

    @Test
    void aPlainDatabaseExecutorLeavesTheConnectionsToTheWorkers() throws Exception {
        dbExecutor = new DefaultEventExecutor();
        int port = start(dbExecutor, workers);
        try (ExplorerTestClient c = ExplorerTestClient.connect(port)) {
            assertThat(c.awaitClosed(Duration.ofSeconds(10))).as("registered on the shut-down workers: closed")
                    .isTrue();
        }
    }
}
