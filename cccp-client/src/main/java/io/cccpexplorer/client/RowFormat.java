package io.cccpexplorer.client;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The fields to fetch for each object, as dotted paths ({@code user.login}, {@code states.last.display_name},
 * {@code connections.last.remote_address}). The connection turns the paths into one
 * {@code consistent_protocol_object_format} tree: shared prefixes share nodes, and every node gets a unique
 * {@code field_index}, numbered 1, 2, 3… in order of first appearance (depth first), which is exactly what
 * {@code ccenter_report} sends. Immutable; equal path lists give equal formats.
 */
public final class RowFormat {

    private final List<String> paths;

    private RowFormat(List<String> paths) {
        for (String path : paths) {
            for (String segment : path.split("\\.", -1)) {
                if (segment.isEmpty()) {
                    throw new IllegalArgumentException("path: \"" + path + "\" (expected: dotted field names)");
                }
            }
        }
        this.paths = List.copyOf(paths);
    }

    /**
     * A format of these paths, in this order. Duplicates are ignored.
     *
     * @param paths dotted field paths
     * @return the format
     * @throws IllegalArgumentException for no path or an empty segment ({@code user..login})
     */
    public static RowFormat of(String... paths) {
        return of(List.of(paths));
    }

    /**
     * A format of these paths, in this order. Duplicates are ignored.
     *
     * @param paths dotted field paths
     * @return the format
     * @throws IllegalArgumentException for no path or an empty segment ({@code user..login})
     */
    public static RowFormat of(List<String> paths) {
        Objects.requireNonNull(paths, "paths");
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(paths));
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("paths: empty (expected: at least one field)");
        }
        return new RowFormat(distinct);
    }

    /** @return the paths, in order, without duplicates */
    public List<String> paths() {
        return paths;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RowFormat other && paths.equals(other.paths);
    }

    @Override
    public int hashCode() {
        return paths.hashCode();
    }

    @Override
    public String toString() {
        return "RowFormat" + paths;
    }
}
