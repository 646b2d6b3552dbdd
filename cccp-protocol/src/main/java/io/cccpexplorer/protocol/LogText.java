package io.cccpexplorer.protocol;

/**
 * Untrusted text made safe for one log line. Field names, filters, logins, project names, URLs and error messages
 * come from peers, browsers and configuration; written verbatim, a {@code \n} forges a log line, a NUL or an
 * escape sequence corrupts the file or the terminal reading it, and a bidi override hides what follows.
 *
 * <p>{@link #escape} writes a backslash as {@code \\}, CR/LF/TAB as {@code \r \n \t}, every other control
 * character (C0, DEL, C1), the Unicode line/paragraph separators and the bidi controls as {@code \\uXXXX}, and cuts
 * the text at {@value #MAX_CHARS} characters (saying how many were cut), so one peer cannot fill the log with one
 * value. Everything else, including non-ASCII letters, stays as it is. The escaping is reversible by reading.
 *
 * <p>Use it for every argument that did not come from our own code: {@code LOG.warn("bad field {}",
 * LogText.of(name))}. {@link #of} is lazy, so a disabled level costs one small object and no copying.
 */
public final class LogText {

    /** Longest piece of untrusted text one argument may put into a log line. */
    public static final int MAX_CHARS = 512;

    private final Object value;

    private LogText(Object value) {
        this.value = value;
    }

    /**
     * A log argument whose {@code toString()} is {@link #escape escaped} when (and only if) it is logged.
     *
     * @param value a value that may hold untrusted text (a peer's login, a filter, a reason)
     * @return a wrapper to pass to the logger
     */
    public static Object of(Object value) {
        return new LogText(value);
    }

    /**
     * {@code text} escaped for a log line; {@code null} becomes {@code "null"}.
     *
     * @param text the value whose {@code toString()} is logged
     * @return the text with control characters escaped, cut to a bounded length
     */
    public static String escape(Object text) {
        if (text == null) {
            return "null";
        }
        String s = text.toString();
        int n = Math.min(s.length(), MAX_CHARS);
        int first = 0;
        while (first < n && plain(s.charAt(first))) {
            first++;
        }
        if (first == s.length()) {
            return s;   // the common case: nothing to escape, nothing to cut, no copy
        }
        StringBuilder b = new StringBuilder(n + 16).append(s, 0, first);
        for (int i = first; i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (plain(c)) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        if (s.length() > n) {
            b.append("…(+").append(s.length() - n).append(" chars)");
        }
        return b.toString();
    }

    private static boolean plain(char c) {
        if (c < 0x20 || c == 0x7f || c == '\\') {
            return false;
        }
        if (c < 0x80) {
            return true;
        }
        return !(c <= 0x9f                       // C1 controls (0x85 is a line break for some readers)
                || c == 0x2028 || c == 0x2029    // line and paragraph separators
                || c >= 0x202a && c <= 0x202e    // bidi embeddings and overrides
                || c >= 0x2066 && c <= 0x2069    // bidi isolates
                || c == 0x200e || c == 0x200f || c == 0x061c);   // bidi marks
    }

    @Override
    public String toString() {
        return escape(value);
    }
}
