package io.cccpexplorer.protocol.testing;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The captures of real vendor exchanges (frames, the vendor client's trace and output), kept in this module's test
 * resources ({@code src/test/resources/captures}, see the README there) and read from the test classpath, so a
 * fresh clone needs nothing beside it. A missing folder fails the test with a clear message: skipping would hide a
 * broken build.
 */
public final class ReferenceFiles {

    private static final String CAPTURES = "/captures";

    private ReferenceFiles() {
    }

    private static Path captureDirectory() {
        URL url = ReferenceFiles.class.getResource(CAPTURES);
        if (url == null) {
            throw new AssertionError("test resource " + CAPTURES + " not found on the test classpath"
                    + " (cccp-protocol/src/test/resources/captures)");
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError("test resource " + CAPTURES + " is not a folder: " + url, e);
        }
    }

    /** The capture names ({@code A_list_sessions_filter_fields}, ...) that have both frames and a verbose trace. */
    public static List<String> captureNames() {
        Path captures = captureDirectory();
        try (Stream<Path> files = Files.list(captures)) {
            List<String> names = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".frames.txt"))
                    .map(n -> n.substring(0, n.length() - ".frames.txt".length()))
                    .filter(n -> Files.exists(captures.resolve(n + ".verbose.txt")))
                    .sorted()
                    .toList();
            if (names.isEmpty()) {
                throw new AssertionError("no *.frames.txt with a matching *.verbose.txt in " + captures);
            }
            return names;
        } catch (IOException e) {
            throw new AssertionError("cannot list " + captures + ": " + e, e);
        }
    }

    public static Path capture(String name, String kind) {
        return captureDirectory().resolve(name + "." + kind + ".txt");
    }
}
