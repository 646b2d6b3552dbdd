package io.cccpexplorer.protocol;

import io.cccpexplorer.spec.testing.ReadmeExample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The README opens with the dependency and a ten-line example; the example compiles, runs and prints this. */
class ReadmeExampleTest {

    private static final Path README = Path.of("README.md");

    @Test
    void theExampleRunsAndPrintsWhatItsCommentsSay(@TempDir Path work) throws Exception {
        String printed = ReadmeExample.run(README, work, List.of("io.cccpexplorer.protocol.blob.*",
                "io.cccpexplorer.protocol.explorer.*", "io.cccpexplorer.protocol.netty.*", "io.netty.buffer.*",
                "io.netty.channel.embedded.*"));

        // the example's two lines come last (before them: Netty's first-use debug logging, on this test class path)
        List<String> lines = printed.lines().toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(2);
        assertThat(lines.get(lines.size() - 2)).startsWith("QueryList[sessionId=1, systemId=7, path=/dispatch");
        assertThat(lines.get(lines.size() - 1)).startsWith("LoginOk[sessionId=1, userId=, ");
        assertThat(ReadmeExample.javaBlock(README).lines()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void theReadmeStartsWithTheDependency() throws Exception {
        assertThat(ReadmeExample.dependencyBlock(README)).contains("<groupId>io.cccpexplorer</groupId>",
                "<artifactId>cccp-protocol</artifactId>");
    }
}
