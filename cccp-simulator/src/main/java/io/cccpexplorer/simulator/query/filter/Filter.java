package io.cccpexplorer.simulator.query.filter;

import io.cccpexplorer.protocol.blob.FieldValue;
import io.cccpexplorer.protocol.wire.CccpDate;
import io.cccpexplorer.simulator.db.DbList;
import io.cccpexplorer.simulator.db.DbObject;
import io.cccpexplorer.simulator.query.Navigator;
import io.cccpexplorer.simulator.query.Visits;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A {@code query_list} filter, parsed once and evaluated against each candidate object.
 *
 * <pre>
 * filter     := "" | ".[" or "]"
 * or         := and ("or" and)*                        -- "and" binds tighter than "or"
 * and        := comparison ("and" comparison)*
 * comparison := additive (("eq"|"ne"|"lt"|"le"|"gt"|"ge"|"="|"!="|"&lt;"|"&lt;="|"&gt;"|"&gt;=") additive)?
 * additive   := multiplicative (("+"|"-") multiplicative)*
 * multiplicative := unary (("*"|"div"|"idiv"|"mod") unary)*
 * unary      := "-" unary | primary
 * primary    := number | 'string' | "string" | "(" or ")" | "true()" | "false()" | "not(" or ")" | path
 * path       := step ("/" step)*      step := name | "."   (first, last, count, object_id, father... included)
 * </pre>
 *
 * Semantics (XPath 1.0 flavour): a path that leads nowhere (unknown field, null reference, empty list) makes
 * every comparison false, {@code ne} included. A date compares with a date literal {@code 'YYYY/MM/DD HH:MM:SS'}
 * read in the server's UTC offset, and the nil date equals {@code ''}. If one side is a boolean both are
 * compared as booleans; else if one side is a number both are compared as numbers; else as strings. A bare
 * value is true when it is a true boolean, a non-zero number, a non-empty string, a non-nil date, an object or
 * a non-empty list.
 */
public final class Filter {

    /** The longest filter parsed, in characters; a longer one is a {@link FilterSyntaxException}. */
    public static final int MAX_LENGTH = FilterParser.MAX_LENGTH;

    /** The empty filter: every object matches. */
    public static final Filter ALL = new Filter("", null, false);

    private static final DateTimeFormatter LITERAL_DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private final String source;
    private final FilterExpr expr;
    private final boolean matchesNothing;

    private Filter(String source, FilterExpr expr, boolean matchesNothing) {
        this.source = source;
        this.expr = expr;
        this.matchesNothing = matchesNothing;
    }

    /** Parses a filter; the empty (or blank) string is {@link #ALL}. */
    public static Filter parse(String source) throws FilterSyntaxException {
        if (source == null || source.isBlank()) {
            return ALL;
        }
        return new Filter(source, FilterParser.parse(source), false);
    }

    /**
     * A filter that matches nothing: what the dispatch makes of a filter it cannot read (observed: {@code
     * "session_type eq 1"} and {@code "row.x == 1"} give an empty list, not an error).
     */
    public static Filter nothing(String source) {
        return new Filter(source, null, true);
    }

    public String source() {
        return source;
    }

    public boolean matchesNothing() {
        return matchesNothing;
    }

    /** True if {@code candidate} satisfies this filter; dates without zone are read in {@code serverOffset}. */
    public boolean matches(DbObject candidate, ZoneOffset serverOffset, Visits visits) {
        if (matchesNothing) {
            return false;
        }
        if (expr == null) {
            return true;
        }
        visits.visit(candidate);
        return truth(eval(expr, candidate, serverOffset, visits));
    }

