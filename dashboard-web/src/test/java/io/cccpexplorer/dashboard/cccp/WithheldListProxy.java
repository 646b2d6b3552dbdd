package io.cccpexplorer.dashboard.cccp;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.explorer.QueryList;
import io.cccpexplorer.protocol.wire.Frames;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback relay between a client and a real server that drops the client's {@code query_list}s of one list
 * field while withheld: the server stays up and answers everything else (the liveness probe included), as a
 * dispatch too busy for one list does, and the list loads once {@link #release() released}. Blocking sockets, two
 * threads per connection; for tests only.
 */
final class WithheldListProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int serverPort;
    private final String field;
    private final AtomicInteger connections = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile boolean withheld = true;

    private WithheldListProxy(ServerSocket listener, int serverPort, String field) {
        this.listener = listener;
        this.serverPort = serverPort;
        this.field = field;
    }

    /** Listens on a loopback ephemeral port, withholding {@code field}'s lists until {@link #release()}. */
    static WithheldListProxy start(int serverPort, String field) throws IOException {
        WithheldListProxy proxy = new WithheldListProxy(new ServerSocket(0, 8, InetAddress.getLoopbackAddress()),
                serverPort, field);
        daemon("proxy-accept", proxy::accept);
        return proxy;
    }

    int port() {
        return listener.getLocalPort();
    }

    /** Lets the list's next {@code query_list} through. */
    void release() {
        withheld = false;
    }

    /** {@return the connections the client opened: 1 when it never reconnected} */
    int connections() {
        return connections.get();
    }

    /** {@return the {@code query_list}s dropped so far} */
    int dropped() {
        return dropped.get();
    }

    private void accept() {
        try {
            while (true) {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                sockets.add(client);
                sockets.add(server);
                connections.incrementAndGet();
                daemon("proxy-up", () -> relayFrames(client, server));
                daemon("proxy-down", () -> copy(server, client));
            }
        } catch (IOException e) {
            // closed
        }
    }

    /** Client to server, frame by frame (wire spec §1.1), dropping the withheld list's queries. */
    private void relayFrames(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            byte[] header = new byte[Frames.HEADER_LENGTH];
            while (in.readNBytes(header, 0, header.length) == header.length) {
                int length = (header[0] & 0xff) | (header[1] & 0xff) << 8 | (header[2] & 0xff) << 16
                        | (header[3] & 0xff) << 24;
                byte[] frame = new byte[length];
                System.arraycopy(header, 0, frame, 0, header.length);
                if (in.readNBytes(frame, header.length, length - header.length) != length - header.length) {
                    return;
                }
                if (withheld && isWithheldQuery(frame)) {
                    dropped.incrementAndGet();
                    continue;
                }
                out.write(frame);
                out.flush();
            }
        } catch (IOException e) {
            // a side closed
        } finally {
            closeQuietly(to);
        }
    }

    private boolean isWithheldQuery(byte[] frame) {
        var buf = Unpooled.wrappedBuffer(frame);
        return Frames.messageId(buf) == QueryList.ID
                && ExplorerCodec.decode(buf, new NamespaceTable()) instanceof QueryList q && q.field().equals(field);
    }

    private static void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // a side closed
        } finally {
            closeQuietly(to);
        }
    }

    private static void daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(WithheldListProxy::closeQuietly);
    }
}
