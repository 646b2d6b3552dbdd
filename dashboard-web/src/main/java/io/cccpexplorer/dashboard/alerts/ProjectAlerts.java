package io.cccpexplorer.dashboard.alerts;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The alert rules applied to one project's live figures. {@link #evaluate} is called with every figure at regular
 * ticks; a figure past a limit for the threshold's {@code hold} raises an alert (or raises it to alarm), a figure
 * back on the good side for {@code clearAfter} lowers or clears it. Each change is told to the listener, in order,
 * while the engine's lock is held. Thread-safe; the clock decides every time.
 */
public final class ProjectAlerts {

    private static final Comparator<Alert> WORST_FIRST = Comparator.comparing(Alert::level).reversed()
            .thenComparing(Alert::raised).thenComparingLong(Alert::id);

    private final String project;
    private final AlertRules rules;
    private final Clock clock;
    private final LongSupplier ids;
    private final Consumer<AlertChange> listener;
    private final int recentLimit;
    private final Map<Key, Watch> watches = new HashMap<>();
    private final Deque<Alert> recent = new ArrayDeque<>();

    private record Key(Subject subject, AlertMetric metric) {
    }

    /** What the engine remembers about one figure: since when each limit has been crossed, or not. */
    private static final class Watch {
        final Threshold threshold;
        final OffsetDateTime[] badSince = new OffsetDateTime[Severity.values().length];
        final OffsetDateTime[] goodSince = new OffsetDateTime[Severity.values().length];
        Alert alert;

        Watch(Threshold threshold) {
            this.threshold = threshold;
        }

        boolean idle() {
            return alert == null && badSince[0] == null && badSince[1] == null;
        }
    }

    /**
     * @param ids the dashboard-wide alert numbering
     * @param recentLimit how many cleared alerts to keep for {@code /api/alerts}
     */
    public ProjectAlerts(String project, AlertRules rules, Clock clock, LongSupplier ids,
                         Consumer<AlertChange> listener, int recentLimit) {
        this.project = project;
        this.rules = rules;
        this.clock = clock;
        this.ids = ids;
        this.listener = listener;
        this.recentLimit = recentLimit;
    }

    public String project() {
        return project;
    }

    /**
     * Applies the project's figures of this moment. A figure that was watched and is absent now (a queue that
     * went away, an agent who logged out) counts as back to normal.
     */
    public synchronized void evaluate(Collection<Reading> readings) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Key, Reading> seen = new HashMap<>();
        for (Reading r : readings) {
            Key key = new Key(r.subject(), r.metric());
            Watch w = watches.get(key);
            if (w == null) {
                Optional<Threshold> t = rules.threshold(project, r.subject(), r.metric());
                if (t.isEmpty()) {
                    continue;
                }
                w = new Watch(t.get());
                watches.put(key, w);
            }
            seen.put(key, r);
            step(key, w, r.value(), true, now);
        }
        for (Iterator<Map.Entry<Key, Watch>> it = watches.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, Watch> e = it.next();
            if (!seen.containsKey(e.getKey())) {
                step(e.getKey(), e.getValue(), Double.NaN, false, now);
            }
            if (e.getValue().idle()) {
                it.remove();   // nothing to remember: keeps the map as small as the trouble
            }
        }
    }

    /**
     * Acknowledges an open alert: it stays open (and red) until it clears, but screens stop ringing for it.
     *
     * @return the acknowledged alert, or empty when no open alert has this id
     */
    public synchronized Optional<Alert> acknowledge(long id, String user) {
        for (Watch w : watches.values()) {
            if (w.alert != null && w.alert.id() == id) {
                if (w.alert.acknowledgedBy() == null) {
                    w.alert = w.alert.acknowledgedBy(user, OffsetDateTime.now(clock));
                    listener.accept(new AlertChange(AlertChange.Kind.ACKNOWLEDGED, w.alert));
                }
                return Optional.of(w.alert);
            }
        }
        return Optional.empty();
    }

    /** Clears every open alert with {@code reason} and forgets every figure (the project stops being read). */
    public synchronized void clearAll(String reason) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Watch w : watches.values()) {
            if (w.alert != null) {
                clear(w, now, reason);
            }
        }
        watches.clear();
    }

    /** Open alerts, worst and oldest first. */
    public synchronized List<Alert> open() {
        List<Alert> open = new ArrayList<>();
        for (Watch w : watches.values()) {
            if (w.alert != null) {
                open.add(w.alert);
            }
        }
        open.sort(WORST_FIRST);
        return open;
    }

    /** Cleared alerts, newest first. */
    public synchronized List<Alert> recent() {
        return List.copyOf(recent);
    }

    private void step(Key key, Watch w, double value, boolean present, OffsetDateTime now) {
        for (Severity s : Severity.values()) {
            boolean bad = present && w.threshold.breached(key.metric(), s, value);
            int i = s.ordinal();
            if (bad) {
                w.goodSince[i] = null;
                if (w.badSince[i] == null) {
                    w.badSince[i] = now;
                }
            } else {
                w.badSince[i] = null;
                if (w.goodSince[i] == null) {
                    w.goodSince[i] = now;
                }
            }
        }
        Severity current = w.alert == null ? null : w.alert.level();
        Severity next = null;
        for (int i = Severity.values().length - 1; i >= 0 && next == null; i--) {
            Severity s = Severity.values()[i];
            if (w.threshold.limit(s) == null) {
                continue;
            }
            boolean reached = current != null && current.compareTo(s) >= 0;
            if (w.badSince[i] != null) {
                if (reached || !Duration.between(w.badSince[i], now).minus(w.threshold.hold()).isNegative()) {
                    next = s;
                }
            } else if (reached && Duration.between(w.goodSince[i], now).compareTo(w.threshold.clearAfter()) < 0) {
                next = s;   // hysteresis: not back to normal for long enough yet
            }
        }
        if (next == current) {
            return;
        }
        if (next == null) {
            clear(w, now, Alert.RECOVERED);
        } else if (current == null) {
            w.alert = new Alert(ids.getAsLong(), project, key.subject(), key.metric(), next, value,
                    w.threshold.limit(next), now, now, null, null, null, null);
            listener.accept(new AlertChange(AlertChange.Kind.RAISED, w.alert));
        } else {
            w.alert = w.alert.withLevel(next, present ? value : w.alert.value(), w.threshold.limit(next), now);
            listener.accept(new AlertChange(AlertChange.Kind.CHANGED, w.alert));
        }
    }

    private void clear(Watch w, OffsetDateTime now, String reason) {
        Alert cleared = w.alert.clearedAt(now, reason);
        w.alert = null;
        recent.addFirst(cleared);
        while (recent.size() > recentLimit) {
            recent.removeLast();
        }
        listener.accept(new AlertChange(AlertChange.Kind.CLEARED, cleared));
    }
}
