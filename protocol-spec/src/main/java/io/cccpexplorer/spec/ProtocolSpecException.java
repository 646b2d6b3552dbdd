package io.cccpexplorer.spec;

/**
 * The protocol spec resources could not be read: missing file, invalid JSON or a value that breaks the schema. The
 * message names the file and the JSON location.
 */
public final class ProtocolSpecException extends RuntimeException {

    public ProtocolSpecException(String message) {
        super(message);
    }

    public ProtocolSpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
