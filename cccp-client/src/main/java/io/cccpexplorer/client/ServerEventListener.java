package io.cccpexplorer.client;

/** Receives the events a server pushes ({@code server_event}), in order, on the connection's event executor. */
@FunctionalInterface
public interface ServerEventListener {

    void onServerEvent(CccpEvent event);
}
