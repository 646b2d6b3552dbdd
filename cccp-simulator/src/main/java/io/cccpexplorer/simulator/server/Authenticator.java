package io.cccpexplorer.simulator.server;

import java.util.Optional;

/** Decides whether a login is accepted. */
@FunctionalInterface
public interface Authenticator {

    /** Accepts every login, as the dispatch does (it never checks credentials). */
    Authenticator ANYONE = (login, password) -> Optional.empty();

    /** Empty to accept; otherwise the reason sent in login_failed. */
    Optional<String> refuse(String login, String password);
}
