package io.cccpexplorer.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The protocol in prose: the "The CCCP protocol" part of this module's README (framing, encodings, object blobs,
 * namespace numbering, the explorer session flow, live updates, errors, the filter language, the data model, object
 * id allocation, versions), packaged beside the JSON so that a reader of the data (the dashboard's {@code /protocol}
 * page) shows the same text the repository does. Markdown, as written.
 */
public final class ReadableSpec {

    /** Where the build copies the module's README (see the module's pom). */
    static final String RESOURCE = SpecSource.RESOURCE_DIRECTORY + "readable/README.md";

    /** The heading that starts the protocol's description; what comes before it is about the Java module. */
    static final String START = "# The CCCP protocol";

    private ReadableSpec() {
    }

    /**
     * Reads the description from the packaged README.
     *
     * @return the Markdown text from the {@code # The CCCP protocol} heading to the end
     * @throws ProtocolSpecException if the README is not packaged or has no such heading
     */
    public static String markdown() {
        String readme;
        try (InputStream in = ReadableSpec.class.getResourceAsStream("/" + RESOURCE)) {
            if (in == null) {
                throw new ProtocolSpecException("readable spec " + RESOURCE + " not found (expected: the module's "
                        + "README packaged by the build)");
            }
            readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ProtocolSpecException("readable spec " + RESOURCE + " cannot be read: " + e.getMessage(), e);
        }
        int start = readme.startsWith(START) ? 0 : readme.indexOf("\n" + START + "\n");
        if (start < 0) {
            throw new ProtocolSpecException("readable spec " + RESOURCE + " has no line '" + START + "'");
        }
        return readme.substring(start == 0 ? 0 : start + 1);
    }
}
