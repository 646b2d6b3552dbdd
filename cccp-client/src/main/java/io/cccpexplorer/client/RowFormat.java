package io.cccpexplorer.client;

import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The fields to fetch for each object, as dotted paths ({@code user.login}, {@code states.last.display_name},
 * {@code connections.last.remote_address}). The paths become one {@code consistent_protocol_object_format} tree:
 * shared prefixes share nodes, and every node gets a unique {@code field_index}, numbered 1, 2, 3… in order of
 * first appearance (depth first), which is exactly what {@code ccenter_report} sends. Immutable; equal path lists
 * give equal formats.
 */
public final class RowFormat {

    private final List<String> paths;
    private final List<FormatField> tree;
    private final Map<Integer, String> pathByLeafIndex;

    private RowFormat(List<String> paths) {
        this.paths = List.copyOf(paths);
        Node root = new Node("");
        for (String path : this.paths) {
            Node node = root;
            for (String segment : path.split("\\.", -1)) {
                if (segment.isEmpty()) {
                    throw new IllegalArgumentException("path: \"" + path + "\" (expected: dotted field names)");
                }
                node = node.children.computeIfAbsent(segment, Node::new);
            }
            node.paths.add(path);
        }
        int[] next = {1};
        Map<Integer, String> leaves = new HashMap<>();
        this.tree = number(root, "", next, leaves);
        this.pathByLeafIndex = Collections.unmodifiableMap(leaves);
    }

    /** A format of these paths, in this order. Duplicates are ignored. */
    public static RowFormat of(String... paths) {
        return of(List.of(paths));
    }

    public static RowFormat of(List<String> paths) {
        Objects.requireNonNull(paths, "paths");
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(paths));
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("paths: empty (expected: at least one field)");
        }
        return new RowFormat(distinct);
    }

    public List<String> paths() {
        return paths;
    }

    /** The wire format under {@code formatId}. */
    public ObjectFormat toObjectFormat(int formatId) {
        return new ObjectFormat(formatId, tree);
    }

    /** The path a value's {@code field_index} belongs to, {@code null} for an index that is not a leaf. */
    public String pathOf(int fieldIndex) {
        return pathByLeafIndex.get(fieldIndex);
    }

    private static List<FormatField> number(Node parent, String prefix, int[] next, Map<Integer, String> leaves) {
        List<FormatField> out = new ArrayList<>();
        for (Node child : parent.children.values()) {
            int index = next[0]++;
            String path = prefix.isEmpty() ? child.name : prefix + "." + child.name;
            List<FormatField> grandChildren = number(child, path, next, leaves);
            if (grandChildren.isEmpty()) {
                leaves.put(index, path);
            }
            out.add(new FormatField(index, child.name, null, grandChildren));
        }
        return out;
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

    private static final class Node {
        final String name;
        final Map<String, Node> children = new LinkedHashMap<>();
        final List<String> paths = new ArrayList<>(1);

        Node(String name) {
            this.name = name;
        }
    }
}
