package io.cccpexplorer.history;

/** The store could not do what was asked (database unreachable, a write failed); the message says why. */
public class HistoryException extends RuntimeException {

    public HistoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
