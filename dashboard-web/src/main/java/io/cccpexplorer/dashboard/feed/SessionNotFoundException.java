package io.cccpexplorer.dashboard.feed;

/** No session has exactly this id on the server. */
public final class SessionNotFoundException extends RuntimeException {

    private final String sessionId;

    public SessionNotFoundException(String sessionId) {
        super("Session '" + sessionId + "' not found");
        this.sessionId = sessionId;
    }

    public String sessionId() {
        return sessionId;
    }
}
