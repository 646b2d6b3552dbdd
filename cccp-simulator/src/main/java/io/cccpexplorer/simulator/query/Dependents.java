package io.cccpexplorer.simulator.query;

import io.cccpexplorer.simulator.db.DbObject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which keys (queries, list members) depend on which objects: the objects their last evaluation looked at.
 * A commit then re-evaluates only the keys whose objects changed, whatever the size of the database.
 *
 * @param <K> what depends (compared by identity or equals)
 */
public final class Dependents<K> {

    private final Map<DbObject, Set<K>> byObject = new HashMap<>();
    private final Map<K, Set<DbObject>> objectsOf = new HashMap<>();

    /** Replaces what {@code key} depends on. */
    public void track(K key, Set<DbObject> objects) {
        Set<DbObject> old = objectsOf.get(key);
        if (old != null && old.size() == objects.size() && old.containsAll(objects)) {
            objectsOf.put(key, objects);   // the usual case on a re-evaluation: no index churn
            return;
        }
        forget(key);
        objectsOf.put(key, objects);
        for (DbObject o : objects) {
            byObject.computeIfAbsent(o, x -> new HashSet<>()).add(key);
        }
    }

    /** {@code key} depends on nothing any more. */
    public void forget(K key) {
        Set<DbObject> old = objectsOf.remove(key);
        if (old == null) {
            return;
        }
        for (DbObject o : old) {
            Set<K> keys = byObject.get(o);
            if (keys != null) {
                keys.remove(key);
                if (keys.isEmpty()) {
                    byObject.remove(o);
                }
            }
        }
    }

    /** Adds to {@code out} every key depending on one of {@code changed}. */
    public void collect(Collection<DbObject> changed, Set<K> out) {
        for (DbObject o : changed) {
            Set<K> keys = byObject.get(o);
            if (keys != null) {
                out.addAll(keys);
            }
        }
    }

    public int size() {
        return objectsOf.size();
    }
}
