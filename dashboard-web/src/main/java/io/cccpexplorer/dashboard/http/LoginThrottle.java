package io.cccpexplorer.dashboard.http;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing: after {@code maxFailures} failed logins for one user name from one client address within
 * {@code window} (or ten times that many for the address, whatever the names), further attempts are refused until
 * the window has passed. Bounded in the number of keys tracked.
 */
public final class LoginThrottle {

    private static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Long>> failures = new LinkedHashMap<>(16, 0.75f, true);

    public LoginThrottle(Clock clock, int maxFailures, Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** True when this address may try to log in as this user now. */
    public synchronized boolean allowed(String address, String user) {
        return below(address + "\n" + user, maxFailures) && below(address, maxFailures * 10);
    }

    public synchronized void failed(String address, String user) {
        record(address + "\n" + user, maxFailures);
        record(address, maxFailures * 10);
    }

    public synchronized void succeeded(String address, String user) {
        failures.remove(address + "\n" + user);
    }

    private boolean below(String key, int limit) {
        Deque<Long> times = recent(key);
        return times == null || times.size() < limit;
    }

    private void record(String key, int limit) {
        Deque<Long> times = failures.computeIfAbsent(key, a -> new ArrayDeque<>());
        times.addLast(clock.millis());
        while (times.size() > limit) {
            times.removeFirst();
        }
        if (failures.size() > MAX_ADDRESSES) {
            Iterator<String> eldest = failures.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
    }

    private Deque<Long> recent(String address) {
        Deque<Long> times = failures.get(address);
        if (times == null) {
            return null;
        }
        long cutoff = clock.millis() - window.toMillis();
        while (!times.isEmpty() && times.peekFirst() < cutoff) {
            times.removeFirst();
        }
        if (times.isEmpty()) {
            failures.remove(address);
            return null;
        }
        return times;
    }
}
