package io.cccpexplorer.spec;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where the JSON files of the spec are read from. {@link #classpath()} serves the copies packaged in this module;
 * tests substitute a source to prove how broken data is reported.
 */
@FunctionalInterface
public interface SpecSource {

    /** The directory of the packaged resources. */
    String RESOURCE_DIRECTORY = "io/cccpexplorer/spec/";

    /**
     * Opens one file of the spec.
     *
     * @param fileName the file's name, e.g. {@code classes.json}
     * @return the stream, or {@code null} when the file does not exist
     * @throws IOException if the file exists but cannot be opened
     */
    InputStream open(String fileName) throws IOException;

    /**
     * The files packaged with this module, on the class path or the module path.
     *
     * @return a source reading the resources under {@link #RESOURCE_DIRECTORY}
     */
    static SpecSource classpath() {
        // through the class, not its loader: a named module's resources are found for the module's own code only
        return fileName -> SpecSource.class.getResourceAsStream("/" + RESOURCE_DIRECTORY + fileName);
    }
}
