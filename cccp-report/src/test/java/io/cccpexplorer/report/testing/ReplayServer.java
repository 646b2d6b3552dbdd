package io.cccpexplorer.report.testing;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A scripted server on 127.0.0.1 (ephemeral port) for one connection: it waits for each client frame of the
 * script, sends each server frame when its turn comes, records every client frame (also after the script), and
 * stops by itself when the client closes or stays silent for the idle timeout.
 */
public final class ReplayServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<byte[]> received = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Void> done = new CompletableFuture<>();

    public ReplayServer(CaptureScript script, int idleMillis) throws IOException {
        socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        socket.setSoTimeout(10_000);
        Thread t = new Thread(() -> serve(script, idleMillis), "replay-server");
        t.setDaemon(true);
        t.start();
    }

    public int port() {
        return socket.getLocalPort();
    }

    /** Client frames received so far (complete when {@link #finished()} completes). */
    public List<byte[]> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public CompletableFuture<Void> finished() {
        return done;
    }

    private void serve(CaptureScript script, int idleMillis) {
        try (Socket s = socket.accept()) {
            s.setSoTimeout(idleMillis);
            s.setTcpNoDelay(true);
            DataInputStream in = new DataInputStream(s.getInputStream());
            OutputStream out = s.getOutputStream();
            for (CaptureScript.Frame f : script.frames()) {
                if (f.fromClient()) {
                    received.add(readFrame(in));
                } else {
                    out.write(f.bytes());
                    out.flush();
                }
            }
            while (true) {
                received.add(readFrame(in));
            }
        } catch (EOFException | SocketTimeoutException e) {
            // the client closed, or went quiet: the session is over
        } catch (IOException e) {
            // connection reset by the client: over as well
        } finally {
            done.complete(null);
        }
    }

    private static byte[] readFrame(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] header = new byte[4];
        data.readFully(header);
        int length = (header[0] & 0xFF) | (header[1] & 0xFF) << 8 | (header[2] & 0xFF) << 16 | (header[3] & 0xFF) << 24;
        if (length < 8 || length > 1 << 20) {
            throw new IOException("bad frame length " + length);
        }
        ByteArrayOutputStream frame = new ByteArrayOutputStream(length);
        frame.write(header);
        byte[] rest = new byte[length - 4];
        data.readFully(rest);
        frame.write(rest);
        return frame.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
