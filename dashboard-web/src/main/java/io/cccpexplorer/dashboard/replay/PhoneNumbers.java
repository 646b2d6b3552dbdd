package io.cccpexplorer.dashboard.replay;

import java.util.Locale;

/** Phone numbers as people type them in a search box (URIs become numbers with {@code PartyNumber.fromUri}). */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** A number as typed in a search box, without the spaces, dots and dashes people write between digits. */
    static String compact(String text) {
        return text.replaceAll("[\\s.\\-()]", "").toLowerCase(Locale.ROOT);
    }
}
