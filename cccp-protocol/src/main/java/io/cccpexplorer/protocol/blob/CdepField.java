package io.cccpexplorer.protocol.blob;

import java.util.Objects;

/** One field of an object blob: the u16 field id of its class, and its value. */
public record CdepField(int id, FieldValue value) {

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
