package io.cccpexplorer.client;

/** Base of the client's failures; the message is written for the person reading the log or the CLI output. */
public class CccpException extends RuntimeException {

    public CccpException(String message) {
        super(message);
    }

    public CccpException(String message, Throwable cause) {
        super(message, cause);
    }
}
