package io.cccpexplorer.report;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code -timeout} bounds the whole run, whatever the silent part is; the message says what ran out. */
class RunDeadlineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new ReportCommand(new PrintStream(out, true, StandardCharsets.ISO_8859_1),
                new PrintStream(err, true, StandardCharsets.ISO_8859_1), Clock.systemUTC(), "cccp-report")
                .run(args);
    }

    @Test
    void aServerThatAcceptsAndNeverAnswersCostsOneAttemptAndTheTimeoutNamesTheLogin() throws Exception {
        try (SilentServer server = new SilentServer()) {
            int code = run("-login", "a", "-password", "b", "-server", "127.0.0.1", Integer.toString(server.port()),
                    "-list", "-path", "/dispatch", "-field", "sessions", "-timeout", "0.4");

            assertThat(code).isEqualTo(ReportCommand.EXIT_TIMEOUT);
            assertThat(err.toString(StandardCharsets.ISO_8859_1))
                    .contains("login to 127.0.0.1:" + server.port() + " timed out after 400 ms (-timeout)")
                    .doesNotContain("30 s");
            // before: each of the 5 attempts had its own handshake timeout (5 connections, ~155 s at the default)
            assertThat(server.accepted()).hasSize(1);
            assertThat(out.size()).isZero();
        }
    }

    @Test
    void theDeadlineIsSharedTheRemainingTimeShrinks() {
        AtomicLong now = new AtomicLong(1_000);
        RunDeadline deadline = RunDeadline.start(Duration.ofMillis(1_500), now::get);
        assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(1_500));
        now.addAndGet(Duration.ofMillis(1_000).toNanos());
        assertThat(deadline.remaining()).isEqualTo(Duration.ofMillis(500));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(deadline.remaining()).isZero();
        assertThat(deadline.expired("query_object 7")).isEqualTo("query_object 7 timed out after 1500 ms (-timeout)");
        assertThat(RunDeadline.start(Duration.ofSeconds(30), now::get).expired("login to h:1"))
                .isEqualTo("login to h:1 timed out after 30 s (-timeout)");
    }

    /** Accepts TCP connections, reads and drops what it gets, never writes a byte. */
    private static final class SilentServer implements AutoCloseable {
        private final ServerSocket socket = new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
        private final List<Socket> accepted = new CopyOnWriteArrayList<>();
        private final Thread acceptor = new Thread(this::accept, "silent-server");

        SilentServer() throws IOException {
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        List<Socket> accepted() {
            return accepted;
        }

        private void accept() {
            try {
                while (true) {
                    Socket s = socket.accept();
                    accepted.add(s);
                    Thread reader = new Thread(() -> drain(s), "silent-reader");
                    reader.setDaemon(true);
                    reader.start();
                }
            } catch (IOException closed) {
                // close() ends the accept loop
            }
        }

        private static void drain(Socket s) {
            try (InputStream in = s.getInputStream()) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException closed) {
                // the client went away
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
