package io.cccpexplorer.dashboard.config;

import java.util.Locale;

/** What a dashboard user may do: viewers watch, operators also open session consoles and send commands. */
public enum Role {
    VIEWER, OPERATOR;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "viewer" -> VIEWER;
            case "operator" -> OPERATOR;
            default -> throw new IllegalArgumentException("role: '" + text + "' (expected: viewer or operator)");
        };
    }
}
