package io.cccpexplorer.spec;

import java.util.Objects;

/**
 * One object-field type code (the u16 written after each field id inside an object blob, wire spec §3.3).
 *
 * @param code      the u16 type code
 * @param name      the vendor's type name (e.g. {@code uint_32}, {@code list}, {@code inherited_string})
 * @param value     the kind of value carried ({@code u32}, {@code str}, {@code list}, {@code internal_reference}...)
 * @param inherited true for the inherited codes (101-107, 170): a u8 flag precedes an optional value
 * @param baseCode  for inherited codes, the code of the value that follows the flag; {@code null} otherwise
 * @param encoding  a readable description of the bytes
 */
public record FieldTypeSpec(int code, String name, String value, boolean inherited, Integer baseCode,
                            String encoding) {

    public static final int LIST = 50;
    public static final int INTERNAL_REFERENCE = 70;
    public static final int EXTERNAL_REFERENCE = 71;
    public static final int DIRECT_REFERENCE = 72;
    public static final int INHERITED_INTERNAL_REFERENCE = 170;

    public FieldTypeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(encoding, "encoding");
        if (inherited != (baseCode != null)) {
            throw new IllegalArgumentException("field type " + code + ": baseCode " + baseCode
                    + " (expected: present exactly for inherited types)");
        }
    }

    /** True when a field of this type names another class (lists and internal or direct references). */
    public boolean refersToClass() {
        return code == LIST || code == INTERNAL_REFERENCE || code == DIRECT_REFERENCE
                || code == INHERITED_INTERNAL_REFERENCE;
    }
}
