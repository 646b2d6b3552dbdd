package io.cccpexplorer.spec;

import java.util.Objects;

/**
 * One field of a class.
 *
 * @param id                the u16 field id written on the wire; {@code null} when only the name is known
 * @param name              the field name used in object formats and filters
 * @param type              the field type code
 * @param itemClass         for lists, the class of the items; for references, the class of the target;
 *                          {@code null} otherwise
 * @param itemNamespace     the namespace of {@code itemClass}; {@code null} when there is no item class or it is
 *                          external
 * @param itemClassExternal true when {@code itemClass} lives outside the class catalogue
 * @param description       a short description, {@code null} when none was written
 */
public record FieldSpec(Integer id, String name, FieldTypeSpec type, String itemClass, String itemNamespace,
                        boolean itemClassExternal, String description) {

    /**
     * Checks that the field has a name and a type.
     *
     * @param id the u16 field id written on the wire; {@code null} when only the name is known
     * @param name the field name used in object formats and filters
     * @param type the field type code
     * @param itemClass for lists, the class of the items; for references, the class of the target; {@code null}
     *     otherwise
     * @param itemNamespace the namespace of {@code itemClass}; {@code null} when there is no item class or it is
     *     external
     * @param itemClassExternal true when {@code itemClass} lives outside the class catalogue
     * @param description a short description, {@code null} when none was written
     * @throws NullPointerException if a required part is {@code null}
     */
    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (id != null && (id < 0 || id > 0xFFFF)) {
            throw new IllegalArgumentException("field " + name + ": id " + id + " (expected: 0..65535)");
        }
    }

    /**
     * The qualified name of the item class.
     *
     * @return {@code namespace.name} of the item class, {@code null} when unknown or external
     */
    public String qualifiedItemClass() {
        return itemClass == null || itemNamespace == null ? null : ClassSpec.qualify(itemNamespace, itemClass);
    }

    /**
     * Whether the wire id of this field is known.
     *
     * @return true when {@link #id()} is not {@code null}
     */
    public boolean hasId() {
        return id != null;
    }
}
