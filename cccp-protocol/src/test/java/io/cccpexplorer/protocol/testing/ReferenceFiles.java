package io.cccpexplorer.protocol.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared reference folder ({@code ../shared/reference} next to the checkout): the wire spec and the captures
 * of real vendor exchanges. The golden tests read it at test time and never copy it into the repository.
 * A missing folder fails the test with a clear message: CI always has it, so skipping would hide a broken setup.
 */
public final class ReferenceFiles {

    /** Set by the module's surefire configuration; the relative default serves runs from an IDE. */
    private static final String PROPERTY = "cccp.reference.dir";

    private ReferenceFiles() {
    }

    public static Path referenceDirectory() {
        Path dir = Path.of(System.getProperty(PROPERTY, "../../shared/reference")).toAbsolutePath().normalize();
        if (!Files.isDirectory(dir.resolve("captures"))) {
            throw new AssertionError("reference captures not found at " + dir.resolve("captures")
                    + ": the golden tests need the shared reference folder (set -D" + PROPERTY + "=<dir>)");
        }
        return dir;
    }

    /** The capture names ({@code A_list_sessions_filter_fields}, ...) that have both frames and a verbose trace. */
    public static List<String> captureNames() {
        Path captures = referenceDirectory().resolve("captures");
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
        return referenceDirectory().resolve("captures").resolve(name + "." + kind + ".txt");
    }
}
