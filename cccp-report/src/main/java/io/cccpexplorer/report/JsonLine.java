package io.cccpexplorer.report;

/**
 * One flat JSON object on one line, written by hand: {@code -format json} only ever prints strings, numbers,
 * booleans and null, and a JSON library's start-up (hundreds of classes) would cost more than the query.
 * Strings are escaped as RFC 8259 requires (quote, backslash, control characters); other characters pass
 * through, so Latin-1 values reach the ISO-8859-1 output unchanged, as in text mode.
 */
final class JsonLine {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final StringBuilder text = new StringBuilder(128).append('{');

    JsonLine put(String key, String value) {
        key(key);
        string(value);
        return this;
    }

    JsonLine put(String key, long value) {
        key(key);
        text.append(value);
        return this;
    }

    /** A finite number as JSON has it (integers without a fraction); NaN and infinities, which JSON lacks, as null. */
    JsonLine put(String key, double value) {
        key(key);
        if (!Double.isFinite(value)) {
            text.append("null");
        } else if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            text.append((long) value);
        } else {
            text.append(value);
        }
        return this;
    }

    JsonLine put(String key, boolean value) {
        key(key);
        text.append(value);
        return this;
    }

    JsonLine putNull(String key) {
        key(key);
        text.append("null");
        return this;
    }

    /** The object, closed, without a line end. */
    @Override
    public String toString() {
        return text + "}";
    }

    private void key(String key) {
        if (text.length() > 1) {
            text.append(',');
        }
        string(key);
        text.append(':');
    }

    private void string(String s) {
        text.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> text.append("\\\"");
                case '\\' -> text.append("\\\\");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                case '\t' -> text.append("\\t");
                case '\b' -> text.append("\\b");
                case '\f' -> text.append("\\f");
                default -> {
                    if (c < 0x20) {
                        text.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        text.append('"');
    }
}
