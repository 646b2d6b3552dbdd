package io.cccpexplorer.protocol.wire;

import io.cccpexplorer.protocol.CccpCodecException;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Reals travel as decimal text, formatted the way the vendor's C++ does it: {@code printf("%g")} in message
 * arguments (6 significant digits) and {@code printf("%.15g")} inside object blobs. Java's {@code %g} differs
 * from C's (it keeps trailing zeros and switches notation at other exponents), so the C rules live here.
 */
public final class CReal {

    /** Significant digits of C's {@code %g}: used for message arguments. */
    public static final int METHOD_PRECISION = 6;
    /** Significant digits of C's {@code %.15g}: used inside object blobs. */
    public static final int OBJECT_PRECISION = 15;
    /** The C++ receiver copies the text into a 32-byte stack buffer: the text must stay shorter. */
    public static final int MAX_TEXT_LENGTH = 31;

    private CReal() {
    }

    /**
     * Formats like C's {@code printf("%.<precision>g", value)}: {@code precision} significant digits, trailing zeros
     * removed, scientific notation when the exponent is below -4 or at least {@code precision}.
     *
     * @param value the real
     * @param precision significant digits: {@link #METHOD_PRECISION} for arguments, {@link #OBJECT_PRECISION} for
     *     object fields
     * @return the text the vendor would write
     */
    public static String format(double value, int precision) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        if (value == 0) {
            return (1 / value < 0) ? "-0" : "0";
        }
        int p = Math.max(precision, 1);
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(p, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        if (exponent < -4 || exponent >= p) {
            BigDecimal mantissa = rounded.movePointLeft(exponent);
            String digits = stripZeros(mantissa.setScale(p - 1, RoundingMode.HALF_EVEN).toPlainString());
            int e = Math.abs(exponent);
            return digits + (exponent < 0 ? "e-" : "e+") + (e < 10 ? "0" : "") + e;
        }
        return stripZeros(rounded.setScale(Math.max(p - 1 - exponent, 0), RoundingMode.HALF_EVEN).toPlainString());
    }

    /**
     * Parses the text like C's {@code strtod}: decimal or scientific, plus {@code inf} and {@code nan}.
     *
     * @param text a real as the vendor writes it
     * @return the value
     * @throws io.cccpexplorer.protocol.CccpCodecException if the text is not a number
     */
    public static double parse(String text) {
        String t = text.trim();
        switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "inf", "+inf", "infinity", "+infinity":
                return Double.POSITIVE_INFINITY;
            case "-inf", "-infinity":
                return Double.NEGATIVE_INFINITY;
            case "nan", "+nan", "-nan":
                return Double.NaN;
            default:
                break;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw CccpCodecException.bad("real text", '"' + text + '"', "a decimal number");
        }
    }

    private static String stripZeros(String plain) {
        if (plain.indexOf('.') < 0) {
            return plain;
        }
        int end = plain.length();
        while (plain.charAt(end - 1) == '0') {
            end--;
        }
        if (plain.charAt(end - 1) == '.') {
            end--;
        }
        return plain.substring(0, end);
    }
}
