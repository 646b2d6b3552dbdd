package io.cccpexplorer.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cccpexplorer.protocol.blob.NamespaceTable;
import io.cccpexplorer.protocol.explorer.ConnectionOk;
import io.cccpexplorer.protocol.explorer.ExplorerCodec;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A malformed frame during the handshake fails {@code connect()} with the client's own exception: it used to
 * surface as cccp-protocol's {@code CccpCodecException}, a type outside the API (found by the fuzz/soak tool).
 */
class MalformedHandshakeTest {

    @Test
    void aMalformedConnectionOkIsAConnectionExceptionNamingTheFrame() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             CccpClient client = CccpClient.create(new CccpClientOptions(1))) {
            CompletableFuture<Void> served = CompletableFuture.runAsync(() -> {
                try (Socket s = server.accept()) {
                    InputStream in = s.getInputStream();
                    in.readNBytes(8);   // the client's initialize header is enough to answer
                    OutputStream out = s.getOutputStream();
                    out.write(truncatedConnectionOk());
                    out.flush();
                    in.read();          // until the client hangs up
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            CompletableFuture<CccpConnection> connect = client.connect(
                    ServerAddress.of("127.0.0.1", server.getLocalPort()), Credentials.of("a", "b"),
                    ConnectionOptions.defaults().withReconnect(false)).toCompletableFuture();

            assertThatThrownBy(() -> connect.get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(CccpConnectionException.class).hasMessageContaining("malformed frame");
            served.get(10, TimeUnit.SECONDS);
        }
    }

    /** A connection_ok whose arguments stop two bytes in: its date cannot be read. */
    private static byte[] truncatedConnectionOk() {
        ByteBuf buf = Unpooled.buffer();
        ExplorerCodec.encode(new ConnectionOk(0x020A008C, CccpDate.NIL), buf, new NamespaceTable());
        byte[] whole = new byte[buf.readableBytes()];
        buf.readBytes(whole);
        buf.release();
        byte[] cut = java.util.Arrays.copyOf(whole, 10);
        cut[0] = 10;
        cut[1] = 0;
        cut[2] = 0;
        cut[3] = 0;
        assertThat(whole.length).isGreaterThan(10);
        return cut;
    }
}
