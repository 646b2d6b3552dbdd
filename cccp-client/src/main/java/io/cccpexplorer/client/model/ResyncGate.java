package io.cccpexplorer.client.model;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the resyncs of the model's four live lists into one resync of the model: after a reconnect every list
 * reloads and reports its own resync, and the model's listeners should hear one, once the last list is done; a
 * list that resyncs alone (its event queue overflowed) makes one at once. Used on the connection's event executor
 * only (state changes and list events are delivered there in order); synchronized for safety.
 */
final class ResyncGate<L> {

    private final List<L> lists;
    private final Set<L> reloading = new HashSet<>();

    ResyncGate(List<L> lists) {
        this.lists = List.copyOf(lists);
    }

    /** The connection left READY: every list will reload after the next login. */
    synchronized void connectionLost() {
        reloading.addAll(lists);
    }

    /** A list reported its resync; true when the model's listeners should hear one now. */
    synchronized boolean resynced(L list) {
        boolean wasReloading = reloading.remove(list);
        return !wasReloading || reloading.isEmpty();
    }
}
