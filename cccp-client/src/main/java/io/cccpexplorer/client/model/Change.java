package io.cccpexplorer.client.model;

import java.util.Objects;

/**
 * One change of the live model, or of what it reported about an ended call
 * ({@link ContactCenterListener#onCallEnded}).
 *
 * @param kind     added, updated or removed
 * @param previous the entity before the change, {@code null} when added
 * @param current  the entity after the change, {@code null} when removed
 * @param sequence the model's sequence number after this change (strictly increasing per {@link ContactCenter})
 */
public record Change<T>(ChangeKind kind, T previous, T current, long sequence) {

    /**
     * Checks that the entities present match the kind.
     *
     * @param kind     added, updated or removed
     * @param previous the entity before the change, {@code null} when added
     * @param current  the entity after the change, {@code null} when removed
     * @param sequence the model's sequence number after this change (strictly increasing per {@link ContactCenter})
     */
    public Change {
        Objects.requireNonNull(kind, "kind");
        if ((kind == ChangeKind.ADDED) != (previous == null) || (kind == ChangeKind.REMOVED) != (current == null)) {
            throw new IllegalArgumentException(kind + " with previous=" + previous + ", current=" + current);
        }
    }

    /** {@return the entity as it is now, or as it was when removed} */
    public T latest() {
        return current != null ? current : previous;
    }
}
