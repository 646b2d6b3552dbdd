package io.cccpexplorer.dashboard.replay;

import java.util.List;
import java.util.Locale;

/** Phone numbers as people read them, from the SIP or tel URIs the dispatch stores. */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** {@code sip:+33199001234@192.0.2.10;user=phone} → {@code +33199001234}; "" stays "". */
    static String of(String uri) {
        String s = uri == null ? "" : uri.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        for (String scheme : List.of("sips:", "sip:", "tel:")) {
            if (s.regionMatches(true, 0, scheme, 0, scheme.length())) {
                s = s.substring(scheme.length());
                break;
            }
        }
        int at = s.indexOf('@');
        if (at >= 0) {
            s = s.substring(0, at);
        }
        int semicolon = s.indexOf(';');
        return semicolon >= 0 ? s.substring(0, semicolon) : s;
    }

    /** A number as typed in a search box, without the spaces, dots and dashes people write between digits. */
    static String compact(String text) {
        return text.replaceAll("[\\s.\\-()]", "").toLowerCase(Locale.ROOT);
    }
}
