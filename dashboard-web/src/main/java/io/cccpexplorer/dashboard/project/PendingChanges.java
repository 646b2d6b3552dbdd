package io.cccpexplorer.dashboard.project;

import io.cccpexplorer.client.model.ChangeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Objects (agents, calls, queues) changed since the hub's last coalesced push, each once with its latest state and
 * the kind of change the browsers need, in the order they first changed. Only adds and updates wait here: a
 * removal goes out at once (a browser may hold the object from its snapshot even when its add is still waiting
 * here), and it forgets what was waiting, so an add then a removal inside one period costs the browser one remove
 * it ignores. An add stays an add through later updates: the browsers have not been told of the object yet.
 * Not thread-safe: the hub's lock guards it.
 *
 * @param <K> the object's key (object id, queue name)
 * @param <T> the object as the model gives it
 */
final class PendingChanges<K, T> {

    /**
     * One object's waiting change.
     *
     * @param sinceMillis when its oldest waiting change arrived (the load tool measures change → frame from it)
     */
    record Pending<T>(ChangeKind kind, T latest, long sinceMillis) {
    }

    private final Map<K, Pending<T>> pending = new LinkedHashMap<>();

    /** An add or an update of {@code key}; a removal must go through {@link #removed}. */
    void changed(K key, ChangeKind kind, T latest, long nowMillis) {
        if (kind == ChangeKind.REMOVED) {
            throw new IllegalArgumentException("a removal is sent at once, not coalesced");
        }
        pending.merge(key, new Pending<>(kind, latest, nowMillis), (before, next) -> new Pending<>(
                before.kind() == ChangeKind.ADDED ? ChangeKind.ADDED : next.kind(), next.latest(),
                before.sinceMillis()));
    }

    /** {@code key} was removed and its removal is being sent now: nothing of it waits any more. */
    void removed(K key) {
        pending.remove(key);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    /** What waits, in the order the objects first changed; empties this. */
    List<Pending<T>> drain() {
        List<Pending<T>> all = new ArrayList<>(pending.values());
        pending.clear();
        return all;
    }

    /** What waits, by key (the queue rows are rendered from a fresh snapshot); empties this. */
    Map<K, Pending<T>> drainByKey() {
        Map<K, Pending<T>> all = new LinkedHashMap<>(pending);
        pending.clear();
        return all;
    }
}
