package io.cccpexplorer.protocol.blob;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable list a {@link BlobReader} returns for a list field: one exact-size array, wrapped once.
 *
 * <p>Records that hold lists copy them defensively with {@link #copyOf(List)}, which keeps a {@code DecodedList}
 * as it is: only the blob reader can make one, from an array nobody else sees, so a decoded list reaches its
 * record without the second copy {@link List#copyOf} would make. Any other list is copied as before.
 *
 * <p>Like {@link List#of}: no nulls, every mutator throws {@link UnsupportedOperationException}.
 */
public final class DecodedList<E> extends AbstractList<E> implements RandomAccess {

    private final Object[] elements;

    private DecodedList(Object[] elements) {
        this.elements = elements;
    }

    /** A list of {@code from..to} of {@code scratch}, copied once into an array of its own; no element is null. */
    static <E> List<E> copyOfRange(Object[] scratch, int from, int to) {
        return from == to ? List.of() : new DecodedList<>(Arrays.copyOfRange(scratch, from, to));
    }

    /**
     * An immutable copy of {@code list}: {@code list} itself when the blob reader made it (it cannot change), otherwise
     * {@link List#copyOf}. For the compact constructors of records.
     *
     * @param <E> the element type
     * @param list the list to keep
     * @return an immutable list with the same elements
     * @throws NullPointerException if {@code list} is or holds {@code null}
     */
    @SuppressWarnings("unchecked")
    public static <E> List<E> copyOf(List<? extends E> list) {
        return list instanceof DecodedList<?> ? (List<E>) list : List.copyOf(list);
    }

    @Override
    @SuppressWarnings("unchecked")
    public E get(int index) {
        Objects.checkIndex(index, elements.length);
        return (E) elements[index];
    }

    @Override
    public int size() {
        return elements.length;
    }

    @Override
    public Object[] toArray() {
        return elements.clone();
    }
}
