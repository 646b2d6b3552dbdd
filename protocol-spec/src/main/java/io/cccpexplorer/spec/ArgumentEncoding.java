package io.cccpexplorer.spec;

/**
 * How one message argument is laid out on the wire (method level, wire spec §2). Arguments carry no tags: the
 * receiver must know the signature of each message.
 */
public enum ArgumentEncoding {
    /** 4 bytes little-endian, unsigned meaning. */
    U32("u32"),
    /** 4 bytes little-endian, two's complement. */
    I32("i32"),
    /** 8 bytes little-endian. */
    U64("u64"),
    /** 1 byte, 0 or 1. */
    BOOL("bool"),
    /** u32 length then bytes; NULL and "" are both length 0. */
    STR("str"),
    /** {@code 00} for 0.0, else u8 length then the {@code %g} text. */
    REAL("real"),
    /** 12 bytes: u32 epoch seconds, u32 microseconds, i32 offset to local time. */
    DATE("date"),
    /** u32 length then bytes. */
    DATA("data"),
    /** A {@link #DATA} whose bytes are one serialized object blob. */
    OBJECT("object");

    private final String wireName;

    ArgumentEncoding(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The spelling used in the JSON resources.
     *
     * @return the encoding as the JSON writes it
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The encoding of a JSON spelling.
     *
     * @param name the spelling, e.g. as {@link #wireName()} gives it
     * @return the encoding
     * @throws IllegalArgumentException for a spelling that is not one
     */
    public static ArgumentEncoding fromWireName(String name) {
        for (ArgumentEncoding e : values()) {
            if (e.wireName.equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("encoding: " + name
                + " (expected: u32, i32, u64, bool, str, real, date, data or object)");
    }
}
