package io.cccpexplorer.client;

import java.util.List;
import java.util.Optional;

/**
 * The named-value tree an explorer event may carry: a name and entries, each a scalar ({@link EventValue.Scalar})
 * or a nested tree. It is the client's own picture of the protocol's named object, so an embedder never handles a
 * {@code cccp-protocol} type.
 *
 * <p>Integers keep no wire width: on the way out an integer number is sent as {@code int_32} when it fits, as
 * {@code uint_32} when it is non-negative and fits, else as a real; {@link Value.Undefined} cannot be sent.
 *
 * @param name          the tree's name; {@code null} when the sender left it NULL
 * @param entries       its entries in wire order
 * @param interfaceType the type of an interface object (the protocol's subclass of a named object), {@code null}
 *                      for a plain named object
 */
public record EventObject(String name, List<EventValue> entries, String interfaceType) implements EventValue {

    /**
     * Copies the entries.
     *
     * @param name          the tree's name, or {@code null}
     * @param entries       its entries
     * @param interfaceType the interface type, or {@code null}
     */
    public EventObject {
        entries = List.copyOf(entries);
    }

    /**
     * A plain named object.
     *
     * @param name    the tree's name, or {@code null}
     * @param entries its entries
     */
    public EventObject(String name, List<EventValue> entries) {
        this(name, entries, null);
    }

    /**
     * @param entryName the name of an entry
     * @return the first entry with that name, if any
     */
    public Optional<EventValue> get(String entryName) {
        return entries.stream().filter(e -> entryName.equals(e.name())).findFirst();
    }
}
