package io.cccpexplorer.report.training;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds cccp-report's AOT cache ({@code cccp-report.aot} beside the jar) with a JDK 25 or newer, when the machine
 * has one, and names that JDK's {@code java} and exact build in {@code cccp-report.aot.jdk}: {@code bin/cccp-report}
 * then starts that {@code java} with the cache, whatever JDK the build or {@code JAVA_HOME} uses, while that JDK is
 * still that build (one updated in place, by a package upgrade, would start without any cache: the launcher takes
 * the class-data-sharing archive instead). The cache (JEP 483, 514, 515)
 * holds what the class-data-sharing archive holds and more — classes already linked, lambdas and string
 * concatenations resolved, the training run's profiles — so a report starts sooner than with the archive; it fits
 * only that JDK and that jar, and the JVM ignores it otherwise.
 *
 * <p>Which JDK: {@code CCCP_REPORT_AOT_JDK} (a JDK's home; {@code none} builds no cache), else the newest JDK 25+
 * among the usual install folders. Without one, any earlier cache is removed and the launcher keeps the archive.
 * Run by the build after packaging (with the build's JDK, any version) and by {@code cccp-report --train}.
 */
public final class AotCacheBuild {

    /** The first JDK with the one-step {@code -XX:AOTCacheOutput} (JEP 514). */
    public static final int FIRST_FEATURE = 25;
    /**
     * The JVM options of the training run: the launcher's, since a cache is refused by a JVM started with another
     * collector (LauncherScriptTest compares the two).
     */
    public static final List<String> LAUNCHER_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "-XX:-UsePerfData",
            // Netty as on JDK 17 (Unsafe's direct buffers, no warning): without it, Netty on JDK 25 builds its
            // memory-segment cleaner out of method-handle combinators (37 ms of a report's start-up, measured)
            "--sun-misc-unsafe-memory-access=allow");

    private AotCacheBuild() {
    }

    /** @param args the jar ({@code …/cccp-report.jar}); the cache and its JDK's name are written beside it */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: AotCacheBuild <cccp-report.jar>");
            System.exit(2);
        }
        int code = build(Path.of(args[0]), System.getenv("CCCP_REPORT_AOT_JDK"), searchRoots(), System.out,
                System.err);
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Builds the cache of {@code jar} with the JDK {@code chosen} names, else the newest JDK 25+ under
     * {@code roots}; any earlier cache is removed first.
     *
     * @param chosen a JDK's home, {@code none} for no cache, or null to search
     * @return 0 when a cache was built or none was due, 1 when the training run failed
     */
    static int build(Path jar, String chosen, List<Path> roots, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        jar = jar.toAbsolutePath().normalize();
        Path cache = cacheOf(jar);
        Path jdkName = jdkNameOf(cache);
        Files.deleteIfExists(cache);
        Files.deleteIfExists(jdkName);
        Optional<Jdk> jdk = "none".equals(chosen) ? Optional.empty()
                : chosen != null && !chosen.isBlank() ? Jdk.at(Path.of(chosen)) : newest(roots);
        if (jdk.isEmpty() || jdk.get().feature() < FIRST_FEATURE) {
            out.println("cccp-report AOT cache: none, no JDK " + FIRST_FEATURE + " or newer"
                    + (chosen == null ? " found (CCCP_REPORT_AOT_JDK names one)" : " at CCCP_REPORT_AOT_JDK=" + chosen)
                    + "; the launcher uses the class-data-sharing archive");
            return 0;
        }
        Path java = jdk.get().java();
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(LAUNCHER_OPTIONS);
        // the cache's own notes (classes it leaves out: JFR events, proxies) are not the build's business
        command.addAll(List.of("-Xlog:aot=off", "-Xlog:cds=off", "-XX:AOTCacheOutput=" + cache,
                "-cp", jar.toString(), TrainingRun.class.getName()));
        // the JDK narrates the cache's assembly (a child JVM, its options, each file): shown only when it failed
        Path log = cache.resolveSibling(cache.getFileName() + ".log");
        Process training = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
                .start();
        int code = training.waitFor();
        if (code != 0 || !Files.isRegularFile(cache)) {
            Files.deleteIfExists(cache);
            err.println("cccp-report AOT cache: the training run with " + java + " failed (exit " + code
                    + "); the launcher uses the class-data-sharing archive. Its output (" + log + "):");
            err.print(Files.readString(log, StandardCharsets.UTF_8));
            return 1;
        }
        Files.deleteIfExists(log);
        // the java to start, and the release line the launcher finds in that JDK while it is the same build
        Files.writeString(jdkName, java + "\n" + jdk.get().build() + "\n", StandardCharsets.UTF_8);
        out.println("cccp-report AOT cache: " + cache + " for " + java + " (JDK " + jdk.get().version() + ")");
        return 0;
    }

    static Path cacheOf(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".aot");
    }

    static Path jdkNameOf(Path cache) {
        return cache.resolveSibling(cache.getFileName() + ".jdk");
    }

    /** Where JDKs are installed by Debian and Red Hat packages, tarballs, SDKMAN! and IntelliJ IDEA. */
    public static List<Path> searchRoots() {
        Path home = Path.of(System.getProperty("user.home"));
        return List.of(Path.of("/usr/lib/jvm"), Path.of("/usr/java"), Path.of("/opt/java"),
                home.resolve(".sdkman/candidates/java"), home.resolve(".jdks"));
    }

    /** The newest JDK directly under one of {@code roots}, if any. */
    public static Optional<Jdk> newest(List<Path> roots) throws IOException {
        List<Jdk> found = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (DirectoryStream<Path> homes = Files.newDirectoryStream(root)) {
                for (Path home : homes) {
                    Jdk.at(home).ifPresent(found::add);
                }
            }
        }
        return found.stream().max(Comparator.comparing(Jdk::version));
    }

    /**
     * A JDK's home, its version read from its {@code release} file.
     *
     * @param home    the JDK's folder
     * @param version its {@code JAVA_VERSION}
     * @param build   the {@code release} line that names its exact build ({@code JAVA_RUNTIME_VERSION=…}, else
     *                {@code JAVA_VERSION=…}): the launcher checks it, for a JDK updated in place no longer fits the
     *                cache and would start without any
     */
    public record Jdk(Path home, Runtime.Version version, String build) {

        /** The JDK at {@code home}, if it has a {@code release} file naming its version and a {@code bin/java}. */
        public static Optional<Jdk> at(Path home) throws IOException {
            Path release = home.resolve("release");
            if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
                return Optional.empty();
            }
            Runtime.Version version = null;
            String build = null;
            for (String line : Files.readAllLines(release, StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    String value = line.substring("JAVA_VERSION=".length()).replace("\"", "").trim();
                    try {
                        version = Runtime.Version.parse(value);
                    } catch (IllegalArgumentException e) {
                        return Optional.empty();
                    }
                    build = build == null ? line : build;
                } else if (line.startsWith("JAVA_RUNTIME_VERSION=")) {
                    build = line;
                }
            }
            return version == null ? Optional.empty()
                    : Optional.of(new Jdk(home.toAbsolutePath().normalize(), version, build));
        }

        /** @return the feature release, e.g. 25 */
        public int feature() {
            return version.feature();
        }

        /** @return its {@code bin/java} */
        public Path java() {
            return home.resolve("bin/java");
        }
    }
}
