package io.cccpexplorer.dashboard.project;

/** The project list cannot be read (MySQL configured but unreachable or failing). */
public final class DirectoryUnavailableException extends RuntimeException {

    public DirectoryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
