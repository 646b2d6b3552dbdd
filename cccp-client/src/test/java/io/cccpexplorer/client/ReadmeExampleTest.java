package io.cccpexplorer.client;

import io.cccpexplorer.simulator.traffic.DayCurve;
import io.cccpexplorer.simulator.ProjectConfig;
import io.cccpexplorer.simulator.RunningSimulator;
import io.cccpexplorer.simulator.Simulator;
import io.cccpexplorer.simulator.SimulatorConfig;
import io.cccpexplorer.simulator.traffic.TrafficProfile;
import org.junit.jupiter.api.Test;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first example cannot rot: its code block is cut out of README.md, compiled as the body of a
 * method (whose parameters are the names the example leaves to the reader: host, port, login, password) and run
 * against the simulator.
 */
class ReadmeExampleTest {

    private static final Pattern FIRST_JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

    @Test
    void theReadmeExampleCompilesAndRunsAgainstTheSimulator() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = FIRST_JAVA_BLOCK.matcher(readme);
        assertThat(m.find()).as("a java block in README.md").isTrue();
        String source = """
                import io.cccpexplorer.client.*;
                import java.util.*;

                public class ReadmeExample {
                    public static void run(String host, int port, String login, String password) throws Exception {
                %s
                    }
                }
                """.formatted(m.group(1));
        Path dir = Files.createDirectories(Path.of("target", "readme-example"));
        Files.writeString(dir.resolve("ReadmeExample.java"), source);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-d", dir.toString(), "-classpath", classPath,
                dir.resolve("ReadmeExample.java").toString());
        assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();

        try (RunningSimulator sim = Simulator.start(SimulatorConfig.builder().bindAddress("127.0.0.1")
                .project(ProjectConfig.synthetic("DEMO", 0, TrafficProfile.DEMO.withCurve(DayCurve.FLAT), 7)
                        .withWarmUp(Duration.ofMinutes(10))).build());
             URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                     getClass().getClassLoader())) {
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            PrintStream out = System.out;
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                loader.loadClass("ReadmeExample").getMethod("run", String.class, int.class, String.class, String.class)
                        .invoke(null, "127.0.0.1", sim.project("DEMO").port(), "admin", "admin");
            } finally {
                System.setOut(out);
            }
            assertThat(printed.toString(StandardCharsets.UTF_8)).as("one line per logged-in agent").isNotBlank();
        }
    }
}
