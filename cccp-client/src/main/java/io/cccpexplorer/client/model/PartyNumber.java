package io.cccpexplorer.client.model;

import java.util.List;

/** The number of a call party as people read it, from the SIP or tel URI the dispatch stores. */
public final class PartyNumber {

    private static final List<String> SCHEMES = List.of("sips:", "sip:", "tel:");

    private PartyNumber() {
    }

    /**
     * {@code sip:+33199001234@192.0.2.10;user=phone} → {@code +33199001234}: angle brackets, scheme, {@code @host}
     * and URI parameters removed; {@code null} or "" gives "".
     *
     * @param uri a SIP or tel URI as the server sends it
     * @return the number, "" when there is none
     */
    public static String fromUri(String uri) {
        String s = uri == null ? "" : uri.trim();
        if (s.startsWith("<") && s.endsWith(">")) {
            s = s.substring(1, s.length() - 1);
        }
        for (String scheme : SCHEMES) {
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
}
