package io.cccpexplorer.examples;

import io.cccpexplorer.client.CccpConnection;
import io.cccpexplorer.client.ConnectionState;
import io.cccpexplorer.client.ConnectionStateListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Tasks 4 to 6 seen from the application: a server restart, a wrong port, a silent server. The client does the
 * work (reconnect, clear errors, liveness); the application only watches the state and says why it changed.
 */
public final class ConnectionWatch implements ConnectionStateListener {

    private final List<String> changes = new CopyOnWriteArrayList<>();
    private final Consumer<String> out;

    /** @param out where state changes are told */
    public ConnectionWatch(Consumer<String> out) {
        this.out = out;
    }

    /**
     * @param connection the connection to watch
     * @param out        where state changes are told
     * @return the watch, registered
     */
    public static ConnectionWatch of(CccpConnection connection, Consumer<String> out) {
        ConnectionWatch watch = new ConnectionWatch(out);
        connection.addStateListener(watch);
        return watch;
    }

    @Override
    public void onStateChange(ConnectionState previous, ConnectionState current, Throwable cause) {
        String line = current + (cause == null ? "" : " (" + cause.getMessage() + ")");
        changes.add(line);
        out.accept(line);
    }

    /** @return every change so far, as {@code STATE (reason)} */
    public List<String> changes() {
        return List.copyOf(changes);
    }
}
