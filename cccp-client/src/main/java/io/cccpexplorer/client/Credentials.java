package io.cccpexplorer.client;

import java.util.Objects;

/**
 * The login and password sent by {@code login}. They always come from the caller: the client has no defaults.
 * The password travels in clear text (the protocol has no other way) but never appears in {@link #toString()}.
 */
public record Credentials(String login, String password) {

    /**
     * Checks neither is {@code null}.
     *
     * @param login    the login
     * @param password the password
     */
    public Credentials {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
    }

    /**
     * @param login    the login
     * @param password the password
     * @return the credentials
     */
    public static Credentials of(String login, String password) {
        return new Credentials(login, password);
    }

    @Override
    public String toString() {
        return "Credentials[login=" + login + ", password=*****]";
    }
}