    private static Object eval(FilterExpr e, DbObject candidate, ZoneOffset offset, Visits visits) {
        if (e instanceof FilterExpr.Logical l) {
            boolean left = truth(eval(l.left(), candidate, offset, visits));
            if (l.and() ? !left : left) {
                return left;
            }
            return truth(eval(l.right(), candidate, offset, visits));
        }
        if (e instanceof FilterExpr.Comparison c) {
            return compare(c.op(), eval(c.left(), candidate, offset, visits),
                    eval(c.right(), candidate, offset, visits), offset);
        }
        if (e instanceof FilterExpr.Arithmetic a) {
            return arithmetic(a.op(), number(eval(a.left(), candidate, offset, visits)),
                    number(eval(a.right(), candidate, offset, visits)));
        }
        if (e instanceof FilterExpr.Negation n) {
            return -number(eval(n.operand(), candidate, offset, visits));
        }
        if (e instanceof FilterExpr.Not n) {
            return !truth(eval(n.operand(), candidate, offset, visits));
        }
        if (e instanceof FilterExpr.NumberLiteral n) {
            return n.value();
        }
        if (e instanceof FilterExpr.StringLiteral s) {
            return s.value();
        }
        if (e instanceof FilterExpr.BooleanLiteral b) {
            return b.value();
        }
        FilterExpr.Path p = (FilterExpr.Path) e;
        return unwrap(Navigator.resolve(candidate, p.steps(), visits));
    }

    /** Plain Java values: Double, String, Boolean, CccpDate, DbObject, DbList or null (nothing). */
    private static Object unwrap(Object v) {
        if (v instanceof FieldValue fv) {
            if (fv instanceof FieldValue.U32 u) {
                return Double.valueOf(u.unsigned());
            }
            if (fv instanceof FieldValue.I32 i) {
                return Double.valueOf(i.value());
            }
            if (fv instanceof FieldValue.U64 u) {
                return Double.valueOf(u.value());
            }
            if (fv instanceof FieldValue.Real r) {
                return r.value();
            }
            if (fv instanceof FieldValue.Bool b) {
                return b.value();
            }
            if (fv instanceof FieldValue.Str s) {
                return s.value() == null ? "" : s.value();
            }
            if (fv instanceof FieldValue.Date d) {
                return d.value();
            }
            return null;
        }
        return v;
    }

    private static boolean compare(String op, Object left, Object right, ZoneOffset offset) {
        if (left == null || right == null) {
            return false;
        }
        int c;
        if (left instanceof CccpDate || right instanceof CccpDate) {
            Double l = dateSeconds(left, offset);
            Double r = dateSeconds(right, offset);
            if (l == null || r == null) {
                return false;
            }
            c = Double.compare(l, r);
        } else if (left instanceof Boolean || right instanceof Boolean) {
            c = Boolean.compare(truth(left), truth(right));
        } else if (left instanceof Double || right instanceof Double) {
            double l = number(left);
            double r = number(right);
            if (Double.isNaN(l) || Double.isNaN(r)) {
                return op.equals("ne");
            }
            c = Double.compare(l, r);
        } else {
            c = text(left).compareTo(text(right));
        }
        return switch (op) {
            case "eq" -> c == 0;
            case "ne" -> c != 0;
            case "lt" -> c < 0;
            case "le" -> c <= 0;
            case "gt" -> c > 0;
            default -> c >= 0;
        };
    }

    /** Seconds (with fraction) of a date operand; the nil date and '' are 0; null if not a date. */
    private static Double dateSeconds(Object v, ZoneOffset offset) {
        if (v instanceof CccpDate d) {
            return d.isNil() ? 0.0 : d.epochSecondsWithFraction();
        }
        if (v instanceof String s) {
            if (s.isEmpty()) {
                return 0.0;
            }
            try {
                return (double) LocalDateTime.parse(s.trim(), LITERAL_DATE).toEpochSecond(offset);
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (v instanceof Double n) {
            return n;
        }
        return null;
    }

    private static double arithmetic(String op, double l, double r) {
        return switch (op) {
            case "+" -> l + r;
            case "-" -> l - r;
            case "*" -> l * r;
            case "div" -> l / r;
            case "idiv" -> r == 0 ? Double.NaN : Math.floor(l / r);
            default -> l % r;
        };
    }

    private static boolean truth(Object v) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof CccpDate d) {
            return !d.isNil();
        }
        if (v instanceof DbList l) {
            return !l.isEmpty();
        }
        return v != null;
    }

    private static double number(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        if (v instanceof CccpDate d) {
            return d.epochSecondsWithFraction();
        }
        if (v instanceof DbObject o) {
            return Integer.toUnsignedLong(o.id());
        }
        return Double.NaN;
    }

    private static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof DbObject o) {
            return Integer.toUnsignedString(o.id());
        }
        return String.valueOf(v);
    }

    @Override
    public String toString() {
        return matchesNothing ? "Filter[nothing: " + source + "]" : "Filter[" + source + "]";
    }
}
