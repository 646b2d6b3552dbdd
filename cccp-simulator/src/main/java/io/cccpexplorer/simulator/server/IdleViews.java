package io.cccpexplorer.simulator.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shared views that lost their last subscriber, kept a while (still updated by every commit) so that the same query
 * asked again joins a view already evaluated: a script that runs {@code ccenter_report} for the same list every few
 * seconds, or a dashboard's refresh, costs its query's answer, not a new evaluation of every member. Bounded in time
 * and in number; past either bound the view that has been idle longest goes. Confined to the project's database
 * thread.
 *
 * @param <K> what identifies a view
 */
final class IdleViews<K> {

    private final long lingerMillis;
    private final int max;
    /** Each idle view's key and when it became idle, the longest idle first. */
    private final LinkedHashMap<K, Long> idleSince = new LinkedHashMap<>();

    /**
     * @param linger how long an idle view is kept; zero keeps none
     * @param max    how many idle views are kept at most
     */
    IdleViews(Duration linger, int max) {
        if (linger.isNegative() || max < 0) {
            throw new IllegalArgumentException("linger " + linger + ", max " + max + " (expected: not negative)");
        }
        this.lingerMillis = linger.toMillis();
        this.max = lingerMillis == 0 ? 0 : max;
    }

    /**
     * {@code key}'s view lost its last subscriber at {@code nowMillis}: it is kept if the bounds allow.
     *
     * @return the keys whose views are to be discarded now ({@code key} itself when none is kept)
     */
    List<K> idle(K key, long nowMillis) {
        idleSince.remove(key);
        idleSince.put(key, nowMillis);
        List<K> discard = new ArrayList<>();
        Iterator<K> longestIdle = idleSince.keySet().iterator();
        while (idleSince.size() > max) {
            discard.add(longestIdle.next());
            longestIdle.remove();
        }
        return discard;
    }

    /** {@code key}'s view is no longer idle: held again, or discarded. */
    void remove(K key) {
        idleSince.remove(key);
    }

    /** Removes and returns the keys idle for the linger time or longer at {@code nowMillis}. */
    List<K> expired(long nowMillis) {
        List<K> expired = new ArrayList<>();
        Iterator<Map.Entry<K, Long>> longestIdle = idleSince.entrySet().iterator();
        while (longestIdle.hasNext()) {
            Map.Entry<K, Long> e = longestIdle.next();
            if (nowMillis - e.getValue() < lingerMillis) {
                break;   // the rest became idle later
            }
            expired.add(e.getKey());
            longestIdle.remove();
        }
        return expired;
    }

    int size() {
        return idleSince.size();
    }
}
