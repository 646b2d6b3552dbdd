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

    /** Code of {@code list}: a list of embedded objects of the field's item class. */
    public static final int LIST = 50;
    /** Code of {@code internal_reference}: the object id of another object of the same database. */
    public static final int INTERNAL_REFERENCE = 70;
    /** Code of {@code external_reference}: a reference to an object elsewhere. */
    public static final int EXTERNAL_REFERENCE = 71;
    /** Code of {@code direct_reference}: an object embedded in the field. */
    public static final int DIRECT_REFERENCE = 72;
    /** Code of {@code inherited_internal_reference}: a flag byte, then an internal reference when set locally. */
    public static final int INHERITED_INTERNAL_REFERENCE = 170;

    /**
     * Checks the type: a base code exactly for the inherited codes.
     *
     * @param code the u16 type code
     * @param name the vendor's type name (e.g. {@code uint_32}, {@code list}, {@code inherited_string})
     * @param value the kind of value carried ({@code u32}, {@code str}, {@code list}, {@code internal_reference}...)
     * @param inherited true for the inherited codes (101-107, 170): a u8 flag precedes an optional value
     * @param baseCode for inherited codes, the code of the value that follows the flag; {@code null} otherwise
     * @param encoding a readable description of the bytes
     * @throws NullPointerException if a required part is {@code null}
     * @throws IllegalArgumentException if the base code is missing on an inherited type or present on another
     */
    public FieldTypeSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(encoding, "encoding");
        if (inherited != (baseCode != null)) {
            throw new IllegalArgumentException("field type " + code + ": baseCode " + baseCode
                    + " (expected: present exactly for inherited types)");
        }
    }

    /**
     * Whether a field of this type names another class (lists and internal or direct references).
     *
     * @return true when the field's item class is meaningful
     */
    public boolean refersToClass() {
        return code == LIST || code == INTERNAL_REFERENCE || code == DIRECT_REFERENCE
                || code == INHERITED_INTERNAL_REFERENCE;
    }
}
