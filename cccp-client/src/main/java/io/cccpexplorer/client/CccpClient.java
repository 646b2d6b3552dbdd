package io.cccpexplorer.client;

import io.cccpexplorer.client.internal.ClientResources;
import io.cccpexplorer.client.internal.ConnectionCore;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Entry point: owns the resources shared by many connections (Netty event loops, a wheel timer, the pool behind
 * the listener executors). Create one per application and close it last; closing it closes its connections.
 *
 * <pre>{@code
 * try (CccpClient client = CccpClient.create()) {
 *     CccpConnection conn = client.connect(ServerAddress.of("127.0.0.1", 20103), Credentials.of(login, password),
 *             ConnectionOptions.defaults()).toCompletableFuture().get();
 *     List<Row> agents = conn.listRows(ListQuery.of(0, "sessions").filter(".[session_type eq 3]"),
 *             RowFormat.of("session_id", "user.login")).toCompletableFuture().get();
 * }
 * }</pre>
 */
public final class CccpClient implements AutoCloseable {

    private final ClientResources resources;
    private final Set<CccpConnection> connections = ConcurrentHashMap.newKeySet();

    private CccpClient(CccpClientOptions options) {
        this.resources = ClientResources.create(options.ioThreads());
    }

    /** @return a client with {@link CccpClientOptions#defaults()} */
    public static CccpClient create() {
        return create(CccpClientOptions.defaults());
    }

    /**
     * @param options the shared resources' settings
     * @return a client; close it when done
     */
    public static CccpClient create(CccpClientOptions options) {
        return new CccpClient(Objects.requireNonNull(options, "options"));
    }

    /**
     * Connects and logs in. The stage completes once the connection is READY, or fails with
     * {@link CccpLoginException} (refused login, never retried), {@link CccpTimeoutException} (handshake deadline)
     * or {@link CccpConnectionException} after {@link ConnectionOptions#initialConnectAttempts()} attempts.
     *
     * @param address     where the server listens
     * @param credentials the login
     * @param options     how the connection behaves
     * @return the connection, once READY
     */
    public CompletionStage<CccpConnection> connect(ServerAddress address, Credentials credentials,
                                                   ConnectionOptions options) {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(options, "options");
        ConnectionCore core = resources.open(address, credentials, options);
        CccpConnection connection = new CccpConnection(core);
        connections.add(connection);
        core.addStateListener((previous, current, cause) -> {
            if (current == ConnectionState.CLOSED) {
                connections.remove(connection);
            }
        });
        return core.start().thenApply(ignored -> connection);
    }

    /** Closes every connection, then the shared threads. */
    @Override
    public void close() {
        for (CccpConnection c : connections) {
            c.close();
        }
        resources.close();
    }
}
