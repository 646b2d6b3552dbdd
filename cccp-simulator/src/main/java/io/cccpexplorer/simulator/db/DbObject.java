package io.cccpexplorer.simulator.db;

import io.cccpexplorer.protocol.wire.CccpDate;
import java.util.Objects;

/**
 * One object of the dispatch database: a stable u32 id, a class, a father (the object whose list holds it), and
 * one value per field of its class. Every change goes through {@link DispatchDatabase} so that live queries
 * hear about it. Not thread safe: a database is confined to one thread.
 */
public final class DbObject {

    private final DispatchDatabase db;
    private final int id;
    private final ClassDef classDef;
    private final Object[] values;
    private DbList ownerList;
    private boolean deleted;
    private StatisticTally tally;

    DbObject(DispatchDatabase db, int id, ClassDef classDef) {
        this.db = db;
        this.id = id;
        this.classDef = classDef;
        this.values = new Object[classDef.fieldCount()];
    }

    public int id() {
        return id;
    }

    public ClassDef classDef() {
        return classDef;
    }

    public DispatchDatabase database() {
        return db;
    }

    /** The object holding the list this object is in; {@code null} for the root or a detached object. */
    public DbObject father() {
        return ownerList == null ? null : ownerList.owner();
    }

    /** The list holding this object, or {@code null}. */
    public DbList ownerList() {
        return ownerList;
    }

    /** Position in the father's list, or -1 when not in a list. */
    public int rank() {
        return ownerList == null ? -1 : ownerList.indexOf(this);
    }

    /** The hidden accumulators of a statistic object (created on first use); see {@link StatisticTally}. */
    public StatisticTally tally() {
        if (tally == null) {
            tally = new StatisticTally();
        }
        return tally;
    }

    /** True for an object the simulator infers and the dispatch does not create (its own id range). */
    public boolean isInferred() {
        return Integer.compareUnsigned(id, DispatchDatabase.INFERRED_IDS) >= 0;
    }

    public boolean isDeleted() {
        return deleted;
    }

    /**
     * The raw value of a field: Integer (uint32/int32), Long (uint64), Double, Boolean, String, CccpDate,
     * DbObject (references) or DbList; defaults (0, "", false, nil date) for scalar fields never set,
     * {@code null} for a null reference.
     */
    public Object get(FieldDef field) {
        Object v = values[field.slot()];
        if (v instanceof DbObject target && target.isDeleted()) {
            return null;   // a reference to a deleted object reads as the null reference
        }
        if (v != null) {
            return v;
        }
        return switch (field.kind()) {
            case UINT32, INT32 -> 0;
            case UINT64 -> 0L;
            case REAL -> 0.0;
            case BOOLEAN -> Boolean.FALSE;
            case STRING -> "";
            case DATE -> CccpDate.NIL;
            case LIST -> list(field);
            case INTERNAL_REF, DIRECT_REF -> null;
        };
    }

    /** The raw value of the field called {@code name}; see {@link #get(FieldDef)}. */
    public Object get(String name) {
        return get(classDef.require(name));
    }

    public String string(String name) {
        return (String) get(name);
    }

    public int u32(String name) {
        return (Integer) get(name);
    }

    public CccpDate date(String name) {
        return (CccpDate) get(name);
    }

    public boolean bool(String name) {
        return (Boolean) get(name);
    }

    public DbObject ref(String name) {
        return (DbObject) get(name);
    }

    /** The list held by a list field (created empty on first use). */
    public DbList list(String name) {
        return list(classDef.require(name));
    }

    boolean hasList(FieldDef field) {
        return values[field.slot()] != null;
    }

    DbList list(FieldDef field) {
        if (field.kind() != FieldKind.LIST) {
            throw new IllegalArgumentException(classDef + "." + field.name() + " is not a list");
        }
        DbList l = (DbList) values[field.slot()];
        if (l == null) {
            l = new DbList(db, this, field);
            values[field.slot()] = l;
        }
        return l;
    }

    /**
     * Sets a scalar or reference field; records a change only if the value differs. Numbers are accepted as
     * any {@link Number}, a {@code null} string is stored as "", a {@code null} date as the nil date.
     *
     * @return this object, for chaining
     */
    public DbObject set(String name, Object value) {
        FieldDef field = classDef.require(name);
        Object normalized = normalize(field, value);
        if (!Objects.equals(get(field), normalized)) {
            values[field.slot()] = normalized;
            db.fieldChanged(this, field);
        }
        return this;
    }

    private Object normalize(FieldDef field, Object value) {
        return switch (field.kind()) {
            case UINT32, INT32 -> ((Number) Objects.requireNonNullElse(value, 0)).intValue();
            case UINT64 -> ((Number) Objects.requireNonNullElse(value, 0L)).longValue();
            case REAL -> ((Number) Objects.requireNonNullElse(value, 0.0)).doubleValue();
            case BOOLEAN -> Objects.requireNonNullElse(value, Boolean.FALSE);
            case STRING -> Objects.requireNonNullElse(value, "");
            case DATE -> Objects.requireNonNullElse(value, CccpDate.NIL);
            case INTERNAL_REF, DIRECT_REF -> value;
            case LIST -> throw new IllegalArgumentException(classDef + "." + name(field) + " is a list: use list()");
        };
    }

    private static String name(FieldDef f) {
        return f.name();
    }

    void attach(DbList list) {
        this.ownerList = list;
    }

    void detach() {
        this.ownerList = null;
    }

    void markDeleted() {
        this.deleted = true;
    }

    @Override
    public String toString() {
        return classDef.name() + "#" + Integer.toUnsignedString(id);
    }
}
