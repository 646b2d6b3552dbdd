package io.cccpexplorer.spec.testing;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Runs a module's {@code bin/} launcher as a user does, for the launcher tests of cccp-report, cccp-simulator and
 * dashboard-web, and writes the probe jar that stands for the real one there. Shared through protocol-spec's test
 * jar.
 */
public final class LauncherScripts {

    /** What a run of a launcher returned and printed. */
    public record Result(int code, String stdout, String stderr) {
    }

    private LauncherScripts() {
    }

    /**
     * Runs {@code script} with {@code args} (standard input closed) in this process's environment without the
     * variables {@code unset} accepts (a developer's own settings must not change what a test sees), plus
     * {@code env}.
     *
     * @throws AssertionError if it has not ended within {@code timeout} (it is killed)
     */
    public static Result run(Path script, Predicate<String> unset, Map<String, String> env, Duration timeout,
                             String... args) throws IOException, InterruptedException {
        return run(script.toAbsolutePath().toString(), null, unset, env, timeout, args);
    }

    /**
     * As {@link #run(Path, Predicate, Map, Duration, String...)}, but started from {@code directory} by a
     * relative path, as a user in that directory types it.
     */
    public static Result runFrom(Path directory, Path script, Predicate<String> unset, Map<String, String> env,
                                 Duration timeout, String... args) throws IOException, InterruptedException {
        Path from = directory.toAbsolutePath();
        return run("./" + from.relativize(script.toAbsolutePath()), from.toFile(), unset, env, timeout, args);
    }

    private static Result run(String script, File directory, Predicate<String> unset,
                              Map<String, String> env, Duration timeout, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script));
        command.addAll(List.of(args));
        // the output goes to files: a launcher that prints more than a pipe holds cannot block on it
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(directory)
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().keySet().removeIf(unset);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(script + " did not end within " + timeout + "; it printed: "
                        + Files.readString(out) + Files.readString(err));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * Writes a runnable jar whose main prints the JVM's options, one a line, then a line {@code name=value} for
     * each system property of {@code properties}, then {@code args=} and each argument in brackets: a launcher's
     * options and quoting are tested without a build of the real jar.
     */
    public static void writeProbeJar(Path jar, String... properties) throws IOException {
        Path src = Files.createTempDirectory("probe");
        StringBuilder printProperties = new StringBuilder();
        for (String property : properties) {
            printProperties.append("s.append(\"").append(property).append("=\").append(System.getProperty(\"")
                    .append(property).append("\")).append('\\n');\n");
        }
        Files.writeString(src.resolve("Probe.java"), """
                public class Probe {
                    public static void main(String[] args) {
                        StringBuilder s = new StringBuilder();
                        for (String o : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
                            s.append(o).append('\\n');
                        }
                        %s
                        s.append("args=");
                        for (String a : args) {
                            s.append('[').append(a).append(']');
                        }
                        System.out.println(s);
                    }
                }
                """.formatted(printProperties));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac.run(null, null, null, "-d", src.toString(), src.resolve("Probe.java").toString()) != 0) {
            throw new AssertionError("the probe did not compile");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Probe");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Probe.class"));
            out.write(Files.readAllBytes(src.resolve("Probe.class")));
            out.closeEntry();
        }
    }
}
