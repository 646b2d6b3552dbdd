package io.cccpexplorer.spec;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A JSON node of one spec file that knows where it is, so every schema error reads
 * {@code classes.json /classes/3/fields/0/type: "x" (expected: an integer)}.
 */
final class SpecNode {

    private final String file;
    private final String pointer;
    private final JsonNode node;

    SpecNode(String file, String pointer, JsonNode node) {
        this.file = file;
        this.pointer = pointer;
        this.node = node;
    }

    static SpecNode root(String file, JsonNode node) {
        return new SpecNode(file, "", node);
    }

    /** A required member. */
    SpecNode get(String name) {
        JsonNode child = node.get(name);
        if (child == null || child.isMissingNode()) {
            throw errorAt(pointer + "/" + name, "missing", "present");
        }
        return new SpecNode(file, pointer + "/" + name, child);
    }

    /** True when the member exists and is not JSON null. */
    boolean has(String name) {
        JsonNode child = node.get(name);
        return child != null && !child.isNull();
    }

    String text() {
        if (!node.isTextual()) {
            throw errorAt(pointer, node.toString(), "a string");
        }
        return node.textValue();
    }

    /** A string member that may be absent or null. */
    String optionalText(String name) {
        return has(name) ? get(name).text() : null;
    }

    int integer() {
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw errorAt(pointer, node.toString(), "an integer");
        }
        return node.intValue();
    }

    /** An integer member that may be absent or null. */
    Integer optionalInteger(String name) {
        return has(name) ? get(name).integer() : null;
    }

    /** A u32 written as hex text ("0x83000001"); {@code null} when absent. Returned as int (unsigned meaning). */
    Integer optionalHex(String name) {
        if (!has(name)) {
            return null;
        }
        SpecNode child = get(name);
        String text = child.text();
        if (!text.startsWith("0x")) {
            throw child.error(text, "hex text such as 0x40000012");
        }
        try {
            return Integer.parseUnsignedInt(text.substring(2), 16);
        } catch (NumberFormatException e) {
            throw child.error(text, "hex text such as 0x40000012");
        }
    }

    boolean bool() {
        if (!node.isBoolean()) {
            throw errorAt(pointer, node.toString(), "true or false");
        }
        return node.booleanValue();
    }

    /** A boolean member that defaults when absent. */
    boolean optionalBool(String name, boolean absent) {
        return has(name) ? get(name).bool() : absent;
    }

    List<SpecNode> elements() {
        if (!node.isArray()) {
            throw errorAt(pointer, node.getNodeType().toString().toLowerCase(), "an array");
        }
        List<SpecNode> out = new ArrayList<>(node.size());
        for (int i = 0; i < node.size(); i++) {
            out.add(new SpecNode(file, pointer + "/" + i, node.get(i)));
        }
        return out;
    }

    /** Maps each element, converting an {@link IllegalArgumentException} into an error at that element. */
    <T> List<T> map(Function<SpecNode, T> mapper) {
        List<T> out = new ArrayList<>();
        for (SpecNode element : elements()) {
            out.add(element.convert(mapper));
        }
        return out;
    }

    /** Applies a conversion that may reject the value with an {@link IllegalArgumentException}. */
    <T> T convert(Function<SpecNode, T> conversion) {
        try {
            return conversion.apply(this);
        } catch (IllegalArgumentException e) {
            throw new ProtocolSpecException(file + " " + (pointer.isEmpty() ? "/" : pointer) + ": "
                    + e.getMessage(), e);
        }
    }

    ProtocolSpecException errorAt(String where, String actual, String expected) {
        return new ProtocolSpecException(file + " " + (where.isEmpty() ? "/" : where) + ": " + actual
                + " (expected: " + expected + ")");
    }

    ProtocolSpecException error(String actual, String expected) {
        return errorAt(pointer, actual, expected);
    }
}
