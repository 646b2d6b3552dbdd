package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.config.Role;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Browser sessions in memory, keyed by an unguessable cookie value, expiring after {@code ttl} without requests.
 * Bounded: past {@code maxSessions} the least recently used session is dropped.
 */
public final class BrowserSessions {

    public static final String COOKIE = "cccp_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final Duration ttl;
    private final int maxSessions;
    private final Map<String, BrowserSession> sessions = new LinkedHashMap<>(16, 0.75f, true);

    public BrowserSessions(Clock clock, Duration ttl, int maxSessions) {
        this.clock = clock;
        this.ttl = ttl;
        this.maxSessions = maxSessions;
    }

    /** The live session with this id, refreshed; {@code null} when unknown or expired. */
    public synchronized BrowserSession find(String id) {
        if (id == null) {
            return null;
        }
        BrowserSession s = sessions.get(id);
        long now = clock.millis();
        if (s == null) {
            return null;
        }
        if (now - s.lastSeenMillis() > ttl.toMillis()) {
            sessions.remove(id);
            return null;
        }
        s.seen(now);
        return s;
    }

    /** A new session; {@code user}/{@code role} are {@code null} for a not-yet-logged-in browser. */
    public synchronized BrowserSession create(String user, Role role) {
        long now = clock.millis();
        expire(now);
        while (sessions.size() >= maxSessions) {
            Iterator<String> eldest = sessions.keySet().iterator();
            eldest.next();
            eldest.remove();
        }
        BrowserSession s = new BrowserSession(token(), token(), user, role, now);
        sessions.put(s.id(), s);
        return s;
    }

    public synchronized void remove(BrowserSession session) {
        sessions.remove(session.id());
    }

    public synchronized int size() {
        return sessions.size();
    }

    private void expire(long now) {
        sessions.values().removeIf(s -> now - s.lastSeenMillis() > ttl.toMillis());
    }

    private static String token() {
        byte[] b = new byte[24];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
