package io.cccpexplorer.spec;

/** How a fact of the spec was established (the tags of the reference notes). */
public enum Evidence {
    /** Read in the vendor binaries (static analysis). */
    BIN("BIN"),
    /** Read in the vendor's C++ sources or IDL. */
    CPP("C++"),
    /** Read in the former Python library or dashboard. */
    PY("PY"),
    /** Checked with a test vector. */
    TV("TV"),
    /** Inferred, not observed. */
    INF("INF"),
    /** Not determined by the sources. */
    UNK("UNK");

    private final String tag;

    Evidence(String tag) {
        this.tag = tag;
    }

    /**
     * The tag as written in the JSON resources and the reference notes.
     *
     * @return the tag, e.g. {@code C++}
     */
    public String tag() {
        return tag;
    }

    /**
     * The evidence of a tag.
     *
     * @param tag the tag as written in the JSON
     * @return the evidence
     * @throws IllegalArgumentException for an unknown tag
     */
    public static Evidence fromTag(String tag) {
        for (Evidence e : values()) {
            if (e.tag.equals(tag)) {
                return e;
            }
        }
        throw new IllegalArgumentException("evidence: " + tag + " (expected: BIN, C++, PY, TV, INF or UNK)");
    }
}
