package io.cccpexplorer.client.soak;

import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.LoginOk;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hostile clients against a running simulator, on loopback: connections sending mutated frames (before and after
 * a real login), connections that declare a big frame, send part of it and hold, and readers that subscribe and
 * never read. A healthy dashboard-like connection is checked between rounds: the simulator must keep answering.
 */
final class SimulatorFuzz {

    private static final int HANDSHAKE_ID_CONNECTION_OK = idOf(new ConnectionOk(0,
            io.cccpexplorer.protocol.wire.CccpDate.NIL));
    private static final int HANDSHAKE_ID_LOGIN_OK = idOf(new LoginOk(1, "", ""));

    private final int port;
    private final String user;
    private final String password;
    private final long seed;
    private final FrameMutator mutator;

    final AtomicLong connections = new AtomicLong();
    final AtomicLong framesSent = new AtomicLong();
    final AtomicLong framesMutated = new AtomicLong();
    final AtomicLong closedByServer = new AtomicLong();
    long healthChecks;
    long healthFailures;

    SimulatorFuzz(int port, String user, String password, long seed) {
        this.port = port;
        this.user = user;
        this.password = password;
        this.seed = seed;
        this.mutator = new FrameMutator(seed);
    }

    private static int idOf(io.cccpexplorer.protocol.explorer.ExplorerMessage m) {
        return RawFrames.messageId(RawFrames.encode(m));
    }

