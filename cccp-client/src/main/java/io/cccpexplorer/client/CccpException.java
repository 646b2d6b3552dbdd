package io.cccpexplorer.client;

/** Base of the client's failures; the message is written for the person reading the log or the CLI output. */
public class CccpException extends RuntimeException {

    /** @param message what failed, for people */
    public CccpException(String message) {
        super(message);
    }

    /**
     * @param message what failed, for people
     * @param cause   the underlying failure
     */
    public CccpException(String message, Throwable cause) {
        super(message, cause);
    }
}
