package io.cccpexplorer.simulator.db;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The value of a list field: an ordered collection of objects owned by one object. Insertions and removals are
 * reported to the database with the item's rank. Ranks are found by an identity scan: from the end for lookups
 * (live queries mostly ask about recent items) and from the front for removals (the oldest items go first).
 */
public final class DbList {

    private final DispatchDatabase db;
    private final DbObject owner;
    private final FieldDef field;
    private final List<DbObject> items = new ArrayList<>();

    DbList(DispatchDatabase db, DbObject owner, FieldDef field) {
        this.db = db;
        this.owner = owner;
        this.field = field;
    }

    public DbObject owner() {
        return owner;
    }

    public FieldDef field() {
        return field;
    }

    public int size() {
        return items.size();
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public DbObject get(int index) {
        return items.get(index);
    }

    public DbObject first() {
        return items.isEmpty() ? null : items.get(0);
    }

    public DbObject last() {
        return items.isEmpty() ? null : items.get(items.size() - 1);
    }

    /** A read-only view of the items, in order. */
    public List<DbObject> items() {
        return Collections.unmodifiableList(items);
    }

    public boolean contains(DbObject o) {
        return o.ownerList() == this;
    }

    /** The position of {@code o}, or -1. */
    public int indexOf(DbObject o) {
        if (o.ownerList() != this) {
            return -1;
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) == o) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Creates an object of class {@code className} at the end of this list; the objects of an inferred object's
     * lists are inferred too (see {@link DispatchDatabase#INFERRED_IDS}).
     */
    public DbObject append(String className) {
        DbObject o = db.newObject(className, owner.isInferred());
        add(o);
        return o;
    }

    /** Creates an inferred object (an object the dispatch does not create) at the end of this list. */
    public DbObject appendInferred(String className) {
        DbObject o = db.newObject(className, true);
        add(o);
        return o;
    }

    /** Appends a detached object. */
    public void add(DbObject o) {
        if (o.ownerList() != null) {
            throw new IllegalStateException(o + " is already in a list");
        }
        o.attach(this);
        items.add(o);
        db.itemInserted(this, o, items.size() - 1);
    }

    /** Removes {@code o} from this list (the object itself lives on until deleted). */
    public boolean remove(DbObject o) {
        if (o.ownerList() != this) {
            return false;
        }
        int rank = 0;
        while (items.get(rank) != o) {
            rank++;
        }
        items.remove(rank);
        o.detach();
        db.itemRemoved(this, o, rank);
        return true;
    }

    @Override
    public String toString() {
        return owner + "." + field.name() + "[" + items.size() + "]";
    }
}
