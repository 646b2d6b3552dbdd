package io.cccpexplorer.simulator.db;

/** One change of the database, reported to {@link DatabaseListener}s when a batch of changes is committed. */
public sealed interface DatabaseChange {

    /** A scalar or reference field of {@code object} took a new value. */
    record FieldChanged(DbObject object, FieldDef field) implements DatabaseChange {
    }

    /** {@code item} entered {@code list} at position {@code rank}. */
    record ItemInserted(DbList list, DbObject item, int rank) implements DatabaseChange {
    }

    /** {@code item} left {@code list}; it was at position {@code rank}. */
    record ItemRemoved(DbList list, DbObject item, int rank) implements DatabaseChange {
    }

    /** {@code object} was deleted (it was removed from its list first). */
    record ObjectDeleted(DbObject object) implements DatabaseChange {
    }
}
