package io.cccpexplorer.client;

/** The connection could not be opened, was lost, or is not READY for a one-shot request. */
public final class CccpConnectionException extends CccpException {

    public CccpConnectionException(String message) {
        super(message);
    }

    public CccpConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
