package io.cccpexplorer.client.soak;

import io.cccpexplorer.client.CccpClient;
import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.CccpException;
import io.cccpexplorer.client.ConnectionOptions;
import io.cccpexplorer.client.Credentials;
import io.cccpexplorer.client.ListQuery;
import io.cccpexplorer.client.LiveList;
import io.cccpexplorer.client.LiveListListener;
import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.client.ServerAddress;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The client against a hostile server. A real session between cccp-client and the simulator (frames encoded by
 * cccp-protocol) is recorded through a loopback proxy, with, for each server frame, how many client frames had
 * arrived before it. A fake server then replays that session to fresh client connections, mutating some server
 * frames. Every attempt must end in a result or a {@link CccpException}, within the client's own deadlines: a
 * hang, or any other exception, is a failure.
 */
final class ClientFuzz {

    static final ListQuery QUERY = ListQuery.of(0, "sessions").filter(".[session_type eq 1]");
    static final RowFormat FORMAT = RowFormat.of("object_id", "user.login", "states.last.display_name",
            "login_date", "session_type");

    private record ServerFrame(int clientFramesBefore, byte[] bytes) {
    }

    private final CccpClient client;
    private final FrameMutator mutator;
    private final List<ServerFrame> session = new ArrayList<>();
    private final Map<String, Long> outcomes = new TreeMap<>();
    long attempts;
    long framesSent;
    long framesMutated;
    long failures;

    ClientFuzz(CccpClient client, long seed) {
        this.client = client;
        this.mutator = new FrameMutator(seed);
    }

    Map<String, Long> outcomes() {
        return outcomes;
    }

    int recordedFrames() {
        return session.size();
    }

    /** Records one session of the client with the real simulator at {@code port}. */
    void record(int port, Credentials credentials) throws Exception {
        AtomicInteger clientFrames = new AtomicInteger();
        try (ServerSocket proxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread relay = new Thread(() -> {
                try (Socket down = proxy.accept(); Socket up = new Socket("127.0.0.1", port)) {
                    Thread clientToServer = new Thread(() -> pump(down, up, f -> clientFrames.incrementAndGet()));
                    clientToServer.setDaemon(true);
                    clientToServer.start();
                    pump(up, down, f -> {
                        synchronized (session) {
                            session.add(new ServerFrame(clientFrames.get(), f));
                        }
                    });
                } catch (IOException e) {
                    // the recorded client closed
                }
            }, "soak-recorder");
            relay.setDaemon(true);
            relay.start();
            ConnectionOptions options = ConnectionOptions.defaults().withReconnect(false);
            try (CccpConnection c = client.connect(ServerAddress.of("127.0.0.1", proxy.getLocalPort()), credentials,
                    options).toCompletableFuture().get(30, TimeUnit.SECONDS);
                 LiveList list = c.liveList(QUERY, FORMAT, new LiveListListener() { })) {
                list.ready().toCompletableFuture().get(60, TimeUnit.SECONDS);
                Thread.sleep(2000);   // a few live changes too
            }
            relay.join(5000);
        }
    }

    private static void pump(Socket from, Socket to, java.util.function.Consumer<byte[]> seen) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (byte[] f; (f = RawFrames.read(in, 64 << 20)) != null; ) {
                seen.accept(f);
                out.write(f);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        } finally {
            try {
                to.shutdownOutput();
            } catch (IOException ignored) {
                // already closed
            }
        }
    }

    /** Replays the recorded session with mutations until {@code maxAttempts} or {@code budget}. */
    void fuzz(long maxAttempts, Duration budget, Credentials credentials) throws Exception {
        List<ServerFrame> frames;
        synchronized (session) {
            frames = List.copyOf(session);
        }
        long end = System.nanoTime() + budget.toNanos();
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            ConnectionOptions options = ConnectionOptions.defaults().withReconnect(false)
                    .withRequestTimeout(Duration.ofSeconds(1)).withHandshakeTimeout(Duration.ofSeconds(2))
                    .withRowQueryAttempts(1);
            while (attempts < maxAttempts && System.nanoTime() < end) {
                double rate = new double[] {0.02, 0.1, 0.3}[mutator.random().nextInt(3)];
                Thread fake = new Thread(() -> serve(server, frames, rate), "soak-fake-server");
                fake.setDaemon(true);
                fake.start();
                String outcome = attempt(server.getLocalPort(), credentials, options);
                outcomes.merge(outcome, 1L, Long::sum);
                if (outcome.startsWith("FAIL")) {
                    failures++;
                    System.err.println("client fuzz attempt " + attempts + ": " + outcome);
                }
                fake.join(10_000);
                attempts++;
            }
        }
    }

    private String attempt(int port, Credentials credentials, ConnectionOptions options) {
        CccpConnection c;
        try {
            c = client.connect(ServerAddress.of("127.0.0.1", port), credentials, options).toCompletableFuture()
                    .get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            return classify("connect", e);
        }
        try (c; LiveList list = c.liveList(QUERY, FORMAT, new LiveListListener() { })) {
            CompletableFuture<?> ready = list.ready().toCompletableFuture();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                if (ready.isDone()) {
                    try {
                        ready.get();
                        return "ready (" + list.snapshot().size() + " rows ok)";
                    } catch (Exception e) {
                        return classify("list", e);
                    }
                }
                if (c.state() == io.cccpexplorer.client.ConnectionState.CLOSED) {
                    return "connection closed (a bad frame refused, or the fake server hung up)";
                }
                Thread.sleep(20);
            }
            return "FAIL hang: list neither ready nor failed after 15 s, state " + c.state();
        } catch (Exception e) {
            return classify("list", e);
        }
    }

    private static String classify(String stage, Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof TimeoutException) {
            return "FAIL hang: " + stage + " did not complete within 15 s";
        }
        if (t instanceof CccpException) {
            return stage + " failed with " + t.getClass().getSimpleName();
        }
        return "FAIL " + stage + ": unexpected " + t;
    }

    /** One fake-server connection: the recorded frames in order, each after the client frames it answered. */
    private void serve(ServerSocket server, List<ServerFrame> frames, double mutationRate) {
        try (Socket s = server.accept()) {
            s.setSoTimeout(0);
            AtomicInteger received = new AtomicInteger();
            Thread reader = new Thread(() -> {
                try {
                    InputStream in = s.getInputStream();
                    while (RawFrames.read(in, 64 << 20) != null) {
                        synchronized (received) {
                            received.incrementAndGet();
                            received.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // closed
                }
                synchronized (received) {
                    received.set(Integer.MAX_VALUE);
                    received.notifyAll();
                }
            });
            reader.setDaemon(true);
            reader.start();
            OutputStream out = s.getOutputStream();
            for (ServerFrame f : frames) {
                synchronized (received) {
                    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
                    while (received.get() < f.clientFramesBefore() && System.nanoTime() < until) {
                        received.wait(100);
                    }
                    if (received.get() == Integer.MAX_VALUE) {
                        return;
                    }
                }
                byte[] bytes = f.bytes();
                if (mutator.random().nextDouble() < mutationRate) {
                    synchronized (this) {
                        framesMutated++;
                    }
                    bytes = mutator.mutate(bytes);
                }
                out.write(bytes);
                synchronized (this) {
                    framesSent++;
                }
            }
            out.flush();
            Thread.sleep(500);   // hold: the client decides alone
        } catch (IOException | InterruptedException e) {
            // the client closed
        }
    }
}
