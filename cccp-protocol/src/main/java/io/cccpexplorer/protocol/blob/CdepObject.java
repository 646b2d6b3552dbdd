package io.cccpexplorer.protocol.blob;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One object of an object blob in its generic form: namespace, class id, object id and fields in wire order.
 * Typed views (list, object format, values, named objects) exist for the protocol classes the explorer uses;
 * this form carries everything else without loss.
 *
 * @param namespace the namespace path, e.g. {@code com.consistent.protocol}
 * @param classId   the class id, unique across namespaces for every class the explorer uses
 * @param objectId  the sender's id of the object; 0 for unreferenced protocol objects
 * @param fields    the fields in wire order; C++ senders write all of them, other senders a subset
 */
public record CdepObject(String namespace, int classId, int objectId, List<CdepField> fields) {

    /**
     * Keeps an immutable copy of the fields.
     *
     * @param namespace the namespace path, e.g. {@code com.consistent.protocol}
     * @param classId the class id
     * @param objectId the sender's id of the object; 0 for unreferenced protocol objects
     * @param fields the fields in wire order
     * @throws NullPointerException if the namespace is {@code null}
     */
    public CdepObject {
        Objects.requireNonNull(namespace, "namespace");
        fields = DecodedList.copyOf(fields);
    }

    /**
     * The value of a field, found by its id.
     *
     * @param id the field's id in its class
     * @return its value, or empty when the sender did not write it
     */
    public Optional<FieldValue> field(int id) {
        for (CdepField f : fields) {
            if (f.id() == id) {
                return Optional.of(f.value());
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "CdepObject[" + namespace + " 0x" + Integer.toHexString(classId) + " #"
                + Integer.toUnsignedString(objectId)
                + " " + fields + "]";
    }
}
