package io.cccpexplorer.report;

import io.cccpexplorer.client.Row;
import io.cccpexplorer.client.Value;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One {@code -fields} column: a small ECMAScript expression over {@code row}, as {@code ccenter_report} accepts
 * them. Supported: property paths ({@code row.user.login}, {@code row['name']}), number and string literals,
 * {@code true false null undefined}, unary {@code ! - +}, {@code * / %}, {@code + -} (string concatenation when
 * either side is a string), comparisons {@code < <= > >= == != === !==}, {@code && ||}, {@code ?:},
 * parentheses, and the functions of {@link ReportFunctions}.
 *
 * <p>Values: the row's values as the vendor assigns them — strings, numbers, booleans as the numbers 1/0,
 * dates (printed as text; numerically their epoch seconds with the microseconds as fraction), and
 * {@code undefined} for a leaf the server did not send.
 */
public final class FieldExpression {

    private final String source;
    private final Node root;
    private final Set<String> paths;

    private FieldExpression(String source, Node root, Set<String> paths) {
        this.source = source;
        this.root = root;
        this.paths = paths;
    }

    /**
     * @throws IllegalArgumentException with the position, when the text is not a supported expression
     */
    public static FieldExpression parse(String source) {
        Objects.requireNonNull(source, "source");
        Set<String> paths = new LinkedHashSet<>();
        Node root = new ExpressionParser(source, paths).parseAll();
        return new FieldExpression(source, root, paths);
    }

    /** Splits a {@code -fields} list on {@code ;} (outside quotes) and parses each column. */
    public static List<FieldExpression> parseList(String fields) {
        List<FieldExpression> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < fields.length(); i++) {
            char c = fields.charAt(i);
            if (quote != 0) {
                if (c == '\\' && i + 1 < fields.length()) {
                    current.append(c).append(fields.charAt(++i));
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ';') {
                addColumn(out, current);
                continue;
            }
            current.append(c);
        }
        addColumn(out, current);
        return out;
    }

    private static void addColumn(List<FieldExpression> out, StringBuilder text) {
        if (!text.toString().isBlank()) {
            out.add(parse(text.toString().trim()));
        }
        text.setLength(0);
    }

    public String source() {
        return source;
    }

    /** The dotted row paths this expression reads ({@code row.user.login} → {@code user.login}), in order. */
    public Set<String> paths() {
        return paths;
    }

    /** Evaluates on {@code row}; never throws for missing values (they are {@code undefined}). */
    public Object evaluate(Row row, Instant now) {
        return evaluate(row, now, paths);
    }

    /**
     * Evaluates on {@code row} fetched with the format of {@code formatPaths} (every column's paths, in order): a
     * path that is an inner node of that format is an object of its children, as in the vendor's client.
     */
    public Object evaluate(Row row, Instant now, Collection<String> formatPaths) {
        return root.eval(new Scope(row, now, formatPaths));
    }

    /** The value a row path holds, converted to the expression's value model. */
    static Object valueOf(Value v) {
        if (v instanceof Value.StringValue s) {
            return s.value();
        } else if (v instanceof Value.NumberValue n) {
            return n.value();
        } else if (v instanceof Value.BooleanValue b) {
            return b.value() ? 1.0 : 0.0;
        } else if (v instanceof Value.DateValue d) {
            return d;
        }
        return Undefined.INSTANCE;
    }

    /** ECMAScript's {@code undefined}. */
    enum Undefined { INSTANCE }

    /** ECMAScript's {@code null}. */
    enum Null { INSTANCE }

    /**
     * An inner node of the row's format: observed, the vendor's client builds an object for every format node
     * that has children (even when the server sent none of them) and prints it as
     * {@code { "name": value, ... }}, its members in format order, the undefined ones left out.
     */
    record JsObject(Map<String, Object> members) {
    }

    record Scope(Row row, Instant now, Collection<String> formatPaths) {

        /** The value at a row path: the leaf the server sent, else the object of its children, else undefined. */
        Object path(String path) {
            Object leaf = valueOf(row.get(path));
            if (leaf != Undefined.INSTANCE) {
                return leaf;
            }
            String prefix = path + ".";
            Map<String, Object> members = new LinkedHashMap<>();
            boolean inner = false;
            for (String p : formatPaths) {
                if (p.startsWith(prefix)) {
                    inner = true;
                    String child = p.substring(prefix.length());
                    int dot = child.indexOf('.');
                    String name = dot < 0 ? child : child.substring(0, dot);
                    if (!members.containsKey(name)) {
                        members.put(name, path(prefix + name));
                    }
                }
            }
            if (!inner) {
                return Undefined.INSTANCE;
            }
            members.values().removeIf(v -> v == Undefined.INSTANCE);
            return new JsObject(members);
        }
    }

    interface Node {
        Object eval(Scope scope);
    }
}