    /**
     * Mutated frames from {@code threads} workers until {@code maxConnections} or {@code budget}; the healthy
     * connection is checked every second meanwhile.
     */
    void fuzz(long maxConnections, Duration budget, CccpConnection health, int threads) throws InterruptedException {
        long end = System.nanoTime() + budget.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            FrameMutator own = new FrameMutator(seed * 1000 + w);
            Thread t = new Thread(() -> {
                while (connections.incrementAndGet() <= maxConnections && System.nanoTime() < end) {
                    oneConnection(own, own.random().nextInt(3) > 0);
                }
                connections.decrementAndGet();
            }, "soak-fuzz-" + w);
            t.setDaemon(true);
            t.start();
            workers.add(t);
        }
        while (workers.stream().anyMatch(Thread::isAlive)) {
            Thread.sleep(1000);
            check(health);
        }
        check(health);
    }

    private void oneConnection(FrameMutator m, boolean loginFirst) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            s.setSoTimeout(2000);
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            if (loginFirst && !logIn(out, in)) {
                return;
            }
            for (int i = 0, n = 1 + m.random().nextInt(8); i < n; i++) {
                byte[] frame = RawFrames.encode(ClientMessages.any(m.random()));
                if (m.random().nextInt(10) > 0) {
                    frame = m.mutate(frame);
                    framesMutated.incrementAndGet();
                }
                out.write(frame);
                framesSent.incrementAndGet();
            }
            out.flush();
            if (drainUntilClosed(s, in, 100)) {
                closedByServer.incrementAndGet();
            }
        } catch (IOException e) {
            closedByServer.incrementAndGet();   // reset while writing: the server closed first
        }
    }

    private boolean logIn(OutputStream out, InputStream in) throws IOException {
        out.write(RawFrames.encode(ClientMessages.initialize()));
        byte[] ok = RawFrames.read(in, 1 << 20);
        if (ok == null || RawFrames.messageId(ok) != HANDSHAKE_ID_CONNECTION_OK) {
            return false;
        }
        out.write(RawFrames.encode(ClientMessages.login(user, password)));
        framesSent.addAndGet(2);
        byte[] logged = RawFrames.read(in, 1 << 20);
        return logged != null && RawFrames.messageId(logged) == HANDSHAKE_ID_LOGIN_OK;
    }

    /** Reads and discards for up to {@code quietMillis} of silence; true if the server closed the connection. */
    private static boolean drainUntilClosed(Socket s, InputStream in, int quietMillis) throws IOException {
        s.setSoTimeout(quietMillis);
        byte[] sink = new byte[64 * 1024];
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        try {
            while (System.nanoTime() < deadline) {
                if (in.read(sink) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException quiet) {
            return false;
        }
        return false;
    }

    void check(CccpConnection health) {
        healthChecks++;
        try {
            health.listIds(ListQuery.of(0, "sessions")).toCompletableFuture().get(10, TimeUnit.SECONDS);
            if (health.state() != ConnectionState.READY) {
                healthFailures++;
            }
        } catch (Exception e) {
            healthFailures++;
            System.err.println("health check failed: " + e);
        }
    }

    /** Result of the half-sent-frame case. */
    record HalfSent(int sockets, int closedByServer, JvmMemory before, JvmMemory holding, JvmMemory after) {
    }

    /**
     * {@code sockets} connections declare an 8 MiB frame and send {@code sentBytes} of it, then hold; half of them
     * after a real login (where big frames are allowed), half before it (where they are not).
     */
    HalfSent halfSentFrames(int sockets, int sentBytes, Duration hold) throws IOException, InterruptedException {
        JvmMemory before = JvmMemory.now();
        List<Socket> held = new ArrayList<>();
        try {
            for (int i = 0; i < sockets; i++) {
                Socket s = new Socket("127.0.0.1", port);
                held.add(s);
                OutputStream out = s.getOutputStream();
                if (i % 2 == 0 && !logIn(out, s.getInputStream())) {
                    continue;
                }
                byte[] part = new byte[sentBytes];
                java.nio.ByteBuffer.wrap(part).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0, 8 * 1024 * 1024)
                        .putInt(4, idOf(ClientMessages.sessions(1, "")));
                try {
                    out.write(part);
                    out.flush();
                } catch (IOException refused) {
                    // the server closed it already (frame too big before login)
                }
            }
            Thread.sleep(hold.toMillis());
            JvmMemory holding = JvmMemory.now();
            int closed = 0;
            for (Socket s : held) {
                s.setSoTimeout(100);
                try {
                    if (s.getInputStream().read(new byte[1 << 16]) < 0) {
                        closed++;
                    }
                } catch (SocketTimeoutException stillOpen) {
                    // held by the server
                } catch (IOException reset) {
                    closed++;
                }
            }
            for (Socket s : held) {
                s.close();
            }
            Thread.sleep(500);
            return new HalfSent(sockets, closed, before, holding, JvmMemory.now());
        } finally {
            for (Socket s : held) {
                s.close();
            }
        }
    }

    /** Result of the slow-reader case. */
    record SlowReaders(int readers, int dropped, long secondsToDrop, JvmMemory before, JvmMemory after) {
    }

    /**
     * Readers that log in, subscribe to the sessions list and send {@code objects} object queries (over the first
     * 500 object ids), and never read (tiny
     * receive buffer); after {@code wait} each one is drained to see whether the server dropped it.
     */
    SlowReaders slowReaders(int readers, int objects, Duration wait) throws IOException, InterruptedException {
        JvmMemory before = JvmMemory.now();
        List<Socket> sockets = new ArrayList<>();
        long start = System.nanoTime();
        try {
            int droppedEarly = 0;
            for (int i = 0; i < readers; i++) {
                Socket s = new Socket();
                s.setReceiveBufferSize(4096);
                s.connect(new InetSocketAddress("127.0.0.1", port));
                try {
                    OutputStream out = s.getOutputStream();
                    if (!logIn(out, s.getInputStream())) {
                        continue;
                    }
                    out.write(RawFrames.encode(ClientMessages.format()));
                    out.write(RawFrames.encode(ClientMessages.sessions(1, "")));
                    for (int q = 1; q <= objects; q++) {   // the same objects many times over: one answer each
                        out.write(RawFrames.encode(new io.cccpexplorer.protocol.explorer.QueryObject(1, 10 + q,
                                "/dispatch", 1 + q % 500, 1, 0)));
                    }
                    out.flush();
                    sockets.add(s);
                } catch (IOException reset) {
                    droppedEarly++;   // dropped while it was still sending its queries
                    s.close();
                }
            }
            Thread.sleep(wait.toMillis());
            int dropped = droppedEarly;
            for (Socket s : sockets) {
                try {
                    if (drainUntilClosed(s, s.getInputStream(), 1000)) {
                        dropped++;
                    }
                } catch (IOException reset) {
                    dropped++;
                }
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            for (Socket s : sockets) {
                s.close();
            }
            Thread.sleep(500);
            return new SlowReaders(readers, dropped, seconds, before, JvmMemory.now());
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }
}
