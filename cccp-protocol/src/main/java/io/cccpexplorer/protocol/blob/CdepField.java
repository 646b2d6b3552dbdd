package io.cccpexplorer.protocol.blob;

import java.util.Objects;

/** One field of an object blob: the u16 field id of its class, and its value. */
public record CdepField(int id, FieldValue value) {

    /**
     * Checks the field id and the value.
     *
     * @param id the field's id in its class, 1..65534
     * @param value the value
     * @throws IllegalArgumentException if the id is out of range
     * @throws NullPointerException if the value is {@code null}
     */
    public CdepField {
        if (id <= 0 || id >= 0xFFFF) {
            throw new IllegalArgumentException("field id: " + id + " (expected: 1..65534)");
        }
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return id + "=" + value;
    }
}
