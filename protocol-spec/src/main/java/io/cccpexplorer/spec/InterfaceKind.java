package io.cccpexplorer.spec;

/** The two families of message tables. */
public enum InterfaceKind {
    /** A TCP interface selected by the first message of a connection (its module id). */
    MODULE("module"),
    /** Activity records a process sends to the logger inside {@code add_log}, also stored in RLOG files. */
    LOGGER("logger");

    private final String wireName;

    InterfaceKind(String wireName) {
        this.wireName = wireName;
    }

    /**
     * The spelling used in the JSON resources.
     *
     * @return the kind as the JSON writes it
     */
    public String wireName() {
        return wireName;
    }

    /**
     * The kind of a JSON spelling.
     *
     * @param name the spelling, e.g. as {@link #wireName()} gives it
     * @return the kind
     * @throws IllegalArgumentException for a spelling that is not one
     */
    public static InterfaceKind fromWireName(String name) {
        for (InterfaceKind k : values()) {
            if (k.wireName.equals(name)) {
                return k;
            }
        }
        throw new IllegalArgumentException("kind: " + name + " (expected: module or logger)");
    }
}
