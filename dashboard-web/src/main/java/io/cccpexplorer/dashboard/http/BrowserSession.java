package io.cccpexplorer.dashboard.http;

import io.cccpexplorer.dashboard.config.Role;

/**
 * One browser's session: who is logged in (nobody yet, before login), its CSRF token, and the project it selected.
 * The selection belongs to this browser only, never to the server.
 */
public final class BrowserSession {

    private final String id;
    private final String csrfToken;
    private final String user;
    private final Role role;
    private volatile String selectedProject;
    private volatile long lastSeenMillis;

    BrowserSession(String id, String csrfToken, String user, Role role, long now) {
        this.id = id;
        this.csrfToken = csrfToken;
        this.user = user;
        this.role = role;
        this.lastSeenMillis = now;
    }

    String id() {
        return id;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** The logged-in user, or {@code null} before login. */
    public String user() {
        return user;
    }

    /** The user's role, or {@code null} before login. */
    public Role role() {
        return role;
    }

    public boolean authenticated() {
        return role != null;
    }

    public String selectedProject() {
        return selectedProject;
    }

    public void select(String project) {
        this.selectedProject = project;
    }

    long lastSeenMillis() {
        return lastSeenMillis;
    }

    void seen(long now) {
        lastSeenMillis = now;
    }
}
