package io.cccpexplorer.spec;

/**
 * The protocol spec resources could not be read: missing file, invalid JSON or a value that breaks the schema. The
 * message names the file and the JSON location.
 */
public final class ProtocolSpecException extends RuntimeException {

    /**
     * An error in the spec's data.
     *
     * @param message what is wrong, naming the file and the JSON location
     */
    public ProtocolSpecException(String message) {
        super(message);
    }

    /**
     * An error in the spec's data caused by another exception (an unreadable file, bad JSON).
     *
     * @param message what is wrong, naming the file and the JSON location
     * @param cause the underlying failure
     */
    public ProtocolSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
