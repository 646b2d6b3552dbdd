package io.cccpexplorer.client.internal;

import io.cccpexplorer.client.RowFormat;
import io.cccpexplorer.protocol.objects.FormatField;
import io.cccpexplorer.protocol.objects.ObjectFormat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link RowFormat} as the wire sees it: one {@code consistent_protocol_object_format} tree whose nodes are
 * numbered 1, 2, 3… depth first in order of first appearance ({@code ccenter_report}'s numbering, so our frames
 * equal the vendor's), and the path of each leaf's {@code field_index}. Built once per request or subscription;
 * immutable. A segment {@code name('period')} is a statistic query: the node {@code name} with that query.
 */
final class FormatTree {

    /** A statistic query segment, {@code duration('0')}: a node named {@code duration} with the query {@code 0}. */
    private static final Pattern STATISTIC_QUERY = Pattern.compile("([^(]+)\\('([^']*)'\\)");

    private final RowFormat format;
    private final List<FormatField> tree;
    private final Map<Integer, String> pathByLeafIndex;

    private FormatTree(RowFormat format) {
        this.format = format;
        Node root = new Node("");
        for (String path : format.paths()) {
            Node node = root;
            for (String segment : path.split("\\.", -1)) {
                node = node.children.computeIfAbsent(segment, Node::new);
            }
        }
        int[] next = {1};
        Map<Integer, String> leaves = new HashMap<>();
        this.tree = number(root, "", next, leaves);
        this.pathByLeafIndex = Map.copyOf(leaves);
    }

    static FormatTree of(RowFormat format) {
        return new FormatTree(format);
    }

    RowFormat format() {
        return format;
    }

    /** The wire format under {@code formatId}. */
    ObjectFormat toObjectFormat(int formatId) {
        return new ObjectFormat(formatId, tree);
    }

    /** The path a value's {@code field_index} belongs to, {@code null} for an index that is not a leaf. */
    String pathOf(int fieldIndex) {
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
            Matcher query = STATISTIC_QUERY.matcher(child.name);
            out.add(query.matches()
                    ? new FormatField(index, query.group(1), query.group(2), grandChildren)
                    : new FormatField(index, child.name, null, grandChildren));
        }
        return out;
    }

    private static final class Node {
        final String name;
        final Map<String, Node> children = new LinkedHashMap<>();

        Node(String name) {
            this.name = name;
        }
    }
}
