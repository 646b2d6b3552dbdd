package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.config.PasswordHash;
import io.cccpexplorer.dashboard.config.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a login against the configured accounts. Unknown users cost the same time as wrong passwords. */
final class Authenticator {

    private static final String DECOY = PasswordHash.hash("decoy-password-never-valid".toCharArray());

    private final Map<String, UserAccount> accounts = new HashMap<>();

    Authenticator(List<UserAccount> users) {
        users.forEach(u -> accounts.put(u.name(), u));
    }

    Optional<UserAccount> authenticate(String user, String password) {
        UserAccount account = user == null ? null : accounts.get(user);
        char[] secret = password == null ? new char[0] : password.toCharArray();
        boolean ok = PasswordHash.matches(secret, account == null ? DECOY : account.passwordHash());
        java.util.Arrays.fill(secret, '\0');
        return ok && account != null ? Optional.of(account) : Optional.empty();
    }
}
