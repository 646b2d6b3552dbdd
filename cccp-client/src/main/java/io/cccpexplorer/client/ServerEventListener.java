package io.cccpexplorer.client;

/** Receives the events a server pushes ({@code server_event}), in order, on the connection's event executor. */
@FunctionalInterface
public interface ServerEventListener {

    /** @param event the event the server pushed */
    void onServerEvent(CccpEvent event);
}
