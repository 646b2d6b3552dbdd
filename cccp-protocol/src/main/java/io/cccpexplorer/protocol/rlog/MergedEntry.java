package io.cccpexplorer.protocol.rlog;

import java.util.Objects;

/** An entry of a merged stream together with the file it came from (which tells host and process). */
public record MergedEntry(LogFile file, RlogEntry entry) {

    public MergedEntry {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(entry, "entry");
    }
}
