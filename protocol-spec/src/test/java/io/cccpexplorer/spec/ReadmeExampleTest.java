package io.cccpexplorer.spec;

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
        String printed = ReadmeExample.run(README, work, List.of("io.cccpexplorer.spec.*",
                "com.fasterxml.jackson.databind.JsonNode"));

        assertThat(printed.lines().findFirst()).hasValueSatisfying(l -> assertThat(l).startsWith("session_id "));
        assertThat(printed).contains("\nsystem_id ", "\npath ", "OptionalInt[9]");
        assertThat(ReadmeExample.javaBlock(README).lines()).hasSizeLessThanOrEqualTo(10);
    }

    @Test
    void theReadmeStartsWithTheDependency() throws Exception {
        assertThat(ReadmeExample.dependencyBlock(README)).contains("<groupId>io.cccpexplorer</groupId>",
                "<artifactId>protocol-spec</artifactId>");
    }
}
