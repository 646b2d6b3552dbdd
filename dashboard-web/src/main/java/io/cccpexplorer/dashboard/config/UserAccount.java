package io.cccpexplorer.dashboard.config;

import java.util.Objects;

/**
 * A dashboard login. Only the password hash is kept, in {@link PasswordHash} format.
 */
public record UserAccount(String name, Role role, String passwordHash) {

    public UserAccount {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        PasswordHash.requireWellFormed(passwordHash);
    }

    /**
     * Parses one {@code name:role:hash} entry of {@code DASHBOARD_USERS} (entries are separated by commas or
     * whitespace; a hash never contains either).
     */
    public static UserAccount parse(String entry) {
        String[] parts = entry.trim().split(":", 3);
        if (parts.length != 3 || parts[0].isBlank()) {
            throw new IllegalArgumentException("user entry: '" + redact(entry) + "' (expected: name:role:hash)");
        }
        return new UserAccount(parts[0], Role.parse(parts[1]), parts[2]);
    }

    private static String redact(String entry) {
        int first = entry.indexOf(':');
        return first < 0 ? entry : entry.substring(0, first) + ":…";
    }

    @Override
    public String toString() {
        return "UserAccount[name=" + name + ", role=" + role.wire() + "]";
    }
}
