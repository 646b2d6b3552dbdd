package io.cccpexplorer.simulator.query.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser for the filter grammar documented on {@link Filter}.
 *
 * <p>A filter comes from any client and is parsed and evaluated on the project's database thread, so the work
 * it can cause is bounded for every construct, not only for parentheses: at most {@value #MAX_LENGTH} characters,
 * {@value #MAX_DEPTH} levels of nesting (parentheses, {@code not()}, unary {@code -}) and {@value #MAX_NODES}
 * operators in the whole tree (an {@code or} chain builds a tree as deep as it is long, and evaluating it
 * recurses that deep: 200,000 terms overflowed the stack). Real filters have a few hundred characters and a dozen
 * operators. A filter beyond a bound is refused like any filter the parser cannot read (the list stays empty,
 * as with the vendor).
 */
final class FilterParser {

    private static final Set<String> COMPARISONS = Set.of("eq", "ne", "lt", "le", "gt", "ge");
    static final int MAX_LENGTH = 4096;
    static final int MAX_DEPTH = 64;
    static final int MAX_NODES = 512;

    private final String text;
    private int pos;
    private int depth;
    private int nodes;

    private FilterParser(String text) {
        this.text = text;
    }

    /** Parses {@code .[ expr ]}. */
    static FilterExpr parse(String filter) throws FilterSyntaxException {
        if (filter.length() > MAX_LENGTH) {
            throw new FilterSyntaxException("filter length: " + filter.length() + " characters (at most "
                    + MAX_LENGTH + ")");
        }
        FilterParser p = new FilterParser(filter);
        p.skipSpaces();
        p.expect(".[");
        FilterExpr e = p.orExpr();
        p.expect("]");
        p.skipSpaces();
        if (p.pos != p.text.length()) {
            throw p.error("end of filter");
        }
        return e;
    }

    private FilterExpr orExpr() throws FilterSyntaxException {
        enter();
        FilterExpr left = andExpr();
        while (keyword("or")) {
            left = node(new FilterExpr.Logical(false, left, andExpr()));
        }
        depth--;
        return left;
    }

    private FilterExpr andExpr() throws FilterSyntaxException {
        FilterExpr left = comparison();
        while (keyword("and")) {
            left = node(new FilterExpr.Logical(true, left, comparison()));
        }
        return left;
    }

    private FilterExpr comparison() throws FilterSyntaxException {
        FilterExpr left = additive();
        String op = comparisonOperator();
        return op == null ? left : node(new FilterExpr.Comparison(op, left, additive()));
    }

    private String comparisonOperator() {
        for (String op : COMPARISONS) {
            if (keyword(op)) {
                return op;
            }
        }
        skipSpaces();
        // symbolic forms, XPath style; two-character ones first
        String[][] symbols = {{"!=", "ne"}, {"<=", "le"}, {">=", "ge"}, {"=", "eq"}, {"<", "lt"}, {">", "gt"}};
        for (String[] s : symbols) {
            if (text.startsWith(s[0], pos)) {
                pos += s[0].length();
                return s[1];
            }
        }
        return null;
    }

    private FilterExpr additive() throws FilterSyntaxException {
        FilterExpr left = multiplicative();
        while (true) {
            skipSpaces();
            if (peek('+')) {
                pos++;
                left = node(new FilterExpr.Arithmetic("+", left, multiplicative()));
            } else if (peek('-')) {
                pos++;
                left = node(new FilterExpr.Arithmetic("-", left, multiplicative()));
            } else {
                return left;
            }
        }
    }

    private FilterExpr multiplicative() throws FilterSyntaxException {
        FilterExpr left = unary();
        while (true) {
            skipSpaces();
            if (peek('*')) {
                pos++;
                left = node(new FilterExpr.Arithmetic("*", left, unary()));
            } else if (keyword("div")) {
                left = node(new FilterExpr.Arithmetic("div", left, unary()));
            } else if (keyword("idiv")) {
                left = node(new FilterExpr.Arithmetic("idiv", left, unary()));
            } else if (keyword("mod")) {
                left = node(new FilterExpr.Arithmetic("mod", left, unary()));
            } else {
                return left;
            }
        }
    }

    private FilterExpr unary() throws FilterSyntaxException {
        skipSpaces();
        if (peek('-')) {
            pos++;
            enter();   // '- - - x' nests like parentheses
            FilterExpr operand = unary();
            depth--;
            return node(new FilterExpr.Negation(operand));
        }
        return primary();
    }

    private FilterExpr primary() throws FilterSyntaxException {
        skipSpaces();
        if (pos >= text.length()) {
            throw error("a value");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            FilterExpr e = orExpr();
            expect(")");
            return e;
        }
        if (c == '\'' || c == '"') {
            int end = text.indexOf(c, pos + 1);
            if (end < 0) {
                throw error("closing quote " + c);
            }
            String value = text.substring(pos + 1, end);
            pos = end + 1;
            return new FilterExpr.StringLiteral(value);
        }
        if (Character.isDigit(c)) {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            try {
                return new FilterExpr.NumberLiteral(Double.parseDouble(text.substring(start, pos)));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("a number");
            }
        }
        if (isNameStart(c)) {
            return pathOrFunction();
        }
        throw error("a value");
    }

    private FilterExpr pathOrFunction() throws FilterSyntaxException {
        List<String> steps = new ArrayList<>();
        steps.add(name());
        if (steps.size() == 1 && peek('(')) {
            String function = steps.get(0);
            pos++;
            switch (function) {
                case "true", "false" -> {
                    expect(")");
                    return new FilterExpr.BooleanLiteral(function.equals("true"));
                }
                case "not" -> {
                    FilterExpr e = orExpr();
                    expect(")");
                    return node(new FilterExpr.Not(e));
                }
                default -> throw new FilterSyntaxException("filter position " + pos + ": unknown function "
                        + function + "()");
            }
        }
        while (peek('/')) {
            pos++;
            steps.add(name());
        }
        return new FilterExpr.Path(steps);
    }

    private String name() throws FilterSyntaxException {
        int start = pos;
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            return ".";
        }
        while (pos < text.length() && (isNameStart(text.charAt(pos)) || Character.isDigit(text.charAt(pos)))) {
            pos++;
        }
        if (start == pos) {
            throw error("a field name");
        }
        return text.substring(start, pos);
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    /** Consumes {@code word} if it is next as a whole word. */
    private boolean keyword(String word) {
        skipSpaces();
        int end = pos + word.length();
        if (text.startsWith(word, pos) && (end == text.length() || !isNameChar(text.charAt(end)))) {
            pos = end;
            return true;
        }
        return false;
    }

    private static boolean isNameChar(char c) {
        return isNameStart(c) || Character.isDigit(c);
    }

    private void expect(String token) throws FilterSyntaxException {
        skipSpaces();
        if (!text.startsWith(token, pos)) {
            throw error("'" + token + "'");
        }
        pos += token.length();
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private void enter() throws FilterSyntaxException {
        if (++depth > MAX_DEPTH) {
            throw new FilterSyntaxException("filter nesting: more than " + MAX_DEPTH + " levels");
        }
    }

    /** Counts an operator node of the tree. */
    private FilterExpr node(FilterExpr operator) throws FilterSyntaxException {
        if (++nodes > MAX_NODES) {
            throw new FilterSyntaxException("filter size: more than " + MAX_NODES + " operators");
        }
        return operator;
    }

    private FilterSyntaxException error(String expected) {
        String found = pos >= text.length() ? "end of filter"
                : "'" + text.substring(pos, Math.min(text.length(), pos + 12)) + "'";
        return new FilterSyntaxException("filter position " + pos + ": " + found + " (expected: " + expected + ")");
    }
}
