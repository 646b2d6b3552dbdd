package io.cccpexplorer.client;

/** The server refused the login ({@code login_failed}); the message carries the server's reason. */
public final class CccpLoginException extends CccpException {

    /** The server's reason, as sent. */
    private final String reason;

    /** @param reason the server's reason */
    public CccpLoginException(String reason) {
        super("login refused by the server: " + reason);
        this.reason = reason;
    }

    /** @return the reason sent by the server, decoded as ISO-8859-1 */
    public String reason() {
        return reason;
    }
}
