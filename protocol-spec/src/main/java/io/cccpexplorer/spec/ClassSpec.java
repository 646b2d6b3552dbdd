package io.cccpexplorer.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One class of the vendor's object model.
 *
 * @param namespace   e.g. {@code com.consistent.ccenter.dispatch_db}; empty for the root class {@code wow_xml_object}
 * @param name        e.g. {@code ccenter_dispatch_db_session}
 * @param classId     the u32 class id written in object blobs, when known (unsigned meaning)
 * @param parent          the name of the base class, {@code null} only for the root
 * @param parentNamespace the namespace of the base class (empty for the root class), {@code null} only for the root
 * @param description a short description, {@code null} when none was written
 * @param evidence    how the class was established
 * @param fields      the fields declared by this class, in serialization order
 * @param allFields   the inherited fields (root first) followed by {@code fields}: the order the vendor writes them
 */
public record ClassSpec(String namespace, String name, OptionalInt classId, String parent, String parentNamespace,
                        String description,
                        List<Evidence> evidence, List<FieldSpec> fields, List<FieldSpec> allFields) {

    /**
     * Checks the class and keeps immutable copies of its lists.
     *
     * @param namespace e.g. {@code com.consistent.ccenter.dispatch_db}; empty for the root class {@code wow_xml_object}
     * @param name e.g. {@code ccenter_dispatch_db_session}
     * @param classId the u32 class id written in object blobs, when known (unsigned meaning)
     * @param parent the name of the base class, {@code null} only for the root
     * @param parentNamespace the namespace of the base class (empty for the root class), {@code null} only for the root
     * @param description a short description, {@code null} when none was written
     * @param evidence how the class was established
     * @param fields the fields declared by this class, in serialization order
     * @param allFields the inherited fields (root first) followed by {@code fields}: the order the vendor writes them
     * @throws NullPointerException if a required part is {@code null}
     * @throws IllegalArgumentException if only one of parent and parent namespace is given
     */
    public ClassSpec {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(classId, "classId");
        evidence = List.copyOf(evidence);
        fields = List.copyOf(fields);
        allFields = List.copyOf(allFields);
        if ((parent == null) != (parentNamespace == null)) {
            throw new IllegalArgumentException("class " + name + ": parent " + parent + " in namespace "
                    + parentNamespace + " (expected: both or neither)");
        }
    }

    /**
     * The qualified name of the base class.
     *
     * @return {@code namespace.name} of the parent, {@code null} for the root
     */
    public String qualifiedParent() {
        return parent == null ? null : qualify(parentNamespace, parent);
    }

    static String qualify(String namespace, String name) {
        return namespace.isEmpty() ? name : namespace + "." + name;
    }

    /**
     * The name that identifies the class across namespaces.
     *
     * @return {@code namespace.name}, or just the name for the root class
     */
    public String qualifiedName() {
        return qualify(namespace, name);
    }

    /**
     * The field (own or inherited) with this name.
     *
     * @param fieldName the name used in object formats and filters
     * @return the field, or empty
     */
    public Optional<FieldSpec> field(String fieldName) {
        return allFields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    /**
     * The field (own or inherited) with this wire id.
     *
     * @param fieldId the u16 id written in object blobs
     * @return the field, or empty (also when the ids of this class are not known)
     */
    public Optional<FieldSpec> field(int fieldId) {
        return allFields.stream().filter(f -> f.id() != null && f.id() == fieldId).findFirst();
    }
}
