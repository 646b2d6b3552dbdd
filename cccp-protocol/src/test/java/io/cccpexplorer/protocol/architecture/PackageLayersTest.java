package io.cccpexplorer.protocol.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packages of cccp-protocol are floors of one building: the wire primitives are the ground floor, object blobs
 * build on them, method arguments on blobs, and the messages on arguments. A class may refer to its own floor and
 * the floors below, never above: {@code wire} never names {@code blob}, whatever the route (import, static import or
 * a fully qualified name in code or javadoc). Read from the source files, so a new cycle fails here before anyone
 * has to untangle it.
 */
class PackageLayersTest {

    private static final Path SOURCES = Path.of("src/main/java/io/cccpexplorer/protocol");
    private static final Pattern REFERENCE = Pattern.compile("io\\.cccpexplorer\\.protocol\\.([a-z]+)");

    /** Floor of each package (sub-packages share their parent's floor); the root package is the foundation. */
    private static final Map<String, Integer> FLOORS = Map.of(
            "wire", 1,
            "blob", 2,
            "arguments", 3,
            "objects", 4,
            "explorer", 5,
            "rlog", 5,
            "netty", 6);

    @Test
    void everyPackageHasAFloor() throws IOException {
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            List<String> packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).toList();
            assertThat(FLOORS.keySet()).containsExactlyInAnyOrderElementsOf(packages);
        }
    }

    @Test
    void noPackageRefersToAFloorAboveIt() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // the root package (CccpCodecException, LogText) refers to nothing below
                }
                String own = relative.getName(0).toString();
                int floor = FLOORS.getOrDefault(own, Integer.MAX_VALUE);
                Matcher m = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (m.find()) {
                    String target = m.group(1);
                    Integer targetFloor = FLOORS.get(target);
                    if (targetFloor != null && targetFloor > floor) {
                        violations.add(relative + " (" + own + ") refers to " + target);
                    }
                }
            }
        }
        assertThat(violations).as("references to a higher floor").isEmpty();
    }

    @Test
    void theRootPackageRefersToNoSubPackage() throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                assertThat(REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8)).find())
                        .as("%s names a sub-package", file.getFileName()).isFalse();
            }
        }
    }
}
