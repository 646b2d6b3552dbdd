package io.cccpexplorer.report;

import io.cccpexplorer.client.Value;
import io.cccpexplorer.report.FieldExpression.Null;
import io.cccpexplorer.report.FieldExpression.Undefined;
import io.cccpexplorer.protocol.wire.CReal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * How {@code ccenter_report} prints a column value: numbers with up to 10 significant digits (integers without
 * decimals), strings as they are, {@code undefined}, dates as {@code HH:MM:SS le DD/MM/YYYY} in the date's own
 * offset (nil date: empty), or with {@code -raw_dates} the epoch seconds as C's {@code %f}.
 */
final class ReportValueText {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("HH:mm:ss 'le' dd/MM/yyyy");

    private ReportValueText() {
    }

    static String render(Object v, boolean rawDates) {
        if (v instanceof Value.DateValue d) {
            return rawDates ? raw(d) : plain(v);
        }
        if (v instanceof Boolean b) {
            return b ? "1" : "0";   // observed: the vendor prints a boolean column (!row.aborted) as a number
        }
        return plain(v);
    }

    /** The ECMAScript {@code toString} of a value, dates as French text. */
    static String plain(Object v) {
        if (v instanceof String s) {
            return s;
        } else if (v instanceof Double d) {
            return number(d);
        } else if (v instanceof Boolean b) {
            return b.toString();
        } else if (v instanceof Value.DateValue d) {
            return d.isNil() ? "" : french(d.toOffsetDateTime());
        } else if (v instanceof FieldExpression.JsObject o) {
            return object(o);
        } else if (v instanceof Null) {
            return "null";
        } else if (v instanceof Undefined) {
            return "undefined";
        }
        return String.valueOf(v);
    }

    /** Observed shape: {@code { "path": "/default" }}, {@code { }}, dates as {@code Date HH:MM:SS le DD/MM/YYYY}. */
    private static String object(FieldExpression.JsObject o) {
        StringBuilder out = new StringBuilder("{ ");
        String comma = "";
        for (var m : o.members().entrySet()) {
            out.append(comma).append('"').append(m.getKey()).append("\": ").append(member(m.getValue()));
            comma = ", ";
        }
        return out.append(o.members().isEmpty() ? "}" : " }").toString();
    }

    private static String member(Object v) {
        if (v instanceof String s) {
            return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
        if (v instanceof Value.DateValue d) {
            return "Date " + plain(d);
        }
        return plain(v);
    }

    static String number(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0 && 1 / d < 0) {
            return "-0";   // observed: -row.flag prints -0 for 0 (C's printf, not ECMAScript's "0")
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return CReal.format(d, 10);
    }

    static String french(OffsetDateTime t) {
        return FRENCH.format(t);
    }

    /** C's {@code printf("%f", seconds + microseconds / 1e6)}: the exact double, rounded to 6 decimals. */
    static String raw(Value.DateValue date) {
        double value = date.epochSeconds() + date.microseconds() / 1e6;
        return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
    }
}
