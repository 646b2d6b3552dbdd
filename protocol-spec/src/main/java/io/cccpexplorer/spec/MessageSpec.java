package io.cccpexplorer.spec;

import java.util.List;
import java.util.Objects;

/**
 * One message of an interface.
 *
 * @param id                the u32 message id (for the first message of a module: the module id)
 * @param name              the vendor's name without the interface prefix (e.g. {@code query_list})
 * @param direction         who sends it
 * @param argumentsKnown    false when only the id and the name are known; {@link #arguments()} is then empty
 * @param arguments         the arguments in wire order
 * @param summary           a one-line description, {@code null} when none was written
 * @param dispatchBehaviour how {@code ccenter_dispatch} reacts to it, {@code null} when not described
 * @param evidence          how the facts were established
 */
public record MessageSpec(int id, String name, Direction direction, boolean argumentsKnown,
                          List<ArgumentSpec> arguments, String summary, String dispatchBehaviour,
                          List<Evidence> evidence) {

    /**
     * Checks the message and keeps immutable copies of its lists.
     *
     * @param id the u32 message id (for the first message of a module: the module id)
     * @param name the vendor's name without the interface prefix (e.g. {@code query_list})
     * @param direction who sends it
     * @param argumentsKnown false when only the id and the name are known; {@link #arguments()} is then empty
     * @param arguments the arguments in wire order
     * @param summary a one-line description, {@code null} when none was written
     * @param dispatchBehaviour how {@code ccenter_dispatch} reacts to it, {@code null} when not described
     * @param evidence how the facts were established
     * @throws NullPointerException if a required part is {@code null}
     */
    public MessageSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(direction, "direction");
        arguments = List.copyOf(arguments);
        evidence = List.copyOf(evidence);
        if (!argumentsKnown && !arguments.isEmpty()) {
            throw new IllegalArgumentException("message " + name
                    + ": arguments listed although argumentsKnown is false");
        }
    }
}
