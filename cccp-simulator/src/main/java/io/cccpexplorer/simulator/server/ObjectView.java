package io.cccpexplorer.simulator.server;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;
import io.cccpexplorer.protocol.objects.ObjectValue;
import io.cccpexplorer.protocol.objects.ProtocolObject;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.FormatEvaluator;
import io.cccpexplorer.simulator.query.RecordingVisits;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One object seen through one format, shared by every live {@code query_object} asking for that pair (50
 * dashboards holding the same agent cost one evaluation per change, not 50). Every subscriber has been sent
 * exactly {@link #values()}: it got them in full when it joined and every change since, so one delta serves all.
 * Confined to the project's database thread.
 */
final class ObjectView {

    /**
     * What identifies a view: the object and the format (formats of different clients compare by value). The
     * hash is computed once: a format's own hash walks its whole field tree.
     */
    static final class Key {

        private final DbObject target;
        private final ObjectFormat format;
        private final int hash;

        Key(DbObject target, ObjectFormat format) {
            this.target = target;
            this.format = format;
            this.hash = 31 * System.identityHashCode(target) + format.hashCode();
        }

        DbObject target() {
            return target;
        }

        ObjectFormat format() {
            return format;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.target == target && k.hash == hash
                    && (k.format == format || k.format.equals(format));
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private final Key key;
    private final boolean readsTheClock;
    private final Set<ObjectQuery> subscribers = new LinkedHashSet<>();
    private Map<Integer, FieldValue> values = Map.of();
    private Set<DbObject> visited = Set.of();

    ObjectView(Key key) {
        this.key = key;
        this.readsTheClock = hasStatisticQuery(key.format().fields());
    }

    /**
     * Whether the format holds a statistic query, whose answer depends on when it is evaluated (the period it counts
     * from), not only on the objects it read: such a view is not kept idle, where no commit would tell it that a
     * new period began, and the same query asked again is evaluated anew, as the dispatch answers it.
     */
    boolean readsTheClock() {
        return readsTheClock;
    }

    private static boolean hasStatisticQuery(List<FormatField> fields) {
        for (FormatField f : fields) {
            if (f.query() != null || hasStatisticQuery(f.fields())) {
                return true;
            }
        }
        return false;
    }

    Key key() {
        return key;
    }

    DbObject target() {
        return key.target();
    }

    /** The leaves that have a value, by field index, in format order. */
    Map<Integer, FieldValue> values() {
        return values;
    }

    /** The objects the last evaluation read: a change to one of them may change the values. */
    Set<DbObject> visited() {
        return visited;
    }

    /** Evaluates the format afresh; returns the leaves whose value differs from the previous evaluation. */
    ProtocolObject evaluate() {
        RecordingVisits visits = new RecordingVisits();
        visits.visit(key.target());
        Map<Integer, FieldValue> now = FormatEvaluator.evaluate(key.format(), key.target(), visits);
        List<ObjectValue> delta = new ArrayList<>();
        now.forEach((index, value) -> {
            if (!Objects.equals(values.get(index), value)) {
                delta.add(new ObjectValue(index, value));
            }
        });
        // a leaf that vanished (e.g. a reference became null) cannot be sent; it is simply absent from the new
        // values, so its return is sent as a change
        values = now;
        visited = visits.visited();
        return new ProtocolObject(delta);
    }

    void subscribe(ObjectQuery q) {
        subscribers.add(q);
    }

    /** Returns true when nobody holds the view any more. */
    boolean unsubscribe(ObjectQuery q) {
        subscribers.remove(q);
        return subscribers.isEmpty();
    }

    /** A copy: subscribers may stop while being notified. */
    List<ObjectQuery> subscribers() {
        return new ArrayList<>(subscribers);
    }
}
