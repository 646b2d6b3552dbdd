package io.cccpexplorer.protocol.objects;

import io.cccpexplorer.protocol.blob.BlobReader;
import io.cccpexplorer.protocol.blob.BlobWriter;
import io.cccpexplorer.protocol.blob.DecodedList;
import io.cccpexplorer.protocol.blob.NamespaceTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One node of an object format ({@code consistent_protocol_object_format_field}): the name of a field (or a
 * pseudo field such as {@code object_id}, {@code last}, {@code count}) and, for an inner node, the fields to
 * read inside its value. Leaves produce values keyed by {@code fieldIndex}.
 *
 * @param fieldIndex the client-chosen index the server echoes in each value
 * @param name       the field name
 * @param query      argument for statistic objects, e.g. {@code "0"}; {@code null} when absent
 * @param fields     child nodes; empty for a leaf
 */
public record FormatField(int fieldIndex, String name, String query, List<FormatField> fields) {

    /**
     * Keeps an immutable copy of the children.
     *
     * @param fieldIndex the client-chosen index the server echoes in each value
     * @param name the field name
     * @param query argument for statistic objects, e.g. {@code "0"}; {@code null} when absent
     * @param fields child nodes; empty for a leaf
     * @throws NullPointerException if the name is {@code null}
     */
    public FormatField {
        Objects.requireNonNull(name, "name");
        fields = DecodedList.copyOf(fields);
    }

    /**
     * A leaf: a field whose value the server sends, without a query.
     *
     * @param fieldIndex the client-chosen index the server echoes with the value
     * @param name the field name
     * @return the leaf
     */
    public static FormatField leaf(int fieldIndex, String name) {
        return new FormatField(fieldIndex, name, null, List.of());
    }

    /**
     * Whether this node has no children, so that the server sends its value.
     *
     * @return true for a leaf
     */
    public boolean isLeaf() {
        return fields.isEmpty();
    }

    static FormatField read(BlobReader r) {
        int index = 0;
        String name = null;
        String query = null;
        List<FormatField> children = List.of();
        for (int f; (f = r.nextField()) != BlobReader.END; ) {
            switch (f) {
                case 1 -> index = r.u32();
                case 2 -> name = r.str();
                case 4 -> query = r.str();
                case 3 -> children = r.readList(FormatField::read);
                default -> r.skipValue();
            }
        }
        return new FormatField(index, name == null ? "" : name, query, children);
    }

    /** C++ field order: field_index, name, query, fields. */
    static void write(BlobWriter w, FormatField field) {
        w.beginObject(NamespaceTable.PROTOCOL, ProtocolClasses.OBJECT_FORMAT_FIELD, 0)
                .u32(1, field.fieldIndex)
                .str(2, field.name)
                .str(4, field.query)
                .list(3, field.fields, FormatField::write)
                .endObject();
    }

    /**
     * Every leaf below (and including) this node, depth first.
     *
     * @return the leaves
     */
    public List<FormatField> leaves() {
        List<FormatField> out = new ArrayList<>();
        collectLeaves(this, out);
        return out;
    }

    static void collectLeaves(FormatField node, List<FormatField> out) {
        if (node.isLeaf()) {
            out.add(node);
        } else {
            for (FormatField child : node.fields) {
                collectLeaves(child, out);
            }
        }
    }
}
