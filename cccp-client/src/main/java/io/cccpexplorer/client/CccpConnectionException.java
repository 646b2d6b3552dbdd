package io.cccpexplorer.client;

/** The connection could not be opened, was lost, or is not READY for a one-shot request. */
public final class CccpConnectionException extends CccpException {

    /** @param message what failed, for people */
    public CccpConnectionException(String message) {
        super(message);
    }

    /**
     * @param message what failed, for people
     * @param cause   the underlying failure
     */
    public CccpConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
