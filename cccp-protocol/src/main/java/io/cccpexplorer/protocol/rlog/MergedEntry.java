package io.cccpexplorer.protocol.rlog;

import java.util.Objects;

/** An entry of a merged stream together with the file it came from (which tells host and process). */
public record MergedEntry(LogFile file, RlogEntry entry) {

    /**
     * Checks that both parts are present.
     *
     * @param file the file the entry came from
     * @param entry the entry
     * @throws NullPointerException if a part is {@code null}
     */
    public MergedEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entry, "entry");
    }
}
