package io.cccpexplorer.report;

import io.cccpexplorer.client.Value;
import io.cccpexplorer.report.FieldExpression.Null;
import io.cccpexplorer.report.FieldExpression.Undefined;

/** ECMAScript conversions and operators over the expression value model (String, Double, Boolean, dates). */
final class JsValues {

    private JsValues() {
    }

    static boolean truthy(Object v) {
        if (v instanceof Boolean b) {
            return b;
        } else if (v instanceof Double d) {
            return d != 0 && !d.isNaN();
        } else if (v instanceof String s) {
            return !s.isEmpty();
        } else if (v instanceof Value.DateValue d) {
            return !d.isNil();
        }
        return false;
    }

    static double toNumber(Object v) {
        if (v instanceof Double d) {
            return d;
        } else if (v instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (v instanceof Value.DateValue d) {
            return d.isNil() ? 0 : d.epochSecondsWithFraction();
        } else if (v instanceof Null || v instanceof Undefined) {
            return 0;   // observed for undefined: row.missing + 0 is 0 and -row.missing is -0 (not NaN)
        } else if (v instanceof String s) {
            String t = s.trim();
            if (t.isEmpty()) {
                return 0;
            }
            try {
                return Double.parseDouble(t);
            } catch (NumberFormatException e) {
                return Double.NaN;
            }
        }
        return Double.NaN;
    }

    /** {@code +}: concatenation when either side is a string or a date (dates render as text), else numbers. */
    static Object add(Object a, Object b) {
        if (a instanceof String || b instanceof String
                || a instanceof Value.DateValue || b instanceof Value.DateValue) {
            return ReportValueText.plain(a) + ReportValueText.plain(b);
        }
        return toNumber(a) + toNumber(b);
    }

    static boolean strictEquals(Object a, Object b) {
        if (a instanceof Value.DateValue || b instanceof Value.DateValue) {
            return a instanceof Value.DateValue && b instanceof Value.DateValue && toNumber(a) == toNumber(b);
        }
        if (a instanceof Double x && b instanceof Double y) {
            return x.doubleValue() == y.doubleValue();
        }
        return a.equals(b);
    }

    static boolean looseEquals(Object a, Object b) {
        boolean aNullish = a instanceof Null || a instanceof Undefined;
        boolean bNullish = b instanceof Null || b instanceof Undefined;
        if (aNullish || bNullish) {
            return aNullish && bNullish;
        }
        if (a instanceof String x && b instanceof String y) {
            return x.equals(y);
        }
        return toNumber(a) == toNumber(b);
    }

    static Object compare(String op, Object a, Object b) {
        if (a instanceof String x && b instanceof String y) {
            int c = x.compareTo(y);
            return test(op, c);
        }
        double x = toNumber(a);
        double y = toNumber(b);
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return false;
        }
        return test(op, Double.compare(x, y));
    }

    private static boolean test(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
