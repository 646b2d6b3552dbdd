package io.cccpexplorer.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.protocol.explorer.Login;
import io.cccpexplorer.simulator.Awaits;
import io.cccpexplorer.simulator.ExplorerTestClient;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nobody pins the simulator's memory without logging in: big frames are refused until the login succeeded, a
 * connection that does not log in is closed, and the number of connections is capped. Nobody pins it after logging
 * in either: a frame started must complete within the frame timeout, while an idle connection stays open.
 */
class ConnectionLimitsTest {

    private RunningSimulator sim;

    private int start(ConnectionLimits limits) throws Exception {
        sim = Simulator.start(SimulatorConfig.builder().connectionLimits(limits)
                .project(ProjectConfig.empty("ACME", 0)).build());
        return sim.project("ACME").port();
    }

    @AfterEach
    void stop() {
        if (sim != null) {
            sim.close();
        }
    }

    /** The first 8 bytes of a frame declaring {@code length} bytes (a login's id), and some of its payload. */
    private static byte[] halfFrame(int length) {
        ByteBuffer b = ByteBuffer.allocate(8 + 1024).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(length).putInt(Login.ID);
        return b.array();
    }

    /** True when the server closed the connection (end of stream or reset) within the socket's timeout. */
    private static boolean closedByServer(Socket s) throws IOException {
        s.setSoTimeout((int) ExplorerTestClient.TIMEOUT.toMillis());
        InputStream in = s.getInputStream();
        try {
            while (true) {
                if (in.read() < 0) {
                    return true;
                }
            }
        } catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void aBigFrameBeforeLoginIsRefusedAtItsHeader() throws Exception {
        int port = start(ConnectionLimits.DEFAULT);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(halfFrame(8 * 1024 * 1024 - 1));   // accepted by the codec's 8 MiB bound
            assertThat(closedByServer(s)).isTrue();
        }
    }

    @Test
    void afterLoginTheNormalFrameBoundApplies() throws Exception {
        int port = start(ConnectionLimits.DEFAULT);
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(port)) {
            ByteBuf partial = Unpooled.wrappedBuffer(halfFrame(1024 * 1024));
            c.sendRaw(partial);   // a 1 MiB frame, announced and started: legal once logged in
            assertThat(c.awaitClosed(Duration.ofMillis(500))).isFalse();
        }
    }

    @Test
    void aConnectionThatDoesNotLogInIsClosed() throws Exception {
        int port = start(new ConnectionLimits(16, 64 * 1024, 8 * 1024 * 1024, Duration.ofMillis(200)));
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(halfFrame(4096));   // half a small frame, then silence
            assertThat(closedByServer(s)).isTrue();
        }
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(port)) {
            c.assertNothingPending();
            assertThat(c.isOpen()).as("a logged-in client is not subject to the login deadline").isTrue();
        }
    }

    @Test
    void connectionsBeyondTheLimitAreClosedAtOnce() throws Exception {
        int port = start(new ConnectionLimits(2, 64 * 1024, 8 * 1024 * 1024, Duration.ofSeconds(30)));
        try (ExplorerTestClient a = ExplorerTestClient.loggedIn(port);
             ExplorerTestClient b = ExplorerTestClient.loggedIn(port)) {
            try (Socket third = new Socket("127.0.0.1", port)) {
                assertThat(closedByServer(third)).isTrue();
            }
            assertThat(a.isOpen()).isTrue();
            assertThat(b.isOpen()).isTrue();
        }
        assertThat(Awaits.until(() -> sim.project("ACME").connectionCount() == 0, ExplorerTestClient.TIMEOUT)).isTrue();
        try (ExplorerTestClient again = ExplorerTestClient.loggedIn(port)) {
            assertThat(again.isOpen()).as("room again once the others left").isTrue();
        }
    }

    /** Short frame timeout, long login deadline: whichever closes a connection here is the frame timeout. */
    private static final ConnectionLimits SHORT_FRAME_TIMEOUT =
            new ConnectionLimits(16, 64 * 1024, 8 * 1024 * 1024, Duration.ofSeconds(30), Duration.ofMillis(200));

    @Test
    void aLoggedInConnectionHoldingHalfAFrameIsClosed() throws Exception {
        int port = start(SHORT_FRAME_TIMEOUT);
        try (ExplorerTestClient held = ExplorerTestClient.loggedIn(port);
             ExplorerTestClient idle = ExplorerTestClient.loggedIn(port)) {
            held.sendRaw(Unpooled.wrappedBuffer(halfFrame(8 * 1024 * 1024)));   // 8 MiB declared, 1 KiB sent, held
            assertThat(held.awaitClosed(ExplorerTestClient.TIMEOUT)).as("closed by the frame timeout").isTrue();
            assertThat(idle.isOpen()).as("idle with no frame started: not subject to it").isTrue();
            idle.assertNothingPending();
        }
    }

    @Test
    void anIdleLoggedInConnectionStaysOpen() throws Exception {
        int port = start(SHORT_FRAME_TIMEOUT);
        try (ExplorerTestClient c = ExplorerTestClient.loggedIn(port)) {
            c.assertNothingPending();   // whole frames, then silence for several frame timeouts
            assertThat(c.awaitClosed(Duration.ofSeconds(1))).isFalse();
            c.assertNothingPending();
        }
    }

    @Test
    void theFrameTimeoutAlsoAppliesBeforeLogin() throws Exception {
        int port = start(SHORT_FRAME_TIMEOUT);
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.getOutputStream().write(halfFrame(4096));   // small enough for the pre-login bound, never finished
            assertThat(closedByServer(s)).isTrue();
        }
    }

    @Test
    void limitsRefuseANonPositiveFrameTimeout() {
        assertThatThrownBy(() -> ConnectionLimits.DEFAULT.withFrameTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame complete within");
    }
}
