package io.cccpexplorer.simulator.db;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The in-memory object database of a dispatch ({@code ccenter_dispatch_db}): the root (object id 0) and every
 * object reachable from it, addressable by id, navigable by field name. Changes are collected and handed to the
 * listeners by {@link #commit()}, so that one record (or one tick of records) produces one consistent batch.
 * Confined to one thread (the project's database thread); nothing here is synchronized.
 */
public final class DispatchDatabase {

    /**
     * First id of the objects the simulator infers and the dispatch never creates from the same records (queues,
     * file tasks and what they own): observed, the vendor's dispatch replaying ccxml logs creates none of them, so
     * they take ids from their own counter and leave the dispatch's single counter (protocol-spec §9.1) untouched;
     * every object both create then has the dispatch's id.
     */
    public static final int INFERRED_IDS = 0x4000_0000;

    /** The class of the root object. */
    public static final String ROOT_CLASS = "ccenter_dispatch_db";

    private final Schema schema;
    private final DbObject root;
    private final Map<Integer, DbObject> objects = new HashMap<>();
    private final List<DatabaseListener> listeners = new CopyOnWriteArrayList<>();
    private List<DatabaseChange> pending = new ArrayList<>();
    private int nextId = 1;
    private int nextInferredId = INFERRED_IDS;
    private java.time.Clock statisticsClock = java.time.Clock.systemUTC();
    private java.time.ZoneOffset statisticsOffset = java.time.ZoneOffset.UTC;
    /** The first instant the statistics may have been sampled at (epoch seconds); by default, always. */
    private long sampledFrom = Long.MIN_VALUE / 2;

    public DispatchDatabase() {
        this(Schema.dispatch());
    }

    public DispatchDatabase(Schema schema) {
        this.schema = schema;
        this.root = new DbObject(this, 0, schema.classNamed(ROOT_CLASS));
        objects.put(0, root);
    }

    /** The clock and offset that say which day statistic queries answer for (the server's; default UTC now). */
    public void statisticsTime(java.time.Clock clock, java.time.ZoneOffset offset) {
        this.statisticsClock = java.util.Objects.requireNonNull(clock, "clock");
        this.statisticsOffset = java.util.Objects.requireNonNull(offset, "offset");
    }

    /**
     * The latest start, up to now, of a statistic period that starts {@code minutes} after midnight in the server's
     * offset (epoch seconds; see protocol-spec §9.2).
     */
    public long statisticsSince(int minutes) {
        long now = statisticsClock.instant().getEpochSecond() + statisticsOffset.getTotalSeconds();
        long start = Math.floorDiv(now, 86_400L) * 86_400L + minutes * 60L;
        while (start > now) {
            start -= 86_400L;
        }
        while (start + 86_400L <= now) {
            start += 86_400L;
        }
        return start - statisticsOffset.getTotalSeconds();
    }

    /**
     * The server serving this database started at {@code start}: the statistics are sampled at every whole minute
     * after it (see {@link #sampledBetween}). Until called, they count as sampled at every whole minute.
     */
    public void statisticsSampledFrom(java.time.Instant start) {
        this.sampledFrom = start.getEpochSecond() + 1;
    }

    /**
     * Whether the statistics were sampled between {@code from} and {@code to} (epoch seconds, both included).
     * Observed on the dispatch: a statistic query's {@code max} counts the values set in its period and the values
     * the statistic held at each whole minute while the dispatch ran — started at 02:21:16 and replaying days of
     * February, it answered {@code logged.max('0')} 0 until 02:22:00 and the present {@code current} (1) from then
     * on; started at 02:24:40, from 02:25:00.
     */
    public boolean sampledBetween(long from, long to) {
        long first = Math.max(from, sampledFrom);
        return Math.floorDiv(first + 59, 60) * 60 <= to;   // the first whole minute at or after it
    }

    /** The start of the server's day (midnight in its offset) that holds {@code epochSecond}, epoch seconds. */
    public long dayStart(long epochSecond) {
        long offset = statisticsOffset.getTotalSeconds();
        return Math.floorDiv(epochSecond + offset, 86_400L) * 86_400L - offset;
    }

    /** The statistics clock's present time, epoch seconds. */
    public long statisticsNow() {
        return statisticsClock.instant().getEpochSecond();
    }

    public Schema schema() {
        return schema;
    }

    /** The root object, id 0. */
    public DbObject root() {
        return root;
    }

    /** The live object with this id, or {@code null}. */
    public DbObject find(int objectId) {
        return objects.get(objectId);
    }

    /** Number of live objects, the root included. */
    public int objectCount() {
        return objects.size();
    }

    /** Creates a detached object with a fresh id; put it in a list with {@link DbList#add}. */
    public DbObject newObject(String className) {
        return newObject(className, false);
    }

    /**
     * Creates a detached object with a fresh id of the dispatch's counter, or of the inferred objects' counter
     * ({@link #INFERRED_IDS}) when {@code inferred}.
     */
    public DbObject newObject(String className, boolean inferred) {
        int id;
        if (inferred) {
            id = nextInferredId++;
        } else {
            id = nextId++;
            if (id == 0 || id == INFERRED_IDS) {
                throw new IllegalStateException("the dispatch's object ids reached the inferred objects' range");
            }
        }
        DbObject o = new DbObject(this, id, schema.classNamed(className));
        objects.put(id, o);
        return o;
    }

    /**
     * Removes {@code o} from its list (if any) and forgets it and every object its lists own; queries on them
     * fall silent and references to them read as null. Only the removal from the father's list is reported as
     * a list change; the owned objects go silently with their owner.
     */
    public void delete(DbObject o) {
        if (o == root || o.isDeleted()) {
            return;
        }
        if (o.ownerList() != null) {
            o.ownerList().remove(o);
        }
        forget(o);
        pending.add(new DatabaseChange.ObjectDeleted(o));
    }

    private void forget(DbObject o) {
        o.markDeleted();
        objects.remove(o.id());
        for (FieldDef f : o.classDef().fields()) {
            if (f.kind() == FieldKind.LIST && o.hasList(f)) {
                for (DbObject child : o.list(f).items()) {
                    forget(child);
                }
            }
        }
    }

    public void addListener(DatabaseListener listener) {
        listeners.add(listener);
    }

    public void removeListener(DatabaseListener listener) {
        listeners.remove(listener);
    }

    /** Hands the changes made since the last commit to the listeners. */
    public void commit() {
        if (pending.isEmpty()) {
            return;
        }
        List<DatabaseChange> batch = pending;
        pending = new ArrayList<>();
        for (DatabaseListener l : listeners) {
            l.onCommit(batch);
        }
    }

    /** True if changes wait for {@link #commit()}. */
    public boolean hasPendingChanges() {
        return !pending.isEmpty();
    }

    void fieldChanged(DbObject o, FieldDef field) {
        pending.add(new DatabaseChange.FieldChanged(o, field));
    }

    void itemInserted(DbList list, DbObject item, int rank) {
        pending.add(new DatabaseChange.ItemInserted(list, item, rank));
    }

    void itemRemoved(DbList list, DbObject item, int rank) {
        pending.add(new DatabaseChange.ItemRemoved(list, item, rank));
    }
}
