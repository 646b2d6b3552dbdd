package io.cccpexplorer.report;

import io.cccpexplorer.report.FieldExpression.Node;
import io.cccpexplorer.report.FieldExpression.Null;
import io.cccpexplorer.report.FieldExpression.Undefined;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for {@link FieldExpression}, with ECMAScript's precedence:
 * {@code ?:} &lt; {@code ||} &lt; {@code &&} &lt; equality &lt; relational &lt; additive &lt; multiplicative &lt;
 * unary &lt; member/call.
 */
final class ExpressionParser {

    private final String src;
    private final Set<String> paths;
    private int pos;

    ExpressionParser(String src, Set<String> paths) {
        this.src = src;
        this.paths = paths;
    }

    Node parseAll() {
        Node n = conditional();
        skipSpaces();
        if (pos < src.length()) {
            throw error("unexpected '" + src.charAt(pos) + "'");
        }
        return n;
    }

    private Node conditional() {
        Node test = or();
        if (eat("?")) {
            Node yes = conditional();
            expect(":");
            Node no = conditional();
            return s -> JsValues.truthy(test.eval(s)) ? yes.eval(s) : no.eval(s);
        }
        return test;
    }

    private Node or() {
        Node left = and();
        while (eat("||")) {
            Node l = left;
            Node r = and();
            left = s -> {
                Object v = l.eval(s);
                return JsValues.truthy(v) ? v : r.eval(s);
            };
        }
        return left;
    }

    private Node and() {
        Node left = equality();
        while (eat("&&")) {
            Node l = left;
            Node r = equality();
            left = s -> {
                Object v = l.eval(s);
                return JsValues.truthy(v) ? r.eval(s) : v;
            };
        }
        return left;
    }

    private Node equality() {
        Node left = relational();
        while (true) {
            String op = eatAny("===", "!==", "==", "!=");
            if (op == null) {
                return left;
            }
            Node l = left;
            Node r = relational();
            boolean strict = op.length() == 3;
            boolean negate = op.startsWith("!");
            left = s -> negate != (strict ? JsValues.strictEquals(l.eval(s), r.eval(s))
                    : JsValues.looseEquals(l.eval(s), r.eval(s)));
        }
    }

    private Node relational() {
        Node left = additive();
        while (true) {
            String op = eatAny("<=", ">=", "<", ">");
            if (op == null) {
                return left;
            }
            Node l = left;
            Node r = additive();
            left = s -> JsValues.compare(op, l.eval(s), r.eval(s));
        }
    }

    private Node additive() {
        Node left = multiplicative();
        while (true) {
            String op = eatAny("+", "-");
            if (op == null) {
                return left;
            }
            Node l = left;
            Node r = multiplicative();
            left = op.equals("+") ? s -> JsValues.add(l.eval(s), r.eval(s))
                    : s -> JsValues.toNumber(l.eval(s)) - JsValues.toNumber(r.eval(s));
        }
    }

    private Node multiplicative() {
        Node left = unary();
        while (true) {
            String op = eatAny("*", "/", "%");
            if (op == null) {
                return left;
            }
            Node l = left;
            Node r = unary();
            left = switch (op) {
                case "*" -> s -> JsValues.toNumber(l.eval(s)) * JsValues.toNumber(r.eval(s));
                case "/" -> s -> JsValues.toNumber(l.eval(s)) / JsValues.toNumber(r.eval(s));
                default -> s -> JsValues.toNumber(l.eval(s)) % JsValues.toNumber(r.eval(s));
            };
        }
    }

    private Node unary() {
        if (eat("!")) {
            Node n = unary();
            // observed: the vendor's "!" is true unless its operand is the boolean true (!1, !0, !"", !row.flag
            // are all 1; !(row.n == 1) and !!x behave as in ECMAScript)
            return s -> !Boolean.TRUE.equals(n.eval(s));
        }
        if (eat("-")) {
            Node n = unary();
            return s -> -JsValues.toNumber(n.eval(s));
        }
        if (eat("+")) {
            Node n = unary();
            return s -> JsValues.toNumber(n.eval(s));
        }
        return primary();
    }

