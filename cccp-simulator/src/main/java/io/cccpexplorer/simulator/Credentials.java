package io.cccpexplorer.simulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A login and password the simulator accepts (when none are configured, any login is accepted). */
public record Credentials(String login, String password) {

    public Credentials {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
    }

    public static Credentials of(String login, String password) {
        return new Credentials(login, password);
    }

    /**
     * Parses {@code user:pass,user2:pass2}; a password may contain ':' (the first one splits).
     *
     * @throws IllegalArgumentException naming the entry that has no ':'
     */
    public static List<Credentials> parse(String text) {
        List<Credentials> out = new ArrayList<>();
        for (String entry : text.split(",")) {
            String e = entry.trim();
            if (e.isEmpty()) {
                continue;
            }
            int colon = e.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("credentials entry '" + e + "' (expected: login:password)");
            }
            out.add(new Credentials(e.substring(0, colon), e.substring(colon + 1)));
        }
        return out;
    }

    @Override
    public String toString() {
        return "Credentials[" + login + ":*****]";
    }
}
