package io.cccpexplorer.spec;

import java.util.Objects;

/**
 * One argument of a message, in wire order.
 *
 * @param name        the vendor's argument name (e.g. {@code system_id})
 * @param encoding    how the argument is laid out on the wire
 * @param objectClass for {@link ArgumentEncoding#OBJECT}, the class of the carried object when known (e.g.
 *                    {@code consistent_protocol_list}); {@code null} otherwise
 */
public record ArgumentSpec(String name, ArgumentEncoding encoding, String objectClass) {

    /**
     * Checks the argument: an object class only on object arguments.
     *
     * @param name the vendor's argument name (e.g. {@code system_id})
     * @param encoding how the argument is laid out on the wire
     * @param objectClass for {@link ArgumentEncoding#OBJECT}, the class of the carried object when known (e.g. {@code
     *     consistent_protocol_list}); {@code null} otherwise
     * @throws NullPointerException if a required part is {@code null}
     * @throws IllegalArgumentException if a non-object argument names an object class
     */
    public ArgumentSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(encoding, "encoding");
        if (objectClass != null && encoding != ArgumentEncoding.OBJECT) {
            throw new IllegalArgumentException("argument " + name + ": objectClass " + objectClass
                    + " (expected: only on object arguments)");
        }
    }
}