    private Node primary() {
        skipSpaces();
        if (pos >= src.length()) {
            throw error("unexpected end");
        }
        char c = src.charAt(pos);
        if (eat("(")) {
            Node n = conditional();
            expect(")");
            return n;
        }
        if (c == '\'' || c == '"') {
            String text = string();
            return s -> text;
        }
        if (Character.isDigit(c) || c == '.') {
            double d = number();
            return s -> d;
        }
        if (Character.isJavaIdentifierStart(c)) {
            String name = identifier();
            switch (name) {
                case "true":
                    return s -> true;
                case "false":
                    return s -> false;
                case "null":
                    return s -> Null.INSTANCE;
                case "undefined":
                    return s -> Undefined.INSTANCE;
                case "row":
                    return rowPath();
                default:
                    break;
            }
            if (ReportFunctions.exists(name) && eat("(")) {
                List<Node> args = new ArrayList<>();
                if (!eat(")")) {
                    do {
                        args.add(conditional());
                    } while (eat(","));
                    expect(")");
                }
                return s -> {
                    List<Object> values = new ArrayList<>(args.size());
                    for (Node a : args) {
                        values.add(a.eval(s));
                    }
                    return ReportFunctions.call(name, values, s.now());
                };
            }
            throw error("unknown name '" + name + "' (expected: row, a literal, or duration, second_duration, "
                    + "minute_duration)");
        }
        throw error("unexpected '" + c + "'");
    }

    /** {@code row.a.b} or {@code row['a'].b}: one flat path of the row. */
    private Node rowPath() {
        StringBuilder path = new StringBuilder();
        while (true) {
            if (eat(".")) {
                skipSpaces();
                String segment = pathStep() + statisticQuery();
                path.append(path.length() == 0 ? "" : ".").append(segment);
            } else if (eat("[")) {
                skipSpaces();
                String segment = string();
                expect("]");
                path.append(path.length() == 0 ? "" : ".").append(segment);
            } else {
                break;
            }
        }
        if (path.length() == 0) {
            throw error("'row' alone is not a column (expected: row.field)");
        }
        String p = path.toString();
        paths.add(p);
        return s -> s.path(p);
    }

    /**
     * A statistic query after a name, {@code duration('0')}: the vendor's client sends it as a format node named
     * {@code duration} with the query {@code 0}; it stays in the path as {@code duration('0')}. Empty when absent.
     */
    private String statisticQuery() {
        int start = pos;
        skipSpaces();
        if (!eat("(")) {
            pos = start;
            return "";
        }
        skipSpaces();
        String period = string();
        skipSpaces();
        expect(")");
        if (period.chars().anyMatch(c -> c == '.' || c == '\'' || c == '(' || c == ')')) {
            throw error("a statistic query's argument cannot hold . ' ( or ) (expected: a period such as '0')");
        }
        return "('" + period + "')";
    }

    /**
     * A name after a dot, or a number: the vendor's report accepts {@code row.events.0.name} (its dispatch
     * answers undefined, a list has no index step), so we send it the same way instead of refusing the column.
     */
    private String pathStep() {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (start == pos) {
            return identifier();
        }
        while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private String identifier() {
        int start = pos;
        if (pos < src.length() && Character.isJavaIdentifierStart(src.charAt(pos))) {
            pos++;
            while (pos < src.length() && Character.isJavaIdentifierPart(src.charAt(pos))) {
                pos++;
            }
        }
        if (start == pos) {
            throw error("name expected");
        }
        return src.substring(start, pos);
    }

    private String string() {
        char quote = src.charAt(pos++);
        StringBuilder out = new StringBuilder();
        while (pos < src.length()) {
            char c = src.charAt(pos++);
            if (c == quote) {
                return out.toString();
            }
            if (c == '\\' && pos < src.length()) {
                char e = src.charAt(pos++);
                out.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> e;
                });
            } else {
                out.append(c);
            }
        }
        throw error("unterminated string");
    }

    private double number() {
        int start = pos;
        while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == 'e' || src.charAt(pos) == 'E'
                || ((src.charAt(pos) == '-' || src.charAt(pos) == '+') && pos > start
                && (src.charAt(pos - 1) == 'e' || src.charAt(pos - 1) == 'E')))) {
            pos++;
        }
        try {
            return Double.parseDouble(src.substring(start, pos));
        } catch (NumberFormatException e) {
            throw error("bad number '" + src.substring(start, pos) + "'");
        }
    }

    private void skipSpaces() {
        while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(String token) {
        skipSpaces();
        if (src.startsWith(token, pos)) {
            // "=" must not be read as part of "==" etc.; single-char operators are checked after the longer ones
            pos += token.length();
            return true;
        }
        return false;
    }

    private String eatAny(String... tokens) {
        skipSpaces();
        for (String t : tokens) {
            if (src.startsWith(t, pos) && !(t.length() == 1 && "|&".indexOf(t.charAt(0)) >= 0)) {
                if ((t.equals("<") || t.equals(">")) && src.startsWith("=", pos + 1)) {
                    continue;
                }
                pos += t.length();
                return t;
            }
        }
        return null;
    }

    private void expect(String token) {
        if (!eat(token)) {
            throw error("'" + token + "' expected");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("bad field expression \"" + src + "\" at " + pos + ": " + what);
    }

}
