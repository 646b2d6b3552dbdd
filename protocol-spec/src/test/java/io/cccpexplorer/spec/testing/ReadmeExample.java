package io.cccpexplorer.spec.testing;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The example at the top of a module's README, compiled and run by a test so that it cannot rot: the first
 * {@code ```java} block of the README becomes the body of a {@code main} method (with the imports the test
 * names), is compiled against the test's class path and run with {@code System.out} captured. Shared by the
 * library modules through protocol-spec's test jar.
 */
public final class ReadmeExample {

    private ReadmeExample() {
    }

    /** The first {@code ```java} block of a README, without its fences. */
    public static String javaBlock(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf("```java\n");
        if (start < 0) {
            throw new AssertionError(readme + " has no ```java block");
        }
        int from = start + "```java\n".length();
        return text.substring(from, text.indexOf("```", from));
    }

    /** The Maven {@code <dependency>} block a README opens with ({@code ```xml}), without its fences. */
    public static String dependencyBlock(Path readme) throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int start = text.indexOf("```xml\n");
        if (start < 0) {
            throw new AssertionError(readme + " has no ```xml block");
        }
        int from = start + "```xml\n".length();
        return text.substring(from, text.indexOf("```", from));
    }

    /**
     * Compiles the README's example as {@code main} of a class with these imports, runs it, and returns what it
     * printed.
     */
    public static String run(Path readme, Path workDir, List<String> imports) throws Exception {
        String source = imports.stream().map(i -> "import " + i + ";").collect(Collectors.joining("\n"))
                + "\npublic class ReadmeMain {\n    public static void main(String[] args) throws Exception {\n"
                + javaBlock(readme) + "\n    }\n}\n";
        Path file = workDir.resolve("ReadmeMain.java");
        Files.writeString(file, source, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int code = javac.run(null, diagnostics, diagnostics, "-proc:none", "-d", workDir.toString(), "-cp",
                System.getProperty("java.class.path"), file.toString());
        if (code != 0) {
            throw new AssertionError("the README example of " + readme + " does not compile:\n"
                    + diagnostics.toString(StandardCharsets.UTF_8) + "\n" + source);
        }
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {workDir.toUri().toURL()},
                ReadmeExample.class.getClassLoader())) {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            loader.loadClass("ReadmeMain").getMethod("main", String[].class).invoke(null, (Object) new String[0]);
        } catch (InvocationTargetException e) {
            throw new AssertionError("the README example of " + readme + " failed", e.getCause());
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
